import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { InputError } from '../common/errors.js';
import { reportSchema } from '../report/report-schema.js';
import type { Report } from '../report/report-types.js';
import type { ShardReportFile } from './merge-shard-reports.js';

/**
 * The shard reports `merge` was given: report.json files, or directories searched for
 * report.json at any depth (actions/download-artifact puts each artifact in its own folder).
 * A merged report found there (no shard.index, e.g. the output of an earlier merge into the
 * same folder) is skipped. Each is validated against the report schema (exit 2 when not).
 */
export function readShardReports(inputs: readonly string[], cwd: string): ShardReportFile[] {
  const files: string[] = [];
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let isDir: boolean;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      throw new InputError([{ file: input, message: 'not found', severity: 'error' }]);
    }
    if (isDir) files.push(...findReports(abs));
    else files.push(abs);
  }
  const validate = new Ajv({ allowUnionTypes: true }).compile<Report>(reportSchema);
  const out: ShardReportFile[] = [];
  for (const abs of [...new Set(files)].sort()) {
    const file = path.relative(cwd, abs) || abs;
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(abs, 'utf8'));
    } catch (error) {
      throw new InputError([
        {
          file,
          message: `not a readable JSON report: ${(error as Error).message}`,
          severity: 'error',
        },
      ]);
    }
    if (!validate(value)) {
      const e = validate.errors?.[0];
      throw new InputError([
        {
          file,
          message:
            `not an iam-mutate report.json (version 1): ${e?.instancePath || '/'} ${e?.message ?? ''}`.trim(),
          severity: 'error',
        },
      ]);
    }
    const inDirectory = !inputs.some((i) => path.resolve(cwd, i) === abs);
    if (inDirectory && value.shard !== undefined && value.shard.index === undefined) continue;
    out.push({ file, report: value });
  }
  return out;
}

function findReports(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findReports(abs));
    else if (entry.name === 'report.json') found.push(abs);
  }
  return found;
}
