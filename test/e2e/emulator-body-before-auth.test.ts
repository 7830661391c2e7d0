import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { startEmulatorProcess, type EmulatorProcess } from '../helpers/emulator-process.js';

const MiB = 1024 * 1024;

/**
 * Streams `size` bytes as an unsigned PUT; resolves with the status (or 0 when the emulator
 * closed the connection before answering, which refusing the upload early may do).
 */
function unsignedPut(url: string, path: string, size: number): Promise<number> {
  const target = new URL(url);
  return new Promise((resolve) => {
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        method: 'PUT',
        path,
        headers: { 'content-length': String(size) },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', () => resolve(0));
    const chunk = Buffer.alloc(MiB, 0x61);
    let sent = 0;
    const pump = () => {
      while (sent < size) {
        sent += MiB;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

/**
 * Eight concurrent unsigned 100 MiB uploads: refused from their headers (anonymous PutObject is
 * denied before a byte of the body is buffered), the emulator's memory stays flat.
 */
describe('emulator: authenticates before reading the body', () => {
  let emulator: EmulatorProcess;
  before(async () => {
    emulator = await startEmulatorProcess();
    const s3 = new S3Client({
      endpoint: emulator.url,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
    await s3.send(new CreateBucketCommand({ Bucket: 'flood' }));
    s3.destroy();
  });
  after(() => emulator.stop());

  it('keeps peak memory under 150 MiB above idle during eight unsigned 100 MiB PUTs', async () => {
    const idle = emulator.peakRssMiB();
    const statuses = await Promise.all(
      Array.from({ length: 8 }, (_, i) => unsignedPut(emulator.url, `/flood/big-${i}`, 100 * MiB)),
    );
    const peak = emulator.peakRssMiB();
    process.stdout.write(`# idle ${idle.toFixed(0)} MiB, peak ${peak.toFixed(0)} MiB\n`);
    for (const status of statuses) assert.ok(status === 403 || status === 0, String(status));
    assert.ok(peak - idle < 150, `peak ${peak.toFixed(0)} MiB vs idle ${idle.toFixed(0)} MiB`);
    // Still serving.
    const health = await fetch(`${emulator.url}/flood`);
    assert.equal(health.status, 403);
  });
});
