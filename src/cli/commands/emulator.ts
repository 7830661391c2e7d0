import { InputError, RunError, type ExitCode, ExitCode as Exit } from '../../common/errors.js';
import { enforcementFromLocalEmu, type EnforcementMode } from '../../emulator/authz/enforcement.js';
import { DROP_IN_ADMIN_CREDENTIALS } from '../../emulator/identity/resolve-caller.js';
import { startEmulator } from '../../emulator/start-emulator.js';
import type { CliIo } from '../io.js';

export interface EmulatorCommand {
  port: number;
  host: string;
  enforcement?: EnforcementMode;
}

/** Resolves when the process is asked to stop (SIGINT/SIGTERM); injectable for tests. */
export type StopSignal = () => Promise<void>;

export function processStopSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/**
 * `iam-mutate emulator`: serves the embedded emulator until SIGINT/SIGTERM. The enforcement
 * mode is --enforcement, else LocalEmu's IAM_ENFORCEMENT (1|soft), else strict.
 */
export async function emulatorCommand(
  command: EmulatorCommand,
  io: CliIo,
  waitForStop: StopSignal = processStopSignal,
): Promise<ExitCode> {
  const enforcement = command.enforcement ?? enforcementFromEnv(io.env.IAM_ENFORCEMENT) ?? 'strict';
  // Listen for the stop signal before announcing the URL: a supervisor that reads the URL and
  // signals at once must not hit the default (abrupt) signal action.
  const stopRequested = waitForStop();
  let emulator;
  try {
    // A drop-in for LocalEmu/LocalStack: their clients sign the well-known keys with any secret.
    emulator = await startEmulator({
      port: command.port,
      host: command.host,
      enforcement,
      adminCredentials: DROP_IN_ADMIN_CREDENTIALS,
      // A standalone emulator is there to be called: have Python ready for the first function.
      lookUpLambdaRuntimes: ['python'],
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new RunError(
        `emulator: ${command.host}:${command.port} is already in use (try --port 0 for a free port)`,
      );
    }
    throw new RunError(
      `emulator: cannot listen on ${command.host}:${command.port}: ${(error as Error).message}`,
    );
  }
  io.stderr(
    `iam-mutate emulator listening on ${emulator.url} (enforcement ${emulator.enforcement}, ` +
      `account ${emulator.accountId}, region ${emulator.region}); authorization log at ${emulator.url}/_iam-mutate/authz-log (signed by an admin key)\n`,
  );
  await stopRequested;
  await emulator.stop();
  io.stderr('iam-mutate emulator stopped\n');
  return Exit.ok;
}

function enforcementFromEnv(value: string | undefined): EnforcementMode | undefined {
  if (value === undefined || value === '') return undefined;
  const mode = enforcementFromLocalEmu(value);
  if (mode === undefined) {
    throw new InputError(`IAM_ENFORCEMENT must be 1, soft, strict or off, not '${value}'`);
  }
  return mode;
}
