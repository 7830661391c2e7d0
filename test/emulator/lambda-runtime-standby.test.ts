// The Python standby (src/emulator/lambda/runtime/standby.ts): a worker that adopts it must be
// indistinguishable from a fresh one to the handler, and keep every guarantee a fresh one has.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { InvokeRequest, WorkerPool } from '../../src/emulator/lambda/runtime/index.js';
import {
  errorPayload,
  eventually,
  fixtureDir,
  isProcessAlive,
  newPool,
  okPayload,
  request,
  type TestPool,
} from '../helpers/lambda-runtime.js';

const observe = (extra: Partial<InvokeRequest> = {}): InvokeRequest =>
  request({
    runtime: 'python3.11',
    handler: 'observe.handler',
    code: { kind: 'dir', dir: fixtureDir('python-standby') },
    functionName: 'observer',
    environment: { TABLE_NAME: 'events', AWS_REGION: 'eu-west-3' },
    region: 'us-west-2',
    endpointUrl: 'http://127.0.0.1:4599',
    ...extra,
  });
const handlers = (handler: string, extra: Partial<InvokeRequest> = {}): InvokeRequest =>
  request({
    runtime: 'python3.11',
    handler: `handlers.${handler}`,
    code: { kind: 'dir', dir: fixtureDir('python') },
    ...extra,
  });

/** The idle standby's runtime pid, once it has preloaded. */
async function readyStandby(pool: WorkerPool): Promise<number> {
  pool.lookUpEarly('python');
  assert.ok(await eventually(() => pool.standby()?.ready === true, 15_000), 'no standby');
  return pool.standby()!.pid!;
}

type Observed = Record<string, unknown> & { pid: number; environ: Record<string, string> };

