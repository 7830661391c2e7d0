import { loadPolicy } from '../mutate/load-policy.js';
import type { RunReporter } from '../mutate/run-events.js';
import { runPlan, type RunPlanOptions } from '../mutate/run-plan.js';
import { selectTargets } from '../mutate/select-targets.js';
import type { Report } from '../report/report-types.js';
import { planShards, shardTargets, weighTargets } from '../shard/plan-shards.js';
import { readRememberedTimings } from './run-plan-timed.js';

/**
 * `--jobs N`: the targets split into N balanced groups (the shard planner), each group run by
 * its own runPlan at the same time: its own embedded emulator, its own setup run, its own
 * scratch directory, so no group sees another's resources. Only for the embedded emulator:
 * against an endpoint (or LocalEmu) every group would run setup on the same account, so those
 * runs stay sequential. The report lists the targets in config order, as a sequential run does.
 */
export async function runPlanConcurrently(options: RunPlanOptions, jobs: number): Promise<Report> {
  const { config } = options;
  const targets = selectTargets(config, options.only);
  if (options.endpoint !== undefined || config.emulator.kind !== 'embedded' || targets.length < 2) {
    return runPlan(options);
  }
  const statements = await Promise.all(
    targets.map(async (t) => (await loadPolicy(t.policyPath, t.policy)).parsed.statements.length),
  );
  const { weighted, basis } = weighTargets(
    targets.map((t, i) => ({ policy: t.policy, role: t.role, statements: statements[i]! })),
    readRememberedTimings(config.rootDir),
  );
  const plan = planShards(weighted, Math.min(jobs, targets.length), basis);
  const reporter = renumbered(options.reporter, targets.length);
  const settled = await Promise.allSettled(
    Array.from({ length: plan.count }, (_, i) =>
      runPlan({
        ...options,
        only: shardTargets(plan, i + 1),
        ...(reporter && { reporter }),
      }),
    ),
  );
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  const reports = settled.map((s) => (s as PromiseFulfilledResult<Report>).value);
  const byPolicy = new Map(reports.flatMap((r) => r.targets.map((t) => [t.policy, t] as const)));
  const first = reports[0]!;
  return { ...first, targets: targets.map((t) => byPolicy.get(t.policy)!) };
}

/** Progress counts targets across all groups (target 7/60), not within one group. */
function renumbered(reporter: RunReporter | undefined, total: number): RunReporter | undefined {
  if (!reporter) return undefined;
  let next = 0;
  return {
    ...reporter,
    onTargetStarted(event) {
      reporter.onTargetStarted?.({ ...event, index: next++, total });
    },
  };
}
