import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RunReporter } from '../mutate/run-events.js';
import { runPlan, type RunPlanOptions } from '../mutate/run-plan.js';
import type { Report } from '../report/report-types.js';
import { runPlanConcurrently } from './run-plan-concurrently.js';

/** Where the durations of the last runs are kept for `iam-mutate plan` (next to the cache). */
export const TIMINGS_FILE = path.join('.iam-mutate-cache', 'timings.json');

/**
 * runPlan with each target's wall-clock time recorded as `durationMs` (docs/report-format.md),
 * run `jobs` at a time (each group with its own embedded emulator, run-plan-concurrently.ts),
 * and the durations remembered in .iam-mutate-cache/timings.json so that the next
 * `iam-mutate plan` balances shards by them. Targets reused from the cache keep no duration:
 * they took no time, and the remembered one stays.
 */
export async function runPlanTimed(options: RunPlanOptions & { jobs: number }): Promise<Report> {
  const { jobs, ...planOptions } = options;
  const started = new Map<string, number>();
  const durations = new Map<string, number>();
  const inner = options.reporter;
  const reporter: RunReporter = {
    ...inner,
    onTargetStarted(event) {
      started.set(event.policy, performance.now());
      inner?.onTargetStarted?.(event);
    },
    onTargetFinished(report) {
      const t0 = started.get(report.policy);
      if (t0 !== undefined) durations.set(report.policy, Math.round(performance.now() - t0));
      inner?.onTargetFinished?.(report);
    },
  };
  const withTimings = { ...planOptions, reporter };
  const report =
    jobs > 1 ? await runPlanConcurrently(withTimings, jobs) : await runPlan(withTimings);
  const timed: Report = {
    ...report,
    targets: report.targets.map((t) => {
      const ms = durations.get(t.policy);
      return ms === undefined ? t : { ...t, durationMs: ms };
    }),
  };
  if (options.cache !== false && durations.size > 0) {
    rememberTimings(options.config.rootDir, durations);
  }
  return timed;
}

/** Reads .iam-mutate-cache/timings.json (`{ "policy": ms }`); absent or unreadable: empty. */
export function readRememberedTimings(rootDir: string): Map<string, number> {
  try {
    const value = JSON.parse(readFileSync(path.join(rootDir, TIMINGS_FILE), 'utf8')) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return new Map();
    return new Map(
      Object.entries(value).filter(
        (e): e is [string, number] => typeof e[1] === 'number' && e[1] >= 0,
      ),
    );
  } catch {
    return new Map();
  }
}

/**
 * Adds durations to .iam-mutate-cache/timings.json under `rootDir` (a run's, or a merged
 * report's in the merge job, whose cache the next plan job restores). Never fails the caller.
 */
export function rememberTimings(rootDir: string, durations: ReadonlyMap<string, number>): void {
  try {
    const merged = readRememberedTimings(rootDir);
    for (const [policy, ms] of durations) merged.set(policy, ms);
    const file = path.join(rootDir, TIMINGS_FILE);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(
      `${file}.partial-${process.pid}`,
      `${JSON.stringify(Object.fromEntries(merged))}\n`,
    );
    renameSync(`${file}.partial-${process.pid}`, file);
  } catch {
    // Timings only balance the next plan; a read-only checkout must not fail the run.
  }
}
