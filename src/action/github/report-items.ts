import type { Report, StatementReport } from '../../report/report-types.js';
import { statementLineRanges } from './statement-suggestion.js';
import type { ReviewItem } from './suggestion-review.js';
import type { Annotation } from './workflow-commands.js';

/**
 * report.json rows to what the review and the check run post. Paths are the targets' policy
 * paths as written in the config (repo-relative, the files API's names).
 */
/** Config paths may be written `./policies/x.json`; the files API says `policies/x.json`. */
const repoPath = (p: string) => p.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
const label = (s: StatementReport) => (s.sid ? `Statement ${s.sid}` : `Statement #${s.index + 1}`);

/**
 * Review items: every unjustified statement (its removal: the mutant that removed it left the
 * workload working) and every flagged statement with a verified narrower suggestion.
 */
export function reviewItemsFromReport(report: Report): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const target of report.targets) {
    for (const s of target.statements) {
      if (s.justified === false) {
        const evidence = s.coveredBy.length
          ? `its calls are also granted by ${s.coveredBy.join(', ')}`
          : 'the workload never needed it';
        items.push({
          path: repoPath(target.policy),
          index: s.index,
          sid: s.sid,
          message: `❌ **${label(s)} is unjustified**: removing it left the workload working (${evidence}).`,
          fix: null,
        });
      } else if (s.findings.length && s.suggestion?.verified && s.suggestion.statement) {
        items.push({
          path: repoPath(target.policy),
          index: s.index,
          sid: s.sid,
          message: `⚠️ **${label(s)} is broader than the workload needs**: ${s.findings.map((f) => `${f.code} ${f.message}`).join('; ')}. The narrower statement below passed the workload under the emulator.`,
          fix: s.suggestion.statement,
        });
      }
    }
  }
  return items;
}

/**
 * Check run annotations: unjustified statements and error findings fail, other findings warn,
 * statements nobody could decide get a notice (fail closed: never shown as fine).
 */
export function annotationsFromReport(
  report: Report,
  readFile: (repoPath: string) => string | undefined,
): Annotation[] {
  const out: Annotation[] = [];
  for (const target of report.targets) {
    const path = repoPath(target.policy);
    const text = readFile(path);
    const ranges = text === undefined ? [] : statementLineRanges(text);
    for (const s of target.statements) {
      const range = ranges[s.index] ?? { startLine: s.line, endLine: s.line };
      const at = {
        path: repoPath(target.policy),
        startLine: range.startLine,
        endLine: range.endLine,
      };
      if (s.justified === false) {
        out.push({
          ...at,
          level: 'failure',
          title: `${label(s)} is unjustified`,
          message: `Removing it left the workload working${s.coveredBy.length ? `; covered by ${s.coveredBy.join(', ')}` : ''}.`,
        });
      } else if (s.justified === null && s.effect === 'Allow') {
        out.push({
          ...at,
          level: 'notice',
          title: `${label(s)} could not be verified`,
          message: `Mutant status: ${s.status}.`,
        });
      }
      for (const f of s.findings) {
        out.push({
          ...at,
          level:
            f.severity === 'error' ? 'failure' : f.severity === 'warning' ? 'warning' : 'notice',
          title: `${f.code} ${label(s)}`,
          message: f.message,
        });
      }
    }
  }
  return out;
}
