import type { LintFinding } from '../lint/index.js';
import { ruleMetadata } from '../lint/index.js';
import { TOOL_NAME, VERSION } from '../version.js';
import { buildSarifLog } from './sarif.js';

/**
 * SARIF 2.1.0 of lint findings alone: what `iam-mutate lint --format sarif` prints and what the
 * action writes as lint-results.sarif for changed policies no target proves.
 */
export function lintSarifLog(findings: readonly LintFinding[]): object {
  const rules = ruleMetadata().map((r) => ({
    id: r.code,
    title: r.title,
    help: r.help,
    helpUri: r.docs,
    defaultLevel: r.severity,
  }));
  return buildSarifLog(
    { name: TOOL_NAME, version: VERSION },
    rules,
    findings.map((f) => ({
      ruleId: f.code,
      level: f.severity,
      message: `${f.message}. Fix: ${f.fix}`,
      file: f.file,
      line: f.line,
      column: f.column,
      ...(f.suppressed && { suppressed: { reason: f.reason ?? '' } }),
      properties: {
        fix: f.fix,
        ...(f.sid && { sid: f.sid }),
        ...(f.statementIndex !== null && { statementIndex: f.statementIndex }),
      },
    })),
  );
}
