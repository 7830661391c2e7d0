/**
 * Runs every rule over one parsed policy. Pure: the caller parses (parsePolicy with
 * `rejectDuplicateSids: false`, so DUPLICATE_SID is a finding rather than a parse error).
 * parsePolicy gives every statement one object shape (parsed-policy.ts), which keeps the rules
 * from being deoptimised and recompiled over a corpus (bench/lint.ts).
 */
import type { ParsedPolicy } from '../policy/index.js';
import type { LintFinding, LintOptions, LintRule, RuleContext } from './lint-types.js';
import { RULES } from './rule-registry.js';

/** What `report` adds to: the policy being linted, by which rule, and its findings so far. */
interface Run {
  policy: ParsedPolicy;
  rule: LintRule;
  findings: LintFinding[];
}

let run: Run | undefined;

/**
 * One function for every rule and policy rather than a closure per call: each rule's call site
 * then always sees the same target, where a new closure per policy made V8 deoptimise and
 * recompile the rules (bench/lint.ts). It reports into `run`, set by lintPolicy.
 */
const report: RuleContext['report'] = (at, st, f) => {
  const { policy, rule, findings } = run!;
  const finding: LintFinding = {
    code: rule.code,
    severity: f.severity ?? rule.severity,
    message: f.message,
    fix: f.fix,
    file: policy.file,
    statementIndex: st ? st.index : null,
    line: at.line,
    column: at.column,
  };
  if (st?.sid?.value) finding.sid = st.sid.value;
  if (f.relatedStatements?.length) finding.relatedStatements = f.relatedStatements;
  findings.push(finding);
};

export function lintPolicy(policy: ParsedPolicy, options: LintOptions): LintFinding[] {
  const findings: LintFinding[] = [];
  const outer = run; // restored afterwards, should a rule ever lint another policy
  const ctx: RuleContext = { policy, options, report };
  try {
    for (const rule of RULES) {
      run = { policy, rule, findings };
      rule.check(ctx);
    }
  } finally {
    run = outer;
  }
  // Source order, then rule order (stable sort keeps rule order within a position).
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}
