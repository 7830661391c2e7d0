import { type Diagnostic, formatDiagnostic } from './diagnostic.js';

/** Process exit statuses; the contract in README.md ("On your laptop": exit codes). */
export const ExitCode = {
  /** Everything verified, the gate passed. */
  ok: 0,
  /** The gate failed: unjustified statements or findings, per `--fail-on`. */
  gateFailed: 1,
  /** Bad input or configuration. */
  badInput: 2,
  /** The run itself broke: emulator or workload error, or a capability not built yet. */
  runBroke: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** The user gave us something we cannot use. Carries located diagnostics; maps to exit 2. */
export class InputError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[] | string) {
    const list: Diagnostic[] =
      typeof diagnostics === 'string'
        ? [{ file: '', message: diagnostics, severity: 'error' }]
        : [...diagnostics];
    super(list.map(formatDiagnosticOrMessage).join('\n'));
    this.name = 'InputError';
    this.diagnostics = list;
  }
}

/** The run could not be completed (not the user's input's fault); maps to exit 3. */
export class RunError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RunError';
  }
}

function formatDiagnosticOrMessage(d: Diagnostic): string {
  return d.file ? formatDiagnostic(d) : d.message;
}

/** Maps any thrown value to an exit code and a one-line-per-problem message (no stack traces). */
export function describeFailure(error: unknown): { exitCode: ExitCode; message: string } {
  if (error instanceof InputError) return { exitCode: ExitCode.badInput, message: error.message };
  if (error instanceof RunError) return { exitCode: ExitCode.runBroke, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { exitCode: ExitCode.runBroke, message: `internal error: ${message}` };
}
