import path from 'node:path';
import { writeReports } from '../../app/run-and-report.js';
import { rememberTimings } from '../../app/run-plan-timed.js';
import { ExitCode } from '../../common/errors.js';
import { evaluateGate } from '../../report/gate.js';
import { renderTextSummary } from '../../report/text-summary.js';
import { mergeShardReports, targetDurations } from '../../shard/merge-shard-reports.js';
import { readShardReports } from '../../shard/read-shard-reports.js';
import type { CliIo } from '../io.js';
import type { CliCommand } from '../parse-args.js';

type MergeCommand = Extract<CliCommand, { name: 'merge' }>;

/**
 * `iam-mutate merge REPORT...`: one report from the shards' reports, every report file written
 * from it, and the gate over all of it (a missing shard breaks it: exit 3).
 */
export async function mergeCommand(command: MergeCommand, io: CliIo): Promise<ExitCode> {
  const shards = readShardReports(command.inputs, io.cwd);
  const report = mergeShardReports(shards);
  const files = await writeReports(report, {
    rootDir: io.cwd,
    reportDir: path.resolve(io.cwd, command.reportDir),
    configPath: report.shard!.config,
    ...(command.reportUrl !== undefined && { reportUrl: command.reportUrl }),
  });
  rememberTimings(io.cwd, targetDurations(report));
  const missing = report.shard!.shards!.filter((s) => s.status === 'missing');
  io.stderr(
    `merge: ${shards.length} of ${report.shard!.count} shard report(s)${missing.length > 0 ? `; MISSING: ${missing.map((s) => `${s.index}/${report.shard!.count}`).join(', ')}` : ''}\n`,
  );
  io.stderr(`\n${renderTextSummary(report)}`);
  const reportFile = files['report.json'].path;
  const relative = path.relative(io.cwd, reportFile);
  io.stderr(
    `report: ${relative.startsWith('..') ? reportFile : relative} (and comment.md, results.sarif, mutation.json, report.html)\n`,
  );
  const gate = evaluateGate(report, command.failOn);
  if (gate.kind === 'pass') return ExitCode.ok;
  for (const reason of gate.reasons) io.stderr(`  ${reason}\n`);
  return gate.kind === 'broken' ? ExitCode.runBroke : ExitCode.gateFailed;
}
