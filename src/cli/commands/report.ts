import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { writeReports } from '../../app/run-and-report.js';
import { ExitCode, InputError } from '../../common/errors.js';
import { reportSchema } from '../../report/report-schema.js';
import type { Report } from '../../report/report-types.js';
import type { CliIo } from '../io.js';
import type { CliCommand } from '../parse-args.js';

type ReportCommand = Extract<CliCommand, { name: 'report' }>;

/**
 * `iam-mutate report --from report.json --report-dir DIR`: re-renders every report file from a
 * saved report.json (e.g. a run's artifact), without running anything. Policy files are read
 * relative to the working directory, as the run named them.
 */
export async function reportCommand(command: ReportCommand, io: CliIo): Promise<ExitCode> {
  const report = await readSavedReport(command.from, io.cwd);
  const reportDir = path.resolve(io.cwd, command.reportDir);
  const files = await writeReports(report, {
    rootDir: io.cwd,
    reportDir,
    configPath: command.config,
    ...(command.reportUrl !== undefined && { reportUrl: command.reportUrl }),
  });
  for (const file of Object.values(files)) {
    const relative = path.relative(io.cwd, file.path);
    io.stderr(`wrote ${relative.startsWith('..') ? file.path : relative}\n`);
  }
  return ExitCode.ok;
}

async function readSavedReport(file: string, cwd: string): Promise<Report> {
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : 'unreadable';
    throw new InputError([{ file, message: `report ${reason}`, severity: 'error' }]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError([
      { file, message: `not JSON: ${(error as Error).message}`, severity: 'error' },
    ]);
  }
  const validate = new Ajv({ allowUnionTypes: true }).compile<Report>(reportSchema);
  if (!validate(value)) {
    const first = validate.errors?.[0];
    throw new InputError([
      {
        file,
        message:
          `not an iam-mutate report.json (version 1): ${first?.instancePath || '/'} ${first?.message ?? ''}`.trim(),
        severity: 'error',
      },
    ]);
  }
  return value;
}
