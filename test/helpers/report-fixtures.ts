import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { substitutionFor } from '../../src/mutate/substitute.js';
import type { Report } from '../../src/report/report-types.js';
import { reportInRepositoryTerms } from '../../src/report/reverse-substitutions.js';

/**
 * The saved reports under test/fixtures/reports/<name>/: report.json as a run wrote it (the
 * example's demo run and the command-workload e2e runs, edited only where a field is new),
 * the policy files it names, and options.json (config path, report URL, substitutions).
 */
export const FIXTURE_NAMES = ['justified', 'flawed', 'baseline-failed', 'errors-timeouts'] as const;

const root = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'test',
  'fixtures',
  'reports',
);

export interface ReportFixture {
  dir: string;
  report: Report;
  policySources: Record<string, string>;
  configPath: string;
  reportUrl?: string;
  substitutions: Record<string, string>;
}

export function loadReportFixture(name: string): ReportFixture {
  const dir = path.join(root, name);
  const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as Report;
  const options = JSON.parse(readFileSync(path.join(dir, 'options.json'), 'utf8')) as {
    configPath: string;
    reportUrl?: string;
    substitutions?: Record<string, string>;
  };
  const policySources: Record<string, string> = {};
  for (const t of report.targets) {
    policySources[t.policy] = readFileSync(path.join(dir, t.policy), 'utf8');
  }
  return {
    dir,
    report,
    policySources,
    configPath: options.configPath,
    ...(options.reportUrl !== undefined && { reportUrl: options.reportUrl }),
    substitutions: options.substitutions ?? {},
  };
}

/**
 * The fixture's report as a run now writes it: in the policy file's terms, mapped back through
 * the same Substitution the run applies (src/mutate/substitute.ts). The fixtures keep the
 * attached text so that this mapping stays tested.
 */
export function repositoryReport(f: ReportFixture): Report {
  return reportInRepositoryTerms(
    f.report,
    substitutionFor(f.substitutions, {}, f.configPath).reverse,
  );
}

/** A report mapped back through a substitution map given as `{ written: attached }`. */
export function reversedWith(report: Report, substitutions: Record<string, string>): Report {
  return reportInRepositoryTerms(
    report,
    substitutionFor(substitutions, {}, 'iam-mutate.yml').reverse,
  );
}

/**
 * Compares `actual` with the committed expected file; `UPDATE_SNAPSHOTS=1 npm test -- report`
 * rewrites them (then read the diff before committing).
 */
export function assertSnapshot(dir: string, file: string, actual: string): void {
  const expectedPath = path.join(dir, 'expected', file);
  if (process.env.UPDATE_SNAPSHOTS === '1' || !existsSync(expectedPath)) {
    mkdirSync(path.dirname(expectedPath), { recursive: true });
    writeFileSync(expectedPath, actual);
    if (process.env.UPDATE_SNAPSHOTS !== '1') {
      assert.fail(`wrote missing snapshot ${expectedPath}; check it and re-run`);
    }
    return;
  }
  assert.equal(actual, readFileSync(expectedPath, 'utf8'), `snapshot ${expectedPath}`);
}
