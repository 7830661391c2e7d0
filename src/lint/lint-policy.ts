/**
 * Runs every rule over one parsed policy. Pure: the caller parses (parsePolicy with
 * `rejectDuplicateSids: false`, so DUPLICATE_SID is a finding rather than a parse error).
 */
import type { ParsedPolicy, ParsedStatement } from '../policy/index.js';
import type { LintFinding, LintOptions, RuleContext } from './lint-types.js';
import { RULES } from './rule-registry.js';

export function lintPolicy(parsed: ParsedPolicy, options: LintOptions): LintFinding[] {
  const policy = uniformShape(parsed);
  const findings: LintFinding[] = [];
  for (const rule of RULES) {
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
    rule.check({ policy, options, report });
  }
  // Source order, then rule order (stable sort keeps rule order within a position).
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * The same policy with every statement in one object shape. The parser adds the optional
 * elements (Sid, Action or NotAction, Resource or NotResource, Principal, ...) as it meets
 * them, so statements come in dozens of hidden classes; the rules read them hundreds of
 * thousands of times over a corpus, and with mixed shapes V8 deoptimises and recompiles every
 * rule several times, which cost more CPU than the linting itself (bench/lint.ts). Absent
 * elements stay `undefined`, so the rules see the same values.
 */
function uniformShape(policy: ParsedPolicy): ParsedPolicy {
  return {
    file: policy.file,
    version: policy.version,
    id: policy.id,
    singleStatement: policy.singleStatement,
    statements: policy.statements.map((st): ParsedStatement => ({
      index: st.index,
      line: st.line,
      column: st.column,
      start: st.start,
      end: st.end,
      sid: st.sid,
      effect: st.effect,
      action: st.action,
      notAction: st.notAction,
      resource: st.resource,
      notResource: st.notResource,
      principal: st.principal,
      notPrincipal: st.notPrincipal,
      conditions: st.conditions,
    })),
  };
}