describe('lambda runtime: python standby', () => {
  let t: TestPool;
  before(() => {
    t = newPool();
  });
  after(async () => {
    await t.close();
  });

  it('gives a handler the same process view as a fresh worker', async () => {
    // Fresh first: no standby has been asked for yet.
    const fresh = await t.pool.invoke(observe({ functionId: 'fresh' }));
    const standbyPid = await readyStandby(t.pool);
    const adopted = await t.pool.invoke(observe({ functionId: 'adopted' }));
    const a = okPayload(adopted) as Observed;
    const f = okPayload(fresh) as Observed;
    assert.equal(a.pid, standbyPid, 'the standby ran the function');
    assert.notEqual(f.pid, standbyPid);

    // os.environ: identical but for the log stream, which names each execution environment.
    const { AWS_LAMBDA_LOG_STREAM_NAME: freshStream, ...freshEnv } = f.environ;
    const { AWS_LAMBDA_LOG_STREAM_NAME: adoptedStream, ...adoptedEnv } = a.environ;
    assert.deepEqual(adoptedEnv, freshEnv);
    assert.equal(adoptedStream, adopted.kind === 'ok' && adopted.logStreamName);
    assert.notEqual(adoptedStream, freshStream);
    assert.equal(a.environ.TABLE_NAME, 'events');
    assert.equal(a.environ.PWD, fixtureDir('python-standby'), 'PWD as /bin/sh exports it');
    assert.ok(!Object.keys(a.environ).some((k) => k.startsWith('_IAM_MUTATE')));

    // Everything else the handler can observe of its interpreter.
    for (const key of Object.keys(f).filter((k) => k !== 'pid' && k !== 'environ')) {
      assert.deepEqual(a[key], f[key], key);
    }
    assert.equal(a.cwd, fixtureDir('python-standby'));
    assert.equal(a.endpoint, 'http://127.0.0.1:4599', 'module-level clients see the function');
    assert.equal(a.region, 'us-west-2');
    assert.equal(a.credentials, 'ASIATESTSESSION');

    // The cold start is reported as one, module output before START, as for a fresh worker.
    assert.ok(adopted.kind === 'ok' && adopted.initDurationMs !== undefined);
    assert.match(
      adopted.kind === 'ok' ? adopted.logs : '',
      /^INIT_START Runtime Version: python3\.11 .*\n(.*\n)?observe module imported\nSTART RequestId: /,
    );
  });

  it('keeps one idle standby: a new one replaces the adopted one, stop() ends it', async () => {
    const pool = newPool();
    try {
      const first = await readyStandby(pool.pool);
      await pool.pool.invoke(observe({ functionId: 'replace' }));
      assert.ok(
        await eventually(() => (pool.pool.standby()?.pid ?? first) !== first, 15_000),
        'no replacement standby',
      );
      const second = pool.pool.standby()!.pid!;
      assert.ok(isProcessAlive(second));
      await pool.pool.stop();
      assert.ok(await eventually(() => !isProcessAlive(second)), `standby ${second} survived`);
    } finally {
      await pool.close();
    }
  });

  it('adopts a standby that is still importing: it goes on once its preload is done', async () => {
    const pool = newPool();
    try {
      pool.pool.lookUpEarly('python');
      await pool.pool.describeRuntime('python3.11'); // the probe the standby waits for
      assert.ok(await eventually(() => pool.pool.standby()?.pid !== undefined));
      const { pid, ready } = pool.pool.standby()!;
      assert.equal(ready, false, 'import boto3 takes longer than this');
      const result = await pool.pool.invoke(observe({ functionId: 'early' }));
      const payload = okPayload(result) as Observed;
      assert.equal(payload.pid, pid);
      assert.equal(payload.endpoint, 'http://127.0.0.1:4599');
      assert.equal(payload.environ.TABLE_NAME, 'events');
    } finally {
      await pool.close();
    }
  });

  it('reports an init error exactly as a fresh worker does', async () => {
    const broken = (functionId: string): InvokeRequest =>
      request({
        runtime: 'python3.11',
        handler: 'handler.handler',
        code: { kind: 'dir', dir: fixtureDir('python-import-error') },
        functionId,
        functionName: 'broken',
      });
    const pool = newPool();
    try {
      const fresh = await pool.pool.invoke(broken('fresh'));
      const standbyPid = await readyStandby(pool.pool);
      const adopted = await pool.pool.invoke(broken('adopted'));
      assert.equal(adopted.kind === 'function-error' && adopted.cause, 'init');
      assert.equal(adopted.kind === 'function-error' && adopted.workerPid, standbyPid);
      assert.deepEqual(errorPayload(adopted), errorPayload(fresh));
      assert.equal(errorPayload(adopted).errorType, 'Runtime.ImportModuleError');
    } finally {
      await pool.close();
    }
  });

  it('times out and kills the whole tree of an adopted worker', async () => {
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-pids-'));
    const pidFile = path.join(scratch, 'pids.json');
    try {
      const standbyPid = await readyStandby(t.pool);
      const result = await t.pool.invoke(
        handlers('never_returns', { event: JSON.stringify({ pidFile }), timeoutMs: 1000 }),
      );
      assert.equal(result.kind === 'function-error' && result.cause, 'timeout');
      assert.equal(result.kind === 'function-error' && result.workerPid, standbyPid);
      assert.match(result.kind === 'function-error' ? result.logs : '', /children started\n/);
      const pids = JSON.parse(readFileSync(pidFile, 'utf8')) as number[];
      assert.ok(
        await eventually(() => ![standbyPid, ...pids].some(isProcessAlive)),
        `still alive: ${[standbyPid, ...pids].filter(isProcessAlive)}`,
      );
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('enforces MemorySize on an adopted worker', async () => {
    const standbyPid = await readyStandby(t.pool);
    const req = handlers('allocates', { event: JSON.stringify({ mb: 512 }), memoryMb: 128 });
    const result = await t.pool.invoke(req);
    assert.equal(result.kind === 'function-error' && result.workerPid, standbyPid);
    assert.deepEqual(errorPayload(result), {
      errorType: 'Runtime.ExitError',
      errorMessage: `RequestId: ${req.requestId} Error: Runtime exited with error: signal: killed`,
    });
  });

  it('starts fresh when a variable read at interpreter start differs (TZ)', async () => {
    const standbyPid = await readyStandby(t.pool);
    const result = await t.pool.invoke(
      observe({ functionId: 'tz', environment: { TZ: 'Asia/Tokyo' } }),
    );
    const payload = okPayload(result) as Observed;
    assert.notEqual(payload.pid, standbyPid);
    assert.deepEqual(payload.tz, [['JST', 'JST'], -32400]);
    assert.equal(t.pool.standby()?.pid, standbyPid, 'the standby waits for another function');
  });

  it('imports a bundled boto3 from the code directory, as a fresh worker does', async () => {
    const standbyPid = await readyStandby(t.pool);
    const result = await t.pool.invoke(
      request({
        runtime: 'python3.11',
        handler: 'app.handler',
        code: { kind: 'dir', dir: fixtureDir('python-bundled-boto3') },
      }),
    );
    const payload = okPayload(result) as Observed & { boto3: string; preloaded: boolean };
    // The standby saw the shadowing boto3/ and exec'd a fresh interpreter in its place.
    assert.equal(payload.pid, standbyPid);
    assert.equal(payload.boto3, '0.0.0-bundled');
    assert.equal(payload.preloaded, false, 'nothing of the preload is left');
    assert.equal(payload.cwd, fixtureDir('python-bundled-boto3'));
    assert.equal(payload.environ.PWD, fixtureDir('python-bundled-boto3'));
    assert.ok(!Object.keys(payload.environ).some((k) => k.startsWith('_IAM_MUTATE')));
  });

  it('never lets a function variable turn a fresh worker into a standby', async () => {
    const result = await t.pool.invoke(
      observe({
        functionId: 'not-a-standby',
        environment: { _IAM_MUTATE_STANDBY: '1', TZ: 'UTC+1' },
      }),
    );
    const payload = okPayload(result) as Observed;
    assert.ok(!Object.keys(payload.environ).some((k) => k.startsWith('_IAM_MUTATE')));
  });

  it('leaves node functions alone', async () => {
    const standbyPid = await readyStandby(t.pool);
    const result = await t.pool.invoke(
      request({
        runtime: 'nodejs20.x',
        handler: 'handlers.echo',
        code: { kind: 'dir', dir: fixtureDir('node') },
      }),
    );
    assert.equal(result.kind, 'ok', JSON.stringify(result));
    assert.notEqual(result.kind === 'ok' && result.workerPid, standbyPid);
    assert.equal(t.pool.standby()?.pid, standbyPid);
  });
});
