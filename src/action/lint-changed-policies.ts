import { type LintFinding, lintPolicyText } from '../lint/index.js';
import { lintSarifLog } from '../report/lint-sarif.js';
import type { Annotation } from './github/workflow-commands.js';

/**
 * Changed policy files that no target proves (no workload): linted only, so a pull request that
 * adds `iam/new-role.json` still gets its findings as annotations and SARIF.
 */
export interface LintOnlyResult {
  findings: LintFinding[];
  /** Files that could not be linted, one line each. */
  problems: string[];
  annotations: Annotation[];
  /** SARIF 2.1.0 log of the findings (lint-results.sarif next to results.sarif). */
  sarif: object;
}

export function lintChangedPolicies(
  paths: readonly string[],
  readFile: (repoPath: string) => string | undefined,
): LintOnlyResult {
  const findings: LintFinding[] = [];
  const problems: string[] = [];
  for (const file of paths) {
    const text = readFile(file);
    if (text === undefined) {
      problems.push(`${file}: cannot be read`);
      continue;
    }
    const result = lintPolicyText(text, file);
    findings.push(...result.findings);
    for (const e of result.errors) {
      problems.push(
        `${e.file}${e.position ? `:${e.position.line}:${e.position.column}` : ''}: ${e.message}`,
      );
    }
  }
  const annotations = findings
    .filter((f) => !f.suppressed)
    .map((f): Annotation => ({
      path: f.file,
      startLine: f.line,
      endLine: f.line,
      startColumn: f.column,
      level: f.severity === 'error' ? 'failure' : f.severity === 'warning' ? 'warning' : 'notice',
      title: `${f.code}${f.sid ? ` ${f.sid}` : ''}`,
      message: `${f.message}. Fix: ${f.fix}`,
    }));
  return { findings, problems, annotations, sarif: lintSarifLog(findings) };
}

/** The markdown section the job summary and comment get for lint-only files. */
export function lintOnlyMarkdown(paths: readonly string[], result: LintOnlyResult): string {
  if (paths.length === 0) return '';
  const active = result.findings.filter((f) => !f.suppressed);
  const lines = [
    '',
    `#### Changed policies without a workload (linted only)`,
    '',
    ...(active.length === 0
      ? [`No findings in ${paths.map((p) => `\`${p}\``).join(', ')}.`]
      : active.map(
          (f) =>
            `- \`${f.file}:${f.line}\` **${f.severity}** ${f.code}${f.sid ? ` (${f.sid})` : ''}: ${f.message}`,
        )),
    ...result.problems.map((p) => `- ⚠️ ${p}`),
    '',
  ];
  return lines.join('\n');
}
