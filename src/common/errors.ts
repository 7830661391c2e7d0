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
  /** Stopped by SIGINT (Ctrl-C), after restoring what the run changed: 128 + 2, as shells do. */
  interrupted: 130,
  /** Stopped by SIGTERM (a CI runner cancelling), after the same restore: 128 + 15. */
  terminated: 143,
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

/**
 * The run was stopped by a signal (the edges abort the run's AbortSignal with the signal's
 * name). As the error travels out, each layer that undoes something records it in `undone`
 * (or in `leftBehind` when it could not), so the one message printed says what was
 * interrupted and what was restored. Maps to exit 130 (SIGINT) or 143 (SIGTERM).
 */
export class RunInterrupted extends Error {
  /** What was running, outermost first (e.g. the target's policy file). */
  readonly during: string[] = [];
  readonly undone: string[] = [];
  readonly leftBehind: string[] = [];
  constructor(readonly signal: string) {
    super(`interrupted by ${signal}`);
    this.name = 'RunInterrupted';
  }

  get exitCode(): ExitCode {
    return this.signal === 'SIGTERM' ? ExitCode.terminated : ExitCode.interrupted;
  }

  describe(): string {
    const lines = [
      `interrupted by ${this.signal}${this.during.length > 0 ? ` during ${this.during.join(', ')}` : ''}; no report file was written`,
      ...this.undone.map((u) => `  undone: ${u}`),
      ...this.leftBehind.map((l) => `  LEFT BEHIND: ${l}`),
    ];
    return lines.join('\n');
  }
}

/** The interruption behind `error` when the run's signal was aborted (whatever was thrown then). */
export function interruptionOf(
  error: unknown,
  signal: AbortSignal | undefined,
): RunInterrupted | undefined {
  if (error instanceof RunInterrupted) return error;
  if (signal?.aborted !== true) return undefined;
  return new RunInterrupted(signalName(signal));
}

/** Throws the run's interruption once its signal is aborted. */
export function throwIfInterrupted(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw new RunInterrupted(signalName(signal));
}

function signalName(signal: AbortSignal): string {
  return typeof signal.reason === 'string' ? signal.reason : 'an abort';
}

function formatDiagnosticOrMessage(d: Diagnostic): string {
  return d.file ? formatDiagnostic(d) : d.message;
}

/** Maps any thrown value to an exit code and a one-line-per-problem message (no stack traces). */
export function describeFailure(error: unknown): { exitCode: ExitCode; message: string } {
  if (error instanceof InputError) return { exitCode: ExitCode.badInput, message: error.message };
  if (error instanceof RunError) return { exitCode: ExitCode.runBroke, message: error.message };
  if (error instanceof RunInterrupted)
    return { exitCode: error.exitCode, message: error.describe() };
  const message = error instanceof Error ? error.message : String(error);
  return { exitCode: ExitCode.runBroke, message: `internal error: ${message}` };
}
