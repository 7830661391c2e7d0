import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { LocalEmuError, startLocalEmu, withLocalEmu } from '../../src/action/localemu.js';

// The stand-in docker lives in the source tree (test/fixtures is not compiled).
const fakeDockerDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../test/fixtures/fake-docker',
);

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

describe('LocalEmu launcher with a stand-in docker on PATH', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'iam-mutate-docker-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const setup = (name: string, mode = 'healthy') => {
    const logFile = path.join(dir, `${name}.log`);
    const env = {
      ...process.env,
      PATH: `${fakeDockerDir}${path.delimiter}${process.env.PATH}`,
      FAKE_DOCKER_LOG: logFile,
      FAKE_DOCKER_MODE: mode,
    };
    const calls = () =>
      readFileSync(logFile, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as string[]);
    return { env, calls };
  };

  it('runs the container with enforcement, loopback port and docker socket, waits for health, removes it', async () => {
    const { env, calls } = setup('healthy');
    const port = await freePort();
    const lines: string[] = [];
    const status = await withLocalEmu(
      { port, env, log: (l) => lines.push(l), pollIntervalMs: 50 },
      async (endpoint) => {
        assert.equal(endpoint, `http://127.0.0.1:${port}`);
        const res = await fetch(`${endpoint}/_localemu/health`);
        return res.status;
      },
    );
    assert.equal(status, 200);
    const [run, rm] = calls();
    assert.deepEqual(run!.slice(0, 4), ['run', '-d', '--rm', '--name']);
    assert.deepEqual(run!.slice(5), [
      '-p',
      `127.0.0.1:${port}:4566`,
      '-e',
      'IAM_ENFORCEMENT=1',
      '-v',
      '/var/run/docker.sock:/var/run/docker.sock',
      'localemu/localemu',
    ]);
    assert.deepEqual(rm, ['rm', '-f', 'f00dbabe'.repeat(8)]);
    await assert.rejects(
      fetch(`http://127.0.0.1:${port}/_localemu/health`),
      'the stand-in container is gone',
    );
  });

  it('removes the container even when the work fails', async () => {
    const { env, calls } = setup('work-fails');
    const port = await freePort();
    await assert.rejects(
      withLocalEmu({ port, env, log: () => undefined, pollIntervalMs: 50 }, async () => {
        throw new Error('workload broke');
      }),
      /workload broke/,
    );
    assert.deepEqual(
      calls().map((c) => c[0]),
      ['run', 'rm'],
    );
  });

  it('prints the logs and removes the container when health never comes', async () => {
    const { env, calls } = setup('unhealthy', 'unhealthy');
    const port = await freePort();
    const lines: string[] = [];
    const error = await startLocalEmu({
      port,
      env,
      log: (l) => lines.push(l),
      healthTimeoutMs: 5000,
      pollIntervalMs: 50,
    }).then(
      () => assert.fail('should not start'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof LocalEmuError);
    assert.match(
      error.message,
      new RegExp(
        `^LocalEmu was not healthy within 5 s at http://127.0.0.1:${port}/_localemu/health: last answer: HTTP 503$`,
      ),
    );
    assert.ok(lines.includes('  LocalEmu v0.1.dev133 starting'));
    assert.ok(lines.includes('  error: lambda runtime not ready'));
    assert.deepEqual(
      calls().map((c) => c[0]),
      ['run', 'logs', 'rm'],
    );
  });

  it('reports a failed docker run in one line', async () => {
    const { env } = setup('run-fails', 'run-fails');
    await assert.rejects(startLocalEmu({ env, log: () => undefined }), {
      message:
        'docker run localemu/localemu failed (exit 125): docker: Error response from daemon: pull access denied.',
    });
  });

  it('says so when docker is not installed', async () => {
    await assert.rejects(startLocalEmu({ env: { PATH: dir }, log: () => undefined }), {
      message:
        'docker run localemu/localemu failed (exit 127): docker is not on PATH (emulator: localemu needs a docker engine; see docs/github-action.md)',
    });
  });
});
