import { ruleMetadata } from '../lint/index.js';
import { TOOL_NAME, VERSION } from '../version.js';
import type { Report, StatementReport, TargetReport } from './report-types.js';
import { buildSarifLog, type SarifResultInput, type SarifRule } from './sarif.js';
import { evidenceText, statementName } from './statement-view.js';

/** Our own rules, next to the linter's (ruleMetadata()). */
const RUN_RULES: readonly SarifRule[] = [
  {
    id: 'UNJUSTIFIED_STATEMENT',
    title: 'Statement not justified by the workload',
    help:
      'iam-mutate ran the workload with this statement removed and nothing it checks changed: ' +
      'for an Allow, every call was still allowed (granted by another statement, or never made); ' +
      'for a Deny, every probe stayed denied. Remove the statement, or narrow it to what the ' +
      'workload uses (the suggested policy in comment.md), or add the workload step or probe ' +
      'that needs it.',
    helpUri: 'https://github.com/iam-mutate/iam-mutate/blob/main/docs/verdicts.md',
    defaultLevel: 'error',
  },
  {
    id: 'UNDECIDED_STATEMENT',
    title: 'Statement could not be judged',
    help:
      'The workload timed out or failed for another reason under a mutant of this statement, so ' +
      'iam-mutate could not decide whether the statement is needed. It is never counted as ' +
      'justified; fix the workload (or raise its timeout) and run again.',
    helpUri: 'https://github.com/iam-mutate/iam-mutate/blob/main/docs/verdicts.md',
    defaultLevel: 'warning',
  },
];

/**
 * results.sarif for a run: one result per unjustified statement (UNJUSTIFIED_STATEMENT), per
 * statement that could not be judged (UNDECIDED_STATEMENT), and per finding (the linter's
 * rules), at the policy file's line and column. Suppressed findings stay in the log with a
 * SARIF suppression. Policy paths are as the report names them: relative to the repository
 * root, which upload-sarif resolves them against.
 */
export function renderRunSarif(report: Report): string {
  const rules: SarifRule[] = [
    ...RUN_RULES,
    ...ruleMetadata().map((r) => ({
      id: r.code,
      title: r.title,
      help: r.help,
      helpUri: r.docs,
      defaultLevel: r.severity,
    })),
  ];
  const results = report.targets.flatMap((t) => t.statements.flatMap((s) => resultsFor(s, t)));
  const log = buildSarifLog({ name: TOOL_NAME, version: VERSION }, rules, results);
  return `${JSON.stringify(log, null, 2)}\n`;
}

function resultsFor(s: StatementReport, target: TargetReport): SarifResultInput[] {
  const where = { file: target.policy, line: s.line, ...column(s) };
  const facts = { statementIndex: s.index, ...(s.sid !== null && { sid: s.sid }) };
  const out: SarifResultInput[] = [];
  const judged = target.baseline.status === 'passed';
  if (judged && s.justified === false) {
    out.push({
      ruleId: 'UNJUSTIFIED_STATEMENT',
      level: 'error',
      message: `${s.effect} statement ${statementName(s)} is unjustified: ${evidenceText(s, target)}.${suggestionText(s)}`,
      ...where,
      properties: { ...facts, effect: s.effect, status: s.status },
    });
  }
  if (judged && s.justified === null) {
    out.push({
      ruleId: 'UNDECIDED_STATEMENT',
      level: 'warning',
      message: `${s.effect} statement ${statementName(s)} could not be judged: ${evidenceText(s, target)}.`,
      ...where,
      properties: { ...facts, effect: s.effect, status: s.status },
    });
  }
  for (const f of s.findings) {
    out.push({
      ruleId: f.code,
      level: f.severity,
      message: f.fix === undefined ? f.message : `${f.message}. Fix: ${f.fix}`,
      file: target.policy,
      line: f.line ?? s.line,
      ...(f.line !== undefined ? f.column !== undefined && { column: f.column } : column(s)),
      ...(f.suppressed === true && { suppressed: { reason: f.reason ?? '' } }),
      properties: { ...facts, ...(f.fix !== undefined && { fix: f.fix }) },
    });
  }
  return out;
}

/** The statement's column, when the report records one (reports before it did not). */
function column(s: StatementReport): { column?: number } {
  return s.column === undefined ? {} : { column: s.column };
}

/** The suggestion's words, with the reason when it could not be verified. */
function suggestionText(s: StatementReport): string {
  if (s.suggestion === null) return '';
  const what =
    s.suggestion.statement === null ? 'remove it' : 'narrow it (see the suggested policy)';
  const how = s.suggestion.verified ? 'verified' : 'NOT verified';
  return ` Suggestion (${how}): ${s.suggestion.reason === '' ? what : s.suggestion.reason}.`;
}
