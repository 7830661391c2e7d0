import { RunError } from '../common/errors.js';
import type { IamMutateConfig } from './config/config-types.js';
import type { EmulatorCredentials } from './workload-environment.js';

/** Something the run started and must stop at the end, also when the run fails. */
export interface StartedEmulator {
  stop(): Promise<void>;
}

/**
 * Boots LocalEmu for `emulator: localemu` and answers its endpoint. Injected by the edges (the
 * CLI and the action pass src/action/localemu.ts), because running docker is a side effect the
 * pure core does not do itself.
 */
export type LocalEmuLauncher = () => Promise<StartedEmulator & { endpoint: string }>;

/**
 * The endpoint the run talks to, as soon as it has an address; `ready` settles once requests
 * are served (it rejects when the emulator could not start). Requests sent before then wait.
 */
export interface ReachedEmulator {
  endpoint: string;
  ready: Promise<void>;
  /**
   * Settles (whatever it found) once the embedded emulator's early Python lookup has, and so
   * its standby worker has been started; absent when there is none.
   */
  pythonLookedUp?: Promise<void>;
}

/** The endpoint the run talks to: the config's URL, LocalEmu booted here, or an embedded emulator. */
export async function reachEmulator(
  config: IamMutateConfig,
  /** The embedded emulator's only admin keys (the well-known ones are not accepted). */
  admin: EmulatorCredentials,
  started: (emulator: StartedEmulator) => void,
  launchLocalEmu?: LocalEmuLauncher,
  /** The host environment Lambda workers draw their allow-listed variables from. */
  hostEnv?: Readonly<Record<string, string | undefined>>,
  /**
   * The interpreter setup's `#!/usr/bin/env python3` resolved to (run-plan.ts): Lambda's Python
   * is then that one, asked about itself directly instead of through `python3` (and a shim) again.
   */
  setupPython?: Promise<string | undefined>,
): Promise<ReachedEmulator> {
  switch (config.emulator.kind) {
    case 'endpoint':
      return { endpoint: config.emulator.url, ready: Promise.resolve() };
    case 'localemu': {
      if (!launchLocalEmu) {
        throw new RunError(
          'emulator: localemu needs a docker engine and is started by `iam-mutate run` or the action; start LocalEmu yourself and set emulator: http://localhost:4566, or use emulator: embedded',
        );
      }
      const emu = await launchLocalEmu();
      started(emu);
      return { endpoint: emu.endpoint, ready: Promise.resolve() };
    }
    case 'embedded': {
      // Bound first, loaded after: setup can start against the address while the emulator
      // (a large module) loads. A run against an endpoint never parses the emulator.
      const { listenFirst } = await import('../emulator/server/listen-first.js');
      const listening = await listenFirst(0, '127.0.0.1');
      // With a Lambda workload, Python is looked up now rather than once the emulator has
      // loaded: behind a version manager's shim (pyenv's) the lookup takes ~0.4 s, and the
      // function's standby worker waits for it.
      const pythonLookUp = config.targets.some((t) => t.workload.kind === 'lambda')
        ? import('../emulator/lambda/runtime/interpreter-probe.js').then(
            async ({ probeInterpreter }) =>
              probeInterpreter('python', (await setupPython) ?? 'python3', hostEnv ?? {}),
          )
        : undefined;
      const emulator = import('../emulator/start-emulator.js').then(({ startEmulator }) =>
        startEmulator({
          listening,
          enforcement: config.enforcement,
          account: config.account,
          region: config.region,
          adminCredentials: [
            { accessKeyId: admin.accessKeyId, secretAccessKeys: [admin.secretAccessKey] },
          ],
          ...(hostEnv && { lambdaHostEnvironment: hostEnv }),
          // While setup runs, so that its CreateFunction does not wait for the interpreter probe.
          ...(pythonLookUp && { lookUpLambdaRuntimes: ['python'] as const, pythonLookUp }),
        }),
      );
      const ready = emulator.then(
        () => undefined,
        async (error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error);
          await listening.abandon(reason);
          throw new RunError(`the embedded emulator could not start: ${reason}`);
        },
      );
      // Observed by whoever awaits it; never an unhandled rejection in between.
      ready.catch(() => undefined);
      started({
        async stop() {
          const running = await emulator.catch(() => undefined);
          await (running ? running.stop() : listening.close());
        },
      });
      return {
        endpoint: listening.url,
        ready,
        ...(pythonLookUp && {
          pythonLookedUp: Promise.all([pythonLookUp, ready]).then(
            () => undefined,
            () => undefined,
          ),
        }),
      };
    }
  }
}
