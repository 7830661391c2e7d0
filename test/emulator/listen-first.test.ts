import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { listenFirst } from '../../src/emulator/server/listen-first.js';
import { startEmulator } from '../../src/emulator/start-emulator.js';
import type { IamMutateConfig } from '../../src/mutate/config/config-types.js';
import { reachEmulator } from '../../src/mutate/reach-emulator.js';

describe('listen first, serve later (setup starts while the emulator loads)', () => {
  it('a request sent before the emulator is attached waits and is answered by it', async () => {
    const listening = await listenFirst(0, '127.0.0.1');
    const early = fetch(`${listening.url}/early`).then((r) => r.text());
    // The request is in; nothing answers it until the handler is attached.
    await new Promise((resolve) => setTimeout(resolve, 50));
    listening.attach((req, res) => res.end(`served ${req.url}`));
    assert.equal(await early, 'served /early');
    await listening.close();
  });

  it('an emulator that could not start answers 503 with why, early requests included', async () => {
    const listening = await listenFirst(0, '127.0.0.1');
    const early = fetch(`${listening.url}/`, { headers: { connection: 'close' } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await listening.abandon('out of memory');
    const response = await early;
    assert.equal(response.status, 503);
    assert.match(await response.text(), /the emulator could not start: out of memory/);
  });

  it('startEmulator serves on a server the caller bound, and stop() closes it', async () => {
    const listening = await listenFirst(0, '127.0.0.1');
    const sts = new STSClient({
      endpoint: listening.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
    const identity = sts.send(new GetCallerIdentityCommand({}));
    const emulator = await startEmulator({ listening });
    assert.equal(emulator.url, listening.url);
    assert.equal((await identity).Account, '000000000000');
    await emulator.stop();
    assert.equal(listening.server.listening, false);
    sts.destroy();
  });

  it('reachEmulator hands out the address before the embedded emulator is ready', async () => {
    const config = {
      emulator: { kind: 'embedded' },
      enforcement: 'strict',
      account: '111122223333',
      region: 'eu-west-1',
      targets: [],
    } as unknown as IamMutateConfig;
    const admin = { accessKeyId: 'AKIMRUNADMIN', secretAccessKey: 'run-secret' };
    let stop: (() => Promise<void>) | undefined;
    const { endpoint, ready } = await reachEmulator(config, admin, (e) => (stop = () => e.stop()));
    const sts = new STSClient({ endpoint, region: 'eu-west-1', credentials: admin });
    // Sent at once, answered once the emulator is up, by it (the run's account, its admin key).
    const identity = await sts.send(new GetCallerIdentityCommand({}));
    await ready;
    assert.equal(identity.Account, '111122223333');
    sts.destroy();
    await stop?.();
  });
});
