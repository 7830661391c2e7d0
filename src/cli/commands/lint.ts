/**
 * `iam-mutate lint FILE...`: static findings for policy files, as compiler-style text, JSON or
 * SARIF 2.1.0. Exit 0 when no finding reaches --fail-on (default: warning), 1 when one does,
 * 2 when a file cannot be read or is not a policy (each problem as file:line:col, no stack).
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { type Diagnostic, formatDiagnostic } from '../../common/diagnostic.js';
import { ExitCode } from '../../common/errors.js';
import {
  type LintFinding,
  type LintPolicyKind,
  type LintSeverity,
  lintPolicyText,
} from '../../lint/index.js';
import { MAX_POLICY_CHARS } from '../../lint/lint-text.js';
import { lintSarifLog } from '../../report/lint-sarif.js';
import { TOOL_NAME, VERSION } from '../../version.js';
import type { CliIo } from '../io.js';

export type LintFailOn = LintSeverity | 'none';

export interface LintCommand {
  files: string[];
  format: 'text' | 'json' | 'sarif';
  failOn?: LintFailOn;
  kind?: LintPolicyKind;
  policyKind?: 'inline' | 'managed';
  account?: string;
}

interface FileResult {
  file: string;
  kind?: LintPolicyKind;
  findings: LintFinding[];
  errors: Diagnostic[];
}

const RANK: Record<LintSeverity, number> = { note: 0, warning: 1, error: 2 };

export async function lintCommand(command: LintCommand, io: CliIo): Promise<ExitCode> {
  const results: FileResult[] = [];
  for (const file of command.files) results.push(await lintFile(file, command, io));
  const errors = results.flatMap((r) => r.errors);
  const findings = results.flatMap((r) => r.findings);
  for (const e of errors) io.stderr(`${formatDiagnostic(e)}\n`);
  switch (command.format) {
    case 'text':
      io.stdout(findings.map(formatFinding).join(''));
      break;
    case 'json':
      io.stdout(
        `${JSON.stringify(
          {
            version: 1,
            tool: `${TOOL_NAME} ${VERSION}`,
            files: results.map((r) => ({
              file: r.file,
              ...(r.kind && { kind: r.kind }),
              findings: r.findings,
              errors: r.errors,
            })),
          },
          null,
          2,
        )}\n`,
      );
      break;
    case 'sarif':
      io.stdout(`${JSON.stringify(lintSarifLog(findings), null, 2)}\n`);
      break;
  }
  const counts = { error: 0, warning: 0, note: 0 };
  for (const f of findings) counts[f.severity]++;
  io.stderr(
    `${findings.length} finding(s) in ${results.length} file(s): ${counts.error} error(s), ${counts.warning} warning(s), ${counts.note} note(s)${errors.length ? `; ${errors.length} file problem(s)` : ''}\n`,
  );
  if (errors.length > 0) return ExitCode.badInput;
  const failOn = command.failOn ?? 'warning';
  if (failOn === 'none') return ExitCode.ok;
  const gate = RANK[failOn];
  return findings.some((f) => !f.suppressed && RANK[f.severity] >= gate)
    ? ExitCode.gateFailed
    : ExitCode.ok;
}

async function lintFile(file: string, command: LintCommand, io: CliIo): Promise<FileResult> {
  const full = path.resolve(io.cwd, file);
  const fail = (message: string, position?: Diagnostic['position']): FileResult => ({
    file,
    findings: [],
    errors: [{ file, ...(position && { position }), message, severity: 'error' }],
  });
  let bytes: Buffer;
  try {
    const info = await stat(full);
    if (!info.isFile()) return fail('not a regular file');
    // Refuse before reading: no IAM policy is anywhere near this size.
    if (info.size > MAX_POLICY_CHARS * 4)
      return fail(
        `the file has ${info.size.toLocaleString('en-US')} bytes; too large to be an IAM policy`,
        { line: 1, column: 1 },
      );
    bytes = await readFile(full);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? 'error'})`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return fail('the file is not UTF-8 text', positionOfBadUtf8(bytes));
  }
  const result = lintPolicyText(text, file, {
    ...(command.kind && { kind: command.kind }),
    ...(command.policyKind && { policyKind: command.policyKind }),
    ...(command.account && { accountId: command.account }),
  });
  return {
    file,
    ...(result.kind && { kind: result.kind }),
    findings: result.findings,
    errors: result.errors,
  };
}

/** Line and column of the first byte that is not valid UTF-8, for the error message. */
function positionOfBadUtf8(bytes: Buffer): Diagnostic['position'] {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Binary search for the longest valid prefix (a cut inside a character is also invalid, so
  // back off three bytes to stay on a boundary).
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      decoder.decode(bytes.subarray(0, mid));
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  const prefix = bytes.subarray(0, Math.max(0, lo - 3)).toString('utf8');
  const lines = prefix.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

function formatFinding(f: LintFinding): string {
  const suppressed = f.suppressed ? ` (suppressed: ${f.reason ?? ''})` : '';
  const where = f.sid
    ? ` [${f.sid}]`
    : f.statementIndex !== null
      ? ` [statement #${f.statementIndex}]`
      : '';
  return `${f.file}:${f.line}:${f.column}: ${f.severity} ${f.code}${where} ${f.message}${suppressed}\n  fix: ${f.fix}\n`;
}
