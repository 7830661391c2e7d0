import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator.js';
import { connectAuthorizationLog } from '../../src/mutate/backends/authz-log-client.js';

// A workload run is judged from every decision made during it. When more calls than the
// emulator's in-memory window were made before the log was read, the oldest are gone: the run
// must fail, not be judged from what is left.
describe('authorization log client', () => {
  let emulator: RunningEmulator;
  let s3: S3Client;
  before(async () => {
    emulator = await startEmulator({ port: 0, authzLogCapacity: 4 });
    s3 = new S3Client({
      endpoint: emulator.url,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
  });
  after(async () => {
    s3.destroy();
    await emulator.stop();
  });

  it('reads a run whose calls all fit in the window', async () => {
    const log = await connectAuthorizationLog(emulator.url, '000000000000');
    assert.ok(log !== undefined);
    const cursor = await log.mark();
    for (let i = 0; i < 3; i++) await s3.send(new ListBucketsCommand({}));
    // Admin calls are logged (as bypassed) but belong to no role's session.
    assert.deepEqual(await log.readSince(cursor, 'workload', 'policy'), []);
  });

  it('fails when records of the run left the window unread', async () => {
    const log = (await connectAuthorizationLog(emulator.url, '000000000000'))!;
    const cursor = await log.mark();
    for (let i = 0; i < 12; i++) await s3.send(new ListBucketsCommand({}));
    await assert.rejects(
      log.readSince(cursor, 'workload', 'policy'),
      /authorization log lost records \d+\.\.\d+ before they were read/,
    );
  });
});
