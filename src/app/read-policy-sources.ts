import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Report } from '../report/report-types.js';

/**
 * Each target's policy text as written in the repository (target.policy is relative to the
 * config's root), for the reports that show the policy's own lines. A file that cannot be
 * read is left out: the renderers then say the source is missing rather than guess it.
 */
export async function readPolicySources(
  report: Report,
  rootDir: string,
): Promise<Record<string, string>> {
  const sources: Record<string, string> = {};
  for (const target of report.targets) {
    try {
      sources[target.policy] = await readFile(path.resolve(rootDir, target.policy), 'utf8');
    } catch {
      // Left out on purpose (see above).
    }
  }
  return sources;
}
