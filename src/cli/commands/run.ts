import path from 'node:path';
import { progressReporter } from '../../app/progress-reporter.js';
import { runAndReport } from '../../app/run-and-report.js';
import { stopOnSignals } from '../../app/stop-on-signals.js';
import { startLocalEmu } from '../../action/localemu.js';
import { ExitCode } from '../../common/errors.js';
import { renderTextSummary } from '../../report/text-summary.js';
import type { CliIo } from '../io.js';
import { emptyShard, shardRun } from './run-shard.js';
import type { CliCommand } from '../parse-args.js';

type RunCommand = Extract<CliCommand, { name: 'run' }>;

export async function runCommand(command: RunCommand, io: CliIo): Promise<ExitCode> {
  const shard = command.shard && (await shardRun(command, io));
  if (shard && shard.targets.length === 0) {
    // An empty shard (more shards than targets) runs nothing, not everything.
    return emptyShard(command, io, shard);
  }
  // SIGINT/SIGTERM stop the run cleanly (role restored, workload killed, scratch removed).
  const stop = stopOnSignals(io.stderr);
  const { report, gate, files } = await runAndReport({
    configPath: command.config,
    cwd: io.cwd,
    reportDir: command.reportDir,
    failOn: command.failOn,
    ...(command.endpoint !== undefined && { endpoint: command.endpoint }),
    only: shard ? shard.targets : command.only,
    ...(shard && { finishReport: shard.finishReport }),
    ...(command.jobs !== undefined && { jobs: command.jobs }),
    useAuthorizationLog: command.useAuthorizationLog,
    cache: command.cache,
    allowRemoteEmulator: command.allowRemoteEmulator === true,
    hostEnv: io.env,
    reporter: progressReporter(io.stderr, io.interactive),
    // `emulator: localemu`: docker run, health wait, container removed at the end.
    launchLocalEmu: () =>
      startLocalEmu({ log: (line) => io.stderr(`${line}\n`), env: { ...io.env } }),
    signal: stop.signal,
    leftovers: stop.leftovers,
  }).finally(() => stop.dispose());
  io.stderr(`\n${renderTextSummary(report)}`);
  const reportFile = files['report.json'].path;
  const relative = path.relative(io.cwd, reportFile);
  io.stderr(
    `report: ${relative.startsWith('..') ? reportFile : relative} (and comment.md, results.sarif, mutation.json, report.html)\n`,
  );
  if (gate.kind === 'pass') return ExitCode.ok;
  for (const reason of gate.reasons) io.stderr(`  ${reason}\n`);
  return gate.kind === 'broken' ? ExitCode.runBroke : ExitCode.gateFailed;
}
