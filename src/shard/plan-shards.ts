/**
 * Splits targets into balanced shards (pure: no files, no clock). Greedy longest-processing-time
 * first: the heaviest target goes to the lightest shard, ties broken by config order and shard
 * number, so the same inputs always give the same plan — `iam-mutate plan` and every
 * `iam-mutate run --shard I/N` compute it independently and must agree.
 */
export interface WeightedTarget {
  /** The policy path as written in the config (what reports show). */
  policy: string;
  role: string;
  /** Expected cost: milliseconds from a previous run, or a statement count. */
  weight: number;
}

/** One planned target: config order is the list's order, `shard` is 1-based. */
export interface PlannedTarget {
  policy: string;
  role: string;
  shard: number;
}

export interface ShardPlan {
  count: number;
  /** Every target to run, in config order, each with its shard. */
  targets: PlannedTarget[];
  /** What balanced it: `timings` (previous durations) or `statements` (statement counts). */
  basis: 'timings' | 'statements';
}

export function planShards(
  targets: readonly WeightedTarget[],
  count: number,
  basis: ShardPlan['basis'],
): ShardPlan {
  const loads = Array.from({ length: count }, () => 0);
  const shardOf = new Array<number>(targets.length);
  const order = targets
    .map((t, i) => ({ t, i }))
    .sort((a, b) => b.t.weight - a.t.weight || a.i - b.i);
  for (const { t, i } of order) {
    let lightest = 0;
    for (let s = 1; s < count; s++) if (loads[s]! < loads[lightest]!) lightest = s;
    loads[lightest]! += t.weight;
    shardOf[i] = lightest + 1;
  }
  return {
    count,
    basis,
    targets: targets.map((t, i) => ({ policy: t.policy, role: t.role, shard: shardOf[i]! })),
  };
}

/** How many shards `--max-per-shard K` needs for `total` targets (at least one). */
export function shardCountForMax(total: number, maxPerShard: number): number {
  return Math.max(1, Math.ceil(total / maxPerShard));
}

/** The policies of shard `index` (1-based), in config order. */
export function shardTargets(plan: ShardPlan, index: number): string[] {
  return plan.targets.filter((t) => t.shard === index).map((t) => t.policy);
}

/**
 * The matrix for `strategy.matrix: ${{ fromJSON(...) }}`: only `include`, since any other
 * top-level key would become a matrix dimension. Empty shards are left out.
 */
export function matrixJson(plan: ShardPlan): { include: { shard: string; targets: string[] }[] } {
  const include: { shard: string; targets: string[] }[] = [];
  for (let index = 1; index <= plan.count; index++) {
    const targets = shardTargets(plan, index);
    if (targets.length > 0) include.push({ shard: `${index}/${plan.count}`, targets });
  }
  return { include };
}

/**
 * Target weights: previous durations when `timings` covers any target (a target without one
 * gets the mean of those that have one), else statement counts plus one for the baseline.
 */
export function weighTargets(
  targets: readonly { policy: string; role: string; statements: number }[],
  timings: ReadonlyMap<string, number>,
): { weighted: WeightedTarget[]; basis: ShardPlan['basis'] } {
  const known = targets.map((t) => timings.get(t.policy)).filter((ms) => ms !== undefined);
  if (known.length === 0) {
    return {
      basis: 'statements',
      weighted: targets.map((t) => ({ policy: t.policy, role: t.role, weight: t.statements + 1 })),
    };
  }
  const mean = known.reduce((a, b) => a + b, 0) / known.length;
  return {
    basis: 'timings',
    weighted: targets.map((t) => ({
      policy: t.policy,
      role: t.role,
      weight: timings.get(t.policy) ?? mean,
    })),
  };
}
