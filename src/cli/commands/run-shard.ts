import path from 'node:path';
import { loadConfigFile } from '../../app/load-config-file.js';
import { writeReports } from '../../app/run-and-report.js';
import { ExitCode } from '../../common/errors.js';
import { prepareShardRun, type ShardRun } from '../../shard/shard-run.js';
import { TOOL_NAME, VERSION } from '../../version.js';
import type { CliIo } from '../io.js';
import type { CliCommand } from '../parse-args.js';

type RunCommand = Extract<CliCommand, { name: 'run' }>;

/** `run --shard I/N`: this shard's targets (the plan's) and the metadata for its report. */
export async function shardRun(command: RunCommand, io: CliIo): Promise<ShardRun> {
  const spec = command.shard!;
  const shard = await prepareShardRun({
    config: loadConfigFile(command.config, io.cwd),
    configPath: command.config,
    cwd: io.cwd,
    spec,
    ...(command.plan !== undefined && { planFile: command.plan }),
    ...(command.timings !== undefined && { timingsFile: command.timings }),
    ...(command.changedFrom !== undefined && { changedFrom: command.changedFrom }),
  });
  io.stderr(
    `shard ${spec.index}/${spec.count}: ${shard.targets.length} of ${shard.plan.targets.length} target(s)\n`,
  );
  return shard;
}

/** A shard the plan gave no target: an empty report (with its metadata), nothing run. */
export async function emptyShard(
  command: RunCommand,
  io: CliIo,
  shard: ShardRun,
): Promise<ExitCode> {
  const report = shard.finishReport({
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: VERSION },
    targets: [],
  });
  await writeReports(report, {
    rootDir: io.cwd,
    reportDir: path.resolve(io.cwd, command.reportDir),
    configPath: command.config,
  });
  return ExitCode.ok;
}
