import { RunError } from '../common/errors.js';
import type { RunningEmulator } from '../emulator/start-emulator.js';
import type { IamMutateConfig } from './config/config-types.js';

/** The endpoint the run talks to: the config's URL, or an embedded emulator started here. */
export async function reachEmulator(
  config: IamMutateConfig,
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
      // Loaded only here: a run against an endpoint never parses the emulator.
      const { startEmulator } = await import('../emulator/start-emulator.js');
      const emulator = await startEmulator({
        port: 0,
        enforcement: config.enforcement,
        account: config.account,
        region: config.region,
      });
      started(emulator);
      return emulator.url;
    }
  }
}
