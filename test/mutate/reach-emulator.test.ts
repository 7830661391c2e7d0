import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RunError } from '../../src/common/errors.js';
import type { IamMutateConfig } from '../../src/mutate/config/config-types.js';
import { reachEmulator } from '../../src/mutate/reach-emulator.js';

const config = { emulator: { kind: 'localemu' } } as unknown as IamMutateConfig;
const admin = { accessKeyId: 'AKIMTEST', secretAccessKey: 'secret' };

describe('reachEmulator with emulator: localemu', () => {
  it('boots LocalEmu through the launcher the edge passes and hands back what to stop', async () => {
    let stopped = 0;
    let started: { stop(): Promise<void> } | undefined;
    const { endpoint, ready } = await reachEmulator(
      config,
      admin,
      (e) => (started = e),
      async () => ({ endpoint: 'http://127.0.0.1:4566', stop: async () => void stopped++ }),
    );
    assert.equal(endpoint, 'http://127.0.0.1:4566');
    await ready;
    await started?.stop();
    assert.equal(stopped, 1);
  });

  it('without a launcher (a caller that cannot run docker) says how to start it instead', async () => {
    await assert.rejects(
      reachEmulator(config, admin, () => undefined),
      (e: Error) => e instanceof RunError && /emulator: http:\/\/localhost:4566/.test(e.message),
    );
  });
});
