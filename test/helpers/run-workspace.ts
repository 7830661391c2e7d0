import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Report } from '../../src/report/report-types.js';

/** All `iam-mutate run` gets of the host's environment in the end-to-end tests: PATH and HOME. */
export function hostEnv(): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
}

/** A fresh temporary copy of a fixture directory (named `prefix…`) to run `iam-mutate` in. */
export function fixtureCopy(prefix: string, fixture = 'test/fixtures/command-workload'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

/** The report.json in `reportDir`. */
export function readReport(reportDir: string): Report {
  return JSON.parse(readFileSync(path.join(reportDir, 'report.json'), 'utf8')) as Report;
}

/** The report `iam-mutate run` wrote in `workDir`'s default report directory. */
export function readRunReport(workDir: string): Report {
  return readReport(path.join(workDir, 'iam-mutate-report'));
}
