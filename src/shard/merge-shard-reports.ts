import { isDeepStrictEqual } from 'node:util';
import { InputError } from '../common/errors.js';
import type { Report, TargetReport } from '../report/report-types.js';

/** One shard's report.json as read, with the file it came from (for error messages). */
export interface ShardReportFile {
  file: string;
  report: Report;
}

type ShardMeta = NonNullable<Report['shard']>;

/**
 * Combines the reports of a split run into the one report a single run would have written:
 * every planned target in config order, taken from the shard that ran it. The run's scores are
 * computed from the targets by every renderer, so nothing is averaged. A shard whose report
 * never arrived, or a report that lacks a planned target, gives that target an error row (its
 * baseline `error`, so the gate is broken): a missing result is never silently missing.
 * Reports from different configs, tool versions or plans are refused (exit 2).
 */
export function mergeShardReports(files: readonly ShardReportFile[]): Report {
  if (files.length === 0) throw new InputError('merge: no shard report.json to merge');
  for (const { file, report } of files) {
    if (report.shard?.index === undefined) {
      throw new InputError([
        {
          file,
          message:
            'not a shard report (it has no shard.index); merge takes the report.json of each `iam-mutate run --shard I/N`',
          severity: 'error',
        },
      ]);
    }
  }
  const [first, ...rest] = files as (ShardReportFile & { report: { shard: ShardMeta } })[];
  const meta = first!.report.shard;
  for (const other of rest) {
    const why = mismatch(first!.report, other.report);
    if (why) {
      throw new InputError([
        {
          file: other.file,
          message: `cannot be merged with ${first!.file}: ${why}`,
          severity: 'error',
        },
      ]);
    }
  }
  const byIndex = new Map<number, ShardReportFile>();
  for (const f of files) {
    const index = f.report.shard!.index!;
    const seen = byIndex.get(index);
    if (seen) {
      throw new InputError([
        {
          file: f.file,
          message: `shard ${index}/${meta.count} again (also ${seen.file})`,
          severity: 'error',
        },
      ]);
    }
    byIndex.set(index, f);
  }

  const targets: TargetReport[] = meta.plan.map((planned) => {
    const shardFile = byIndex.get(planned.shard);
    const label = `shard ${planned.shard}/${meta.count}`;
    if (!shardFile) {
      return errorRow(
        planned,
        `${label} reported nothing: its job failed, timed out or was cancelled before its report.json was uploaded`,
      );
    }
    const found = shardFile.report.targets.find((t) => t.policy === planned.policy);
    return found ?? errorRow(planned, `${label}'s report has no result for this target`);
  });
  const shards = Array.from({ length: meta.count }, (_, i) => {
    const f = byIndex.get(i + 1);
    if (!f) return { index: i + 1, status: 'missing' as const };
    const ms = f.report.targets.reduce((sum, t) => sum + (t.durationMs ?? 0), 0);
    return { index: i + 1, status: 'reported' as const, durationMs: ms };
  });
  return {
    schemaVersion: 1,
    tool: first!.report.tool,
    targets,
    shard: {
      count: meta.count,
      config: meta.config,
      configHash: meta.configHash,
      plan: meta.plan,
      shards,
    },
  };
}

function mismatch(a: Report, b: Report): string | undefined {
  const x = a.shard!;
  const y = b.shard!;
  if (a.tool.version !== b.tool.version) {
    return `it was written by iam-mutate ${b.tool.version}, the other by ${a.tool.version}`;
  }
  if (x.configHash !== y.configHash) {
    return `it ran a different config (${y.config} ${y.configHash.slice(0, 19)}…, the other ${x.config} ${x.configHash.slice(0, 19)}…)`;
  }
  if (x.count !== y.count) return `it is one of ${y.count} shards, the other one of ${x.count}`;
  if (!isDeepStrictEqual(x.plan, y.plan)) {
    return 'its plan assigns the targets differently (the shards must run the same plan: pass each `run --shard` the same --plan)';
  }
  return undefined;
}

function errorRow(planned: { policy: string; role: string }, reason: string): TargetReport {
  return {
    policy: planned.policy,
    role: planned.role,
    baseline: { status: 'error', calls: [], reason },
    statements: [],
    mutants: [],
    score: null,
    mutantScore: null,
    notes: [reason],
  };
}

/** Each target's `durationMs` (targets without one, e.g. cached or missing, are left out). */
export function targetDurations(report: Report): Map<string, number> {
  return new Map(
    report.targets.flatMap((t) => (t.durationMs === undefined ? [] : [[t.policy, t.durationMs]])),
  );
}
