import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ExitCode, InputError } from '../../common/errors.js';
import type { IamMutateConfig } from '../../mutate/config/config-types.js';
import { parseConfig } from '../../mutate/config/load-config.js';
import { runPlan } from '../../mutate/run-plan.js';
import { evaluateGate } from '../../report/gate.js';
import { renderTextSummary } from '../../report/text-summary.js';
import type { CliIo } from '../io.js';
import type { CliCommand } from '../parse-args.js';
import { progressReporter } from '../progress.js';
import { writeReportFiles } from '../write-report-files.js';

type RunCommand = Extract<CliCommand, { name: 'run' }>;

/** Reads and validates the config file named on the command line (relative to the cwd). */
export function loadConfigFile(configPath: string, io: Pick<CliIo, 'cwd'>): IamMutateConfig {
  const absolute = path.resolve(io.cwd, configPath);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : 'unreadable';
    throw new InputError([
      { file: configPath, message: `config file ${reason}`, severity: 'error' },
    ]);
  }
  return parseConfig(text, { file: configPath, rootDir: io.cwd, fileExists: existsSync });
}

export async function runCommand(command: RunCommand, io: CliIo): Promise<ExitCode> {
  const config = loadConfigFile(command.config, io);
  const reportDir = path.resolve(io.cwd, command.reportDir);
  const report = await runPlan({
    config,
    ...(command.endpoint !== undefined && { endpoint: command.endpoint }),
    only: command.only,
    verify: config.verify,
    useAuthorizationLog: command.useAuthorizationLog,
    cache: command.cache,
    allowRemoteEmulator: command.allowRemoteEmulator === true,
    reportDir,
    hostEnv: io.env,
    reporter: progressReporter(io.stderr, io.interactive),
  });
  const [reportFile] = await writeReportFiles(reportDir, {
    'report.json': `${JSON.stringify(report, null, 2)}\n`,
  });
  io.stderr(`\n${renderTextSummary(report)}`);
  const relative = path.relative(io.cwd, reportFile ?? reportDir);
  io.stderr(`report: ${relative.startsWith('..') ? reportFile : relative}\n`);
  const gate = evaluateGate(report, command.failOn);
  if (gate.kind === 'pass') return ExitCode.ok;
  for (const reason of gate.reasons) io.stderr(`  ${reason}\n`);
  return gate.kind === 'broken' ? ExitCode.runBroke : ExitCode.gateFailed;
}
