import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readRememberedTimings } from '../app/run-plan-timed.js';
import { InputError } from '../common/errors.js';
import type { IamMutateConfig } from '../mutate/config/config-types.js';
import { loadPolicy } from '../mutate/load-policy.js';
import { changedTargets } from './changed-targets.js';
import { planShards, shardCountForMax, weighTargets, type ShardPlan } from './plan-shards.js';
import { parseShardSpec } from './shard-spec.js';

export interface ShardPlanInputs {
  config: IamMutateConfig;
  cwd: string;
  /** `--shards N`. */
  count?: number;
  /** `--max-per-shard K`: as many shards as K targets each need. */
  maxPerShard?: number;
  /** `--changed-from FILE`: plan only the targets these changed paths touch. */
  changedFrom?: string;
  /** Plan only these policies (the action's pull request selection). */
  only?: readonly string[];
  /** `--timings FILE`: a previous report.json (its targets' durationMs) or `{ "policy": ms }`. */
  timingsFile?: string;
}

/**
 * The plan `iam-mutate plan` prints and `iam-mutate run --shard I/N` recomputes: the same
 * files in, the same plan out. Without `--timings`, durations come from
 * .iam-mutate-cache/timings.json when a previous run left it; else statement counts.
 */
export async function loadShardPlan(inputs: ShardPlanInputs): Promise<ShardPlan> {
  const { config } = inputs;
  let targets = config.targets;
  if (inputs.changedFrom !== undefined) {
    const wanted = new Set(changedTargets(config, readInput(inputs.changedFrom, inputs.cwd)));
    targets = targets.filter((t) => wanted.has(t.policy));
  }
  if (inputs.only !== undefined) {
    const wanted = new Set(inputs.only);
    targets = targets.filter((t) => wanted.has(t.policy));
  }
  const statements = await Promise.all(
    targets.map(async (t) => (await loadPolicy(t.policyPath, t.policy)).parsed.statements.length),
  );
  const timings =
    inputs.timingsFile !== undefined
      ? readTimingsFile(inputs.timingsFile, inputs.cwd)
      : readRememberedTimings(config.rootDir);
  const { weighted, basis } = weighTargets(
    targets.map((t, i) => ({ policy: t.policy, role: t.role, statements: statements[i]! })),
    timings,
  );
  const count =
    inputs.count ??
    (inputs.maxPerShard !== undefined ? shardCountForMax(targets.length, inputs.maxPerShard) : 1);
  return planShards(weighted, count, basis);
}

/**
 * `run --shard I/N --plan FILE`: the plan exactly as `iam-mutate plan` printed it (the matrix
 * JSON), so a shard never recomputes it from different timings. Every policy must be a
 * target of the config and every entry's N the same.
 */
export function readPlanFile(file: string, cwd: string, config: IamMutateConfig): ShardPlan {
  return parsePlanJson(readInput(file, cwd), file, cwd, config);
}

/** The matrix JSON `iam-mutate plan` prints, as text (the action's `plan` input); `file` names it. */
export function parsePlanJson(
  text: string,
  file: string,
  cwd: string,
  config: IamMutateConfig,
): ShardPlan {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError([
      { file, message: `not JSON: ${(error as Error).message}`, severity: 'error' },
    ]);
  }
  const include = (value as { include?: unknown })?.include;
  const bad = (message: string) =>
    new InputError([{ file, message: `not an iam-mutate plan (${message})`, severity: 'error' }]);
  if (!Array.isArray(include)) throw bad('no "include" list');
  const roles = new Map(config.targets.map((t) => [t.policy, t.role]));
  let count: number | undefined;
  const assigned = new Map<string, number>();
  for (const [i, entry] of include.entries()) {
    const { shard, targets } = (entry ?? {}) as { shard?: unknown; targets?: unknown };
    if (typeof shard !== 'string') throw bad(`include[${i}].shard is not "I/N"`);
    const spec = parseShardSpec(shard, `${file}: include[${i}].shard`);
    if (count !== undefined && spec.count !== count) {
      throw bad(`include[${i}] is of ${spec.count} shards, an earlier entry of ${count}`);
    }
    count = spec.count;
    if (!Array.isArray(targets) || targets.some((t) => typeof t !== 'string')) {
      throw bad(`include[${i}].targets is not a list of policy paths`);
    }
    for (const policy of targets as string[]) {
      if (!roles.has(policy)) {
        throw bad(`${policy} is not a target of ${path.relative(cwd, config.file)}`);
      }
      if (assigned.has(policy)) throw bad(`${policy} is in two shards`);
      assigned.set(policy, spec.index);
    }
  }
  return {
    count: count ?? 1,
    basis: 'statements',
    targets: config.targets
      .filter((t) => assigned.has(t.policy))
      .map((t) => ({ policy: t.policy, role: t.role, shard: assigned.get(t.policy)! })),
  };
}

function readInput(file: string, cwd: string): string {
  try {
    return readFileSync(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : 'unreadable';
    throw new InputError([{ file, message: `file ${reason}`, severity: 'error' }]);
  }
}

/** A report.json (targets[].durationMs) or a plain `{ "policy": ms }` object. */
function readTimingsFile(file: string, cwd: string): Map<string, number> {
  let value: unknown;
  try {
    value = JSON.parse(readInput(file, cwd));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError([
      { file, message: `not JSON: ${(error as Error).message}`, severity: 'error' },
    ]);
  }
  const timings = new Map<string, number>();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError([
      { file, message: 'timings must be a report.json or { "policy": ms }', severity: 'error' },
    ]);
  }
  const targets = (value as { targets?: unknown }).targets;
  if (Array.isArray(targets)) {
    for (const t of targets as { policy?: unknown; durationMs?: unknown }[]) {
      if (typeof t?.policy === 'string' && typeof t.durationMs === 'number') {
        timings.set(t.policy, t.durationMs);
      }
    }
    return timings;
  }
  for (const [policy, ms] of Object.entries(value)) {
    if (typeof ms === 'number' && ms >= 0) timings.set(policy, ms);
  }
  return timings;
}
