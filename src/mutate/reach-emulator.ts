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

/** The endpoint the run talks to: the config's URL, LocalEmu booted here, or an embedded emulator. */
export async function reachEmulator(
  config: IamMutateConfig,
  /** The embedded emulator's only admin keys (the well-known ones are not accepted). */
  admin: EmulatorCredentials,
  started: (emulator: StartedEmulator) => void,
  launchLocalEmu?: LocalEmuLauncher,
): Promise<string> {
  switch (config.emulator.kind) {
    case 'endpoint':
      return config.emulator.url;
    case 'localemu': {
      if (!launchLocalEmu) {
        throw new RunError(
          'emulator: localemu needs a docker engine and is started by `iam-mutate run` or the action; start LocalEmu yourself and set emulator: http://localhost:4566, or use emulator: embedded',
        );
      }
      const emu = await launchLocalEmu();
      started(emu);
      return emu.endpoint;
    }
    case 'embedded': {
      // Loaded only here: a run against an endpoint never parses the emulator.
      const { startEmulator } = await import('../emulator/start-emulator.js');
      const emulator = await startEmulator({
        port: 0,
        enforcement: config.enforcement,
        account: config.account,
        region: config.region,
        adminCredentials: [
          { accessKeyId: admin.accessKeyId, secretAccessKeys: [admin.secretAccessKey] },
        ],
        // While setup runs, so that its CreateFunction does not wait for the interpreter probe.
        ...(config.targets.some((t) => t.workload.kind === 'lambda') && {
          lookUpLambdaRuntimes: ['python'] as const,
        }),
      });
      started(emulator);
      return emulator.url;
    }
  }
}
