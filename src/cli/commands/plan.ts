import { loadConfigFile } from '../../app/load-config-file.js';
import { ExitCode } from '../../common/errors.js';
import { loadShardPlan } from '../../shard/load-shard-plan.js';
import { matrixJson, shardTargets } from '../../shard/plan-shards.js';
import type { CliIo } from '../io.js';
import type { CliCommand } from '../parse-args.js';

type PlanCommand = Extract<CliCommand, { name: 'plan' }>;

/**
 * `iam-mutate plan`: the matrix JSON on stdout (one line, for `$GITHUB_OUTPUT`), and what it
 * decided on stderr for people.
 */
export async function planCommand(command: PlanCommand, io: CliIo): Promise<ExitCode> {
  const config = loadConfigFile(command.config, io.cwd);
  const plan = await loadShardPlan({
    config,
    cwd: io.cwd,
    ...(command.shards !== undefined && { count: command.shards }),
    ...(command.maxPerShard !== undefined && { maxPerShard: command.maxPerShard }),
    ...(command.changedFrom !== undefined && { changedFrom: command.changedFrom }),
    ...(command.timings !== undefined && { timingsFile: command.timings }),
  });
  const matrix = matrixJson(plan);
  io.stdout(`${JSON.stringify(matrix)}\n`);
  const counts = Array.from({ length: plan.count }, (_, i) => shardTargets(plan, i + 1).length);
  io.stderr(
    `plan: ${plan.targets.length} target(s) in ${matrix.include.length} shard(s) of ${plan.count} (${counts.join(' + ')}), balanced by ${plan.basis === 'timings' ? 'previous durations' : 'statement counts'}\n`,
  );
  return ExitCode.ok;
}
