/**
 * Runs every rule over one parsed policy. Pure: the caller parses (parsePolicy with
 * `rejectDuplicateSids: false`, so DUPLICATE_SID is a finding rather than a parse error).
 * parsePolicy gives every statement one object shape (parsed-policy.ts), which keeps the rules
 * from being deoptimised and recompiled over a corpus (bench/lint.ts).
 */
import type { ParsedPolicy } from '../policy/index.js';
import type { LintFinding, LintOptions, RuleContext } from './lint-types.js';
import { RULES } from './rule-registry.js';

export function lintPolicy(policy: ParsedPolicy, options: LintOptions): LintFinding[] {
  const findings: LintFinding[] = [];
  // One report closure per policy, shared by the rules (not one per rule): fewer closures for
  // each rule's call site to see.
  let rule = RULES[0]!;
  const report: RuleContext['report'] = (at, st, f) => {
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
  const ctx: RuleContext = { policy, options, report };
  for (rule of RULES) rule.check(ctx);
  // Source order, then rule order (stable sort keeps rule order within a position).
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}
