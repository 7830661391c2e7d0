import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { describe, it } from 'node:test';
import { emulatorCommand } from '../../src/cli/commands/emulator.js';
import { ExitCode } from '../../src/common/errors.js';
import { captureIo } from '../helpers/capture-io.js';
import { internalFetch } from '../../src/emulator/internal-client.js';

describe('iam-mutate emulator', () => {
  it('serves until told to stop, honouring IAM_ENFORCEMENT=soft', async () => {
    const { io, stderr } = captureIo(process.cwd(), { IAM_ENFORCEMENT: 'soft' });
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const running = emulatorCommand({ port: 0, host: '127.0.0.1' }, io, () => stopped);
    for (let i = 0; i < 50 && !/listening on/.test(stderr()); i++)
      await new Promise((r) => setTimeout(r, 20));
    const url = /listening on (http:\/\/\S+)/.exec(stderr())?.[1];
    assert.ok(url, stderr());
    assert.match(stderr(), /enforcement soft/);
    const health = (await (await internalFetch(url, '/_iam-mutate/health')).json()) as {
      enforcement: string;
    };
    assert.equal(health.enforcement, 'soft');
    stop();
    assert.equal(await running, ExitCode.ok);
    assert.match(stderr(), /stopped/);
    await assert.rejects(internalFetch(url, '/_iam-mutate/health'));
  });

  it('--enforcement wins over IAM_ENFORCEMENT; a bad IAM_ENFORCEMENT is bad input', async () => {
    const { io, stderr } = captureIo(process.cwd(), { IAM_ENFORCEMENT: 'soft' });
    await emulatorCommand({ port: 0, host: '127.0.0.1', enforcement: 'off' }, io, async () => {});
    assert.match(stderr(), /enforcement off/);
    const bad = captureIo(process.cwd(), { IAM_ENFORCEMENT: 'sometimes' });
    await assert.rejects(
      emulatorCommand({ port: 0, host: '127.0.0.1' }, bad.io, async () => {}),
      {
        name: 'InputError',
        message: /IAM_ENFORCEMENT must be 1, soft, strict or off/,
      },
    );
  });

  it('stops cleanly on SIGTERM when run as a process', async () => {
    const child = spawn(process.execPath, ['build/src/cli/main.js', 'emulator', '--port', '0'], {
      env: { ...process.env, IAM_ENFORCEMENT: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const line = await new Promise<string>((resolve) =>
      createInterface({ input: child.stderr! }).once('line', resolve),
    );
    assert.match(line, /listening on http:\/\/127\.0\.0\.1:\d+ \(enforcement strict/);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  });
});
