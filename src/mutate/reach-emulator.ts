import { RunError } from '../common/errors.js';
import { startEmulator, type RunningEmulator } from '../emulator/start-emulator.js';
import type { IamMutateConfig } from './config/config-types.js';
import type { EmulatorCredentials } from './workload-environment.js';

/** The endpoint the run talks to: the config's URL, or an embedded emulator started here. */
export async function reachEmulator(
  config: IamMutateConfig,
  /** The embedded emulator's only admin keys (the well-known ones are not accepted). */
  admin: EmulatorCredentials,
  started: (emulator: RunningEmulator) => void,
): Promise<string> {
  switch (config.emulator.kind) {
    case 'endpoint':
      return config.emulator.url;
    case 'localemu':
      throw new RunError(
        'emulator: localemu (booting the LocalEmu container with docker) is not supported yet; start it yourself and set emulator: http://localhost:4566, or use emulator: embedded',
      );
    case 'embedded': {
      const emulator = await startEmulator({
        port: 0,
        enforcement: config.enforcement,
        account: config.account,
        region: config.region,
        adminCredentials: [
          { accessKeyId: admin.accessKeyId, secretAccessKeys: [admin.secretAccessKey] },
        ],
      });
      started(emulator);
      return emulator.url;
    }
  }
}
