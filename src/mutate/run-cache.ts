import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TargetReport } from '../report/report-types.js';
import { VERSION } from '../version.js';
import type { IamMutateConfig, TargetConfig } from './config/config-types.js';

/**
 * The incremental cache: a target whose policy text, config and workload code are unchanged
 * is not run again. The workload's code is identified conservatively by the repository's
 * whole tracked state (every file's blob hash plus uncommitted changes), leaving out only the
 * policy files under test, which are keyed by their own text: a change anywhere else in the
 * repository means a re-run, so a stale verdict is never reused. Outside a git repository
 * nothing is cached.
 */
export interface RunCache {
  get(target: TargetConfig, policyText: string): TargetReport | undefined;
  put(target: TargetConfig, policyText: string, report: TargetReport): void;
}

/** `ownOutputs`: directories iam-mutate itself writes (the report dir), left out of the state. */
export function openRunCache(
  config: IamMutateConfig,
  ownOutputs: readonly string[] = [],
): RunCache | undefined {
  const state = repositoryState(config, ownOutputs);
  if (state === undefined) return undefined;
  const dir = path.join(config.rootDir, '.iam-mutate-cache');
  const keyOf = (target: TargetConfig, policyText: string) =>
    createHash('sha256')
      .update(
        JSON.stringify({
          tool: VERSION,
          state,
          policyText,
          target: { ...target, policyPath: undefined },
          emulator: config.emulator,
          enforcement: config.enforcement,
          account: config.account,
          region: config.region,
          substitute: config.substitute,
        }),
      )
      .digest('hex');
  return {
    get(target, policyText) {
      try {
        const entry = JSON.parse(
          readFileSync(path.join(dir, `${keyOf(target, policyText)}.json`), 'utf8'),
        ) as {
          report: TargetReport;
        };
        return entry.report;
      } catch {
        return undefined;
      }
    },
    put(target, policyText, report) {
      // Only complete, decided results are worth reusing; a broken run is always retried.
      if (report.baseline.status !== 'passed' && report.baseline.status !== 'failed') return;
      if (report.statements.some((s) => s.justified === null)) return;
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `${keyOf(target, policyText)}.json`);
      writeFileSync(
        `${file}.partial`,
        JSON.stringify({ savedAt: new Date().toISOString(), report }),
      );
      renameSync(`${file}.partial`, file);
    },
  };
}

/** Blob hashes of every tracked file plus the uncommitted diff, minus the policies under test. */
function repositoryState(
  config: IamMutateConfig,
  ownOutputs: readonly string[],
): string | undefined {
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: config.rootDir,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  try {
    const policies = config.targets.map(
      (t) => `:(exclude)${path.relative(config.rootDir, t.policyPath)}`,
    );
    const tracked = git('ls-files', '-s', '--', '.', ...policies, ':(exclude).iam-mutate-cache');
    const changes = git('diff', 'HEAD', '--', '.', ...policies);
    const outputs = ownOutputs
      .map((dir) => path.relative(config.rootDir, dir))
      .filter((rel) => rel !== '' && !rel.startsWith('..'))
      .map((rel) => `:(exclude)${rel}`);
    const untracked = git(
      'ls-files',
      '--others',
      '--exclude-standard',
      '--',
      '.',
      ':(exclude).iam-mutate-cache',
      ...outputs,
    );
    const untrackedContent = untracked
      .split('\n')
      .filter(Boolean)
      .map((f) => `${f}\0${hashFile(path.join(config.rootDir, f))}`)
      .join('\n');
    return createHash('sha256')
      .update(tracked)
      .update(changes)
      .update(untrackedContent)
      .digest('hex');
  } catch {
    return undefined;
  }
}

function hashFile(file: string): string {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    return 'unreadable';
  }
}
