// The python3.x runtime end to end: real python3 worker processes, no mocks.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { InvokeRequest } from '../../src/emulator/lambda/runtime/index.js';
import {
  errorPayload,
  eventually,
  fixtureDir,
  isProcessAlive,
  newPool,
  okPayload,
  repoRoot,
  request,
  startS3Stub,
  type TestPool,
} from '../helpers/lambda-runtime.js';

const code = { kind: 'dir' as const, dir: fixtureDir('python') };
const py = (handler: string, extra: Partial<InvokeRequest> = {}): InvokeRequest =>
  request({ runtime: 'python3.11', handler: `handlers.${handler}`, code, ...extra });

describe('lambda runtime: python', () => {
  let t: TestPool;
  before(() => {
    t = newPool();
  });
  after(async () => {
    await t.close();
  });

  it('runs the handler with the event and a Lambda context', async () => {
    const req = py('echo', { event: '{"hello":"world"}' });
    const result = await t.pool.invoke(req);
    const payload = okPayload(result) as Record<string, unknown>;
    assert.deepEqual(payload.event, { hello: 'world' });
    assert.equal(payload.requestId, req.requestId);
    assert.equal(payload.functionName, req.functionName);
    assert.equal(payload.memory, '256'); // a string, as in AWS's Python runtime
    assert.equal(payload.arn, req.invokedFunctionArn);
    assert.equal(payload.logGroup, `/aws/lambda/${req.functionName}`);
    assert.match(String(payload.logStream), /^\d{4}\/\d{2}\/\d{2}\/\[\$LATEST\][0-9a-f]{32}$/);
    assert.equal(payload.version, '$LATEST');
    assert.ok(Number(payload.remaining) > 2000 && Number(payload.remaining) <= 3000);
    assert.equal(result.kind === 'ok' && result.logStreamName, payload.logStream);
    assert.ok(
      result.kind === 'ok' && result.initDurationMs !== undefined,
      'first invoke is a cold start',
    );
    assert.match(
      result.kind === 'ok' ? result.logs : '',
      /^INIT_START Runtime Version: python3\.11 on local Python 3\.\d+\.\d+ \(.*python.*, boto3 \d+\.\d+\.\d+\)\n(.*\n)?handlers module imported\nSTART RequestId: /,
    );
  });

  it('keeps the worker warm: same process, no init, milliseconds per invoke', async () => {
    const first = await t.pool.invoke(py('echo'));
    const pid = (okPayload(first) as { pid: number }).pid;
    const durations: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const result = await t.pool.invoke(py('echo'));
      durations.push(performance.now() - started);
      assert.equal((okPayload(result) as { pid: number }).pid, pid);
      assert.equal(result.kind === 'ok' && result.initDurationMs, undefined);
    }
    durations.sort((a, b) => a - b);
    assert.ok(
      durations[2]! < 100,
      `warm invokes took ${durations.map((d) => d.toFixed(1)).join(', ')} ms`,
    );
    assert.deepEqual(t.pool.workerPids(py('echo').functionId), [pid]);
  });

  it('captures stdout, stderr and logging per invocation, between START and END/REPORT', async () => {
    const req = py('logs');
    const result = await t.pool.invoke(req);
    assert.equal(okPayload(result), 'done');
    const logs = result.kind === 'ok' ? result.logs : '';
    const body = logs.slice(logs.indexOf('START RequestId:'));
    assert.match(body, new RegExp(`^START RequestId: ${req.requestId} Version: \\$LATEST\n`));
    assert.match(body, /to stdout\n/);
    assert.match(body, /to stderr\n/);
    assert.match(
      body,
      new RegExp(`\\[INFO\\]\\t\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\\t${req.requestId}\\tvia logging\\n`),
    );
    assert.match(
      body,
      new RegExp(
        `END RequestId: ${req.requestId}\nREPORT RequestId: ${req.requestId}\tDuration: [\\d.]+ ms\tBilled Duration: \\d+ ms\tMemory Size: 256 MB\tMax Memory Used: \\d+ MB\t`,
      ),
    );
    // The next invocation's log holds only its own output.
    const again = await t.pool.invoke(req);
    assert.equal((again.kind === 'ok' ? again.logs : '').match(/to stdout/g)?.length, 1);
  });

  it('answers a handler exception as AWS does: Unhandled, errorMessage/errorType/requestId/stackTrace', async () => {
    const req = py('boom', { event: '{"why":"because"}' });
    const result = await t.pool.invoke(req);
    assert.equal(result.kind, 'function-error');
    assert.equal(result.kind === 'function-error' && result.functionError, 'Unhandled');
    assert.equal(result.kind === 'function-error' && result.cause, 'handler');
    const payload = errorPayload(result);
    assert.deepEqual(Object.keys(payload), [
      'errorMessage',
      'errorType',
      'requestId',
      'stackTrace',
    ]);
    assert.equal(payload.errorMessage, 'boom: because');
    assert.equal(payload.errorType, 'ValueError');
    assert.equal(payload.requestId, req.requestId);
    const trace = payload.stackTrace as string[];
    assert.equal(trace.length, 1, 'bootstrap frames are not shown');
    assert.match(trace[0]!, /^ {2}File ".*handlers\.py", line \d+, in boom\n {4}raise ValueError/);
    assert.match(
      result.kind === 'function-error' ? result.payload : '',
      /^\{"errorMessage": "boom: because", "errorType"/,
    );
    assert.match(
      result.kind === 'function-error' ? result.logs : '',
      /\[ERROR\] ValueError: boom: because\rTraceback \(most recent call last\):\r/,
    );
    // The worker survives a handled exception.
    assert.equal(okPayload(await t.pool.invoke(py('echo'))) !== undefined, true);
  });

  it('reports an unserialisable response as Runtime.MarshalError', async () => {
    const payload = errorPayload(await t.pool.invoke(py('unserializable')));
    assert.equal(payload.errorType, 'Runtime.MarshalError');
    assert.equal(
      payload.errorMessage,
      'Unable to marshal response: Object of type set is not JSON serializable',
    );
    assert.deepEqual(payload.stackTrace, []);
  });

  it('refuses a response over 6 MB as Function.ResponseSizeTooLarge', async () => {
    const payload = errorPayload(await t.pool.invoke(py('big_response')));
    assert.deepEqual(payload, {
      errorMessage: 'Response payload size exceeded maximum allowed payload size (6291556 bytes).',
      errorType: 'Function.ResponseSizeTooLarge',
    });
  });

  it('bounds a handler that prints megabytes, keeping the start and the end', async () => {
    const result = await t.pool.invoke(py('chatty', { event: '{"kb": 4096}' }));
    assert.deepEqual(okPayload(result), { kb: 4096 });
    const logs = result.kind === 'ok' ? result.logs : '';
    assert.ok(logs.length < 1.1 * 1024 * 1024, `log kept ${logs.length} chars`);
    assert.match(logs, /\[iam-mutate: \d+ characters of log output dropped\]/);
    assert.match(logs, /the end\nEND RequestId/);
  });

  it('reports a missing module as Runtime.ImportModuleError, and a missing function as Runtime.HandlerNotFound', async () => {
    const importError = await t.pool.invoke(
      request({
        runtime: 'python3.11',
        handler: 'handler.handler',
        code: { kind: 'dir', dir: fixtureDir('python-import-error') },
      }),
    );
    assert.equal(importError.kind === 'function-error' && importError.cause, 'init');
    assert.deepEqual(errorPayload(importError), {
      errorMessage:
        "Unable to import module 'handler': No module named 'module_that_does_not_exist'",
      errorType: 'Runtime.ImportModuleError',
      requestId: '',
      stackTrace: [],
    });
    assert.match(
      importError.kind === 'function-error' ? importError.logs : '',
      /\[ERROR\] Runtime\.ImportModuleError: Unable to import module/,
    );

    const notFound = errorPayload(await t.pool.invoke(py('no_such_function')));
    assert.equal(notFound.errorType, 'Runtime.HandlerNotFound');
    assert.equal(notFound.errorMessage, "Handler 'no_such_function' missing on module 'handlers'");

    const noModule = errorPayload(await t.pool.invoke(py('x', { handler: 'nomodule.handler' })));
    assert.equal(
      noModule.errorMessage,
      "Unable to import module 'nomodule': No module named 'nomodule'",
    );

    const malformed = errorPayload(await t.pool.invoke(py('x', { handler: 'nodot' })));
    assert.equal(malformed.errorType, 'Runtime.MalformedHandlerName');
    assert.equal(
      malformed.errorMessage,
      "Bad handler 'nodot': not enough values to unpack (expected 2, got 1)",
    );
  });

  it('times out as AWS does and kills the whole process tree, setsid children included', async () => {
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-pids-'));
    const pidFile = path.join(scratch, 'pids.json');
    try {
      const req = py('never_returns', { event: JSON.stringify({ pidFile }), timeoutMs: 1000 });
      const started = Date.now();
      const result = await t.pool.invoke(req);
      assert.ok(Date.now() - started < 5000);
      assert.equal(result.kind === 'function-error' && result.cause, 'timeout');
      assert.equal(result.kind === 'function-error' && result.errorType, 'Sandbox.Timedout');
      const payload = errorPayload(result);
      assert.deepEqual(Object.keys(payload), ['errorMessage']);
      assert.match(
        String(payload.errorMessage),
        new RegExp(
          `^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z ${req.requestId} Task timed out after \\d+\\.\\d\\d seconds$`,
        ),
      );
      const logs = result.kind === 'function-error' ? result.logs : '';
      assert.match(logs, /children started\n/);
      assert.match(logs, /Task timed out after \d+\.\d\d seconds\nEND RequestId/);
      const pids = JSON.parse(readFileSync(pidFile, 'utf8')) as number[];
      const worker = result.kind === 'function-error' ? result.workerPid! : 0;
      assert.ok(
        await eventually(() => ![worker, ...pids].some(isProcessAlive)),
        `still alive: ${[worker, ...pids].filter(isProcessAlive)}`,
      );
      // The next invoke gets a fresh worker.
      const next = await t.pool.invoke(
        py('never_returns', { event: JSON.stringify({ pidFile }), timeoutMs: 300 }),
      );
      assert.notEqual(next.kind === 'function-error' && next.workerPid, worker);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  // Lambda kills a function that outgrows its MemorySize: Runtime.ExitError, "signal: killed"
  // (https://repost.aws/knowledge-center/lambda-runtime-error: a runtime exit error, with memory
  // as a cause to check; the error is {"errorType":"Runtime.ExitError","errorMessage":
  // "RequestId: <id> Error: Runtime exited with error: signal: killed"}).
  it('kills a handler that allocates past its MemorySize, as Lambda does', async () => {
    const req = py('allocates', { event: JSON.stringify({ mb: 512 }), memoryMb: 128 });
    const result = await t.pool.invoke(req);
    assert.equal(result.kind === 'function-error' && result.cause, 'exit', JSON.stringify(result));
    assert.deepEqual(errorPayload(result), {
      errorType: 'Runtime.ExitError',
      errorMessage: `RequestId: ${req.requestId} Error: Runtime exited with error: signal: killed`,
    });
    const logs = result.kind === 'function-error' ? result.logs : '';
    assert.match(logs, /Memory Size: 128 MB\tMax Memory Used: (\d+) MB/);
    assert.ok(Number(/Max Memory Used: (\d+) MB/.exec(logs)?.[1]) > 128, logs);
  });

  it('runs a handler that stays under its MemorySize', async () => {
    const req = py('allocates', { event: JSON.stringify({ mb: 32 }), memoryMb: 128 });
    assert.deepEqual(okPayload(await t.pool.invoke(req)), { allocatedMb: 32 });
  });

  it('kills a double-forked setsid daemon when its worker is retired', async () => {
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-daemon-'));
    const pidFile = path.join(scratch, 'daemon.pid');
    try {
      const req = py('spawns_daemon', { event: JSON.stringify({ pidFile }) });
      const result = await t.pool.invoke(req);
      const { daemon } = okPayload(result) as { daemon: number };
      // Out of the worker's tree and session: only its environment still ties it to the worker.
      const fields = (pid: number) => {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2).split(' '); // state ppid pgrp session
      };
      const worker = result.kind === 'ok' ? result.workerPid! : 0;
      assert.notEqual(Number(fields(daemon)[1]), worker, 'no longer the worker’s child');
      assert.notEqual(fields(daemon)[3], fields(worker)[3], 'not in the worker’s session');
      assert.ok(isProcessAlive(daemon), 'the daemon outlives its invocation, as on a warm worker');

      t.pool.restart(req.functionId); // retires the worker

      assert.ok(await eventually(() => !isProcessAlive(daemon)), `daemon ${daemon} still alive`);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('replaces a worker that exits mid-invocation and answers Runtime.ExitError', async () => {
    const req = py('exits');
    const result = await t.pool.invoke(req);
    assert.equal(result.kind === 'function-error' && result.cause, 'exit');
    assert.deepEqual(errorPayload(result), {
      errorType: 'Runtime.ExitError',
      errorMessage: `RequestId: ${req.requestId} Error: Runtime exited with error: exit status 3`,
    });
    assert.match(
      result.kind === 'function-error' ? result.logs : '',
      /about to exit\n[^]*Runtime exited with error: exit status 3\nRuntime\.ExitError\n/,
    );

    const crash = errorPayload(await t.pool.invoke(py('segfault')));
    assert.match(
      String(crash.errorMessage),
      /Error: Runtime exited with error: signal: segmentation fault$/,
    );

    // A later invoke of the same function gets a new worker.
    const a = await t.pool.invoke(py('exits'));
    const b = await t.pool.invoke(py('exits'));
    assert.notEqual(
      a.kind === 'function-error' && a.workerPid,
      b.kind === 'function-error' && b.workerPid,
    );
  });

  it('gives the handler only its own environment: session credentials, endpoint, region; nothing from the host', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, {
      AWS_ACCESS_KEY_ID: 'AKIAHOSTKEY',
      AWS_SECRET_ACCESS_KEY: 'host-secret-never-to-be-seen',
      AWS_SESSION_TOKEN: 'host-token',
      AWS_PROFILE: 'host-profile',
      AWS_CA_BUNDLE: '/host/ca.pem',
      HTTPS_PROXY: 'http://host-proxy:3128',
      PYTHONPATH: '/host/pythonpath',
      NODE_OPTIONS: '--require /host/hook.js',
    });
    try {
      const req = py('environment', {
        functionName: 'env-check',
        environment: { TABLE_NAME: 'events', AWS_REGION: 'eu-west-3' },
        endpointUrl: 'http://127.0.0.1:4599',
        region: 'us-west-2',
      });
      const payload = okPayload(await t.pool.invoke(req)) as {
        env: Record<string, string>;
        endpoint: string;
        home: string;
        cwd: string;
      };
      const text = JSON.stringify(payload.env);
      for (const leaked of [
        'AKIAHOSTKEY',
        'host-secret-never-to-be-seen',
        'host-token',
        'host-profile',
        '/host/ca.pem',
        'host-proxy',
        '/host/',
      ]) {
        assert.ok(!text.includes(leaked), `${leaked} reached the handler`);
      }
      assert.equal(payload.env.AWS_ACCESS_KEY_ID, 'ASIATESTSESSION');
      assert.equal(payload.env.AWS_SECRET_ACCESS_KEY, 'session-secret');
      assert.equal(payload.env.AWS_SESSION_TOKEN, 'session-token');
      assert.equal(payload.env.AWS_ENDPOINT_URL, 'http://127.0.0.1:4599');
      assert.equal(
        payload.endpoint,
        'http://127.0.0.1:4599',
        'boto3 resolves the emulator endpoint',
      );
      assert.equal(
        payload.env.AWS_REGION,
        'us-west-2',
        'reserved variables win over the function environment',
      );
      assert.equal(payload.env.AWS_DEFAULT_REGION, 'us-west-2');
      assert.equal(payload.env.TABLE_NAME, 'events');
      assert.equal(payload.env.AWS_LAMBDA_FUNCTION_NAME, 'env-check');
      assert.equal(payload.env.AWS_EXECUTION_ENV, 'AWS_Lambda_python3.11');
      assert.equal(payload.env._HANDLER, 'handlers.environment');
      assert.equal(payload.env.LAMBDA_TASK_ROOT, code.dir);
      assert.equal(payload.cwd, code.dir);
      assert.equal(readFileSync(payload.env.AWS_CONFIG_FILE!, 'utf8'), '');
      assert.equal(payload.env.AWS_SHARED_CREDENTIALS_FILE, payload.env.AWS_CONFIG_FILE);
      assert.ok(payload.home.startsWith(t.tmpRoot), `HOME is ${payload.home}`);
      assert.ok(
        !Object.keys(payload.env).some((k) => k.startsWith('_IAM_MUTATE')),
        'bootstrap variables are removed',
      );
    } finally {
      process.env = saved;
    }
  });

  it('passes credentials per invocation: a warm worker signs with the latest session', async () => {
    const first = okPayload(await t.pool.invoke(py('whoami'))) as Record<string, string>;
    assert.deepEqual(first, {
      env: 'ASIATESTSESSION',
      token: 'session-token',
      boto3: 'ASIATESTSESSION',
    });
    const renewed = { accessKeyId: 'ASIARENEWED', secretAccessKey: 'renewed-secret' };
    const second = await t.pool.invoke(py('whoami', { credentials: renewed }));
    assert.deepEqual(okPayload(second), { env: 'ASIARENEWED', token: null, boto3: 'ASIARENEWED' });
    assert.equal(second.kind === 'ok' && second.initDurationMs, undefined, 'same warm worker');
  });

  it('calls S3 through boto3 at AWS_ENDPOINT_URL, signed with the session credentials', async () => {
    const stub = await startS3Stub();
    try {
      const result = await t.pool.invoke(py('list_buckets', { endpointUrl: stub.url }));
      assert.deepEqual(okPayload(result), { buckets: ['stub-bucket'] });
      const sent = stub.requests.at(-1)!;
      assert.match(
        String(sent.headers.authorization),
        /Credential=ASIATESTSESSION\/\d{8}\/us-east-1\/s3\/aws4_request/,
      );
      assert.equal(sent.headers['x-amz-security-token'], 'session-token');
    } finally {
      await stub.close();
    }
  });

  it('sets the endpoint itself for botocore versions without AWS_ENDPOINT_URL support', async () => {
    // AWS_IGNORE_CONFIGURED_ENDPOINT_URLS makes modern botocore behave like an old one here.
    const req = py('environment', {
      functionName: 'old-botocore',
      environment: {
        AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true',
        _IAM_MUTATE_FORCE_ENDPOINT_PATCH: '1',
      },
    });
    const payload = okPayload(await t.pool.invoke(req)) as { endpoint: string };
    assert.equal(payload.endpoint, 'http://127.0.0.1:4566');
  });

  it('restarts on request (code changed in place) and on a new deployment package', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-code-'));
    try {
      writeFileSync(
        path.join(dir, 'app.py'),
        'import os\ndef handler(e, c):\n    return [1, os.getpid()]\n',
      );
      const req = (): InvokeRequest =>
        request({
          functionId: 'updatable',
          runtime: 'python3.11',
          handler: 'app.handler',
          code: { kind: 'dir', dir },
        });
      const [v1, pid1] = okPayload(await t.pool.invoke(req())) as [number, number];
      writeFileSync(
        path.join(dir, 'app.py'),
        'import os\ndef handler(e, c):\n    return [2, os.getpid()]\n',
      );
      const [stillV1, samePid] = okPayload(await t.pool.invoke(req())) as [number, number];
      assert.deepEqual(
        [v1, stillV1, samePid],
        [1, 1, pid1],
        'a warm worker keeps the code it loaded',
      );
      t.pool.restart('updatable');
      assert.ok(await eventually(() => !isProcessAlive(pid1)));
      const [v2, pid2] = okPayload(await t.pool.invoke(req())) as [number, number];
      assert.equal(v2, 2);
      assert.notEqual(pid2, pid1);
      // A configuration change (here: an environment variable) starts a fresh worker by itself.
      const changed = await t.pool.invoke({ ...req(), environment: { STAGE: 'b' } });
      assert.notEqual((okPayload(changed) as number[])[1], pid2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('serves concurrent invokes of one function with one worker each', async () => {
    const results = await Promise.all(
      [0, 1, 2].map(() => t.pool.invoke(py('echo', { functionId: 'concurrent' }))),
    );
    const pids = new Set(results.map((r) => (okPayload(r) as { pid: number }).pid));
    assert.equal(pids.size, 3);
  });
});

describe('lambda runtime: python environment problems', () => {
  it('says what to install when the interpreter is missing', async () => {
    const t = newPool({ pythonCommand: 'python3-that-does-not-exist-iam-mutate' });
    try {
      const result = await t.pool.invoke(py('echo'));
      assert.equal(result.kind, 'environment-error');
      assert.match(
        result.kind === 'environment-error' ? result.message : '',
        /python3-that-does-not-exist-iam-mutate was not found on PATH\. .*install Python 3 with boto3/,
      );
    } finally {
      await t.close();
    }
  });

  it('says what to install when boto3 is missing, and reports the version when present', async () => {
    const t = newPool({ pythonCommand: path.join(fixtureDir('bin'), 'python3-without-boto3') });
    try {
      const result = await t.pool.invoke(py('echo'));
      assert.equal(result.kind, 'environment-error');
      assert.match(
        result.kind === 'environment-error' ? result.message : '',
        /boto3 is not importable by .*python3.* -m pip install boto3/,
      );
    } finally {
      await t.close();
    }
    const ok = newPool();
    try {
      const probe = await ok.pool.describeRuntime('python3.11');
      assert.equal(probe.kind, 'found');
      assert.match(probe.kind === 'found' ? String(probe.info.boto3Version) : '', /^\d+\.\d+\.\d+/);
    } finally {
      await ok.close();
    }
  });

  it('bounds the init phase: a module that hangs at import times out', async () => {
    const t = newPool({ initTimeoutMs: 500 });
    try {
      const result = await t.pool.invoke(
        request({
          runtime: 'python3.11',
          handler: 'handler.handler',
          code: { kind: 'dir', dir: fixtureDir('python-slow-init') },
        }),
      );
      assert.equal(result.kind === 'function-error' && result.cause, 'timeout');
      assert.match(
        String(errorPayload(result).errorMessage),
        /Task timed out after \d+\.\d\d seconds$/,
      );
    } finally {
      await t.close();
    }
  });

  it('refuses an unknown runtime', async () => {
    const t = newPool();
    try {
      const result = await t.pool.invoke(py('echo', { runtime: 'java21' }));
      assert.equal(result.kind, 'environment-error');
    } finally {
      await t.close();
    }
  });
});

describe('lambda runtime: python worker lifecycle', () => {
  it('switches configurations under concurrent invokes without stranding a waiter', async () => {
    const t = newPool({ maxWorkersPerFunction: 1 });
    try {
      const a = { functionId: 'switching', environment: { STAGE: 'a' } };
      const b = { functionId: 'switching', environment: { STAGE: 'b' } };
      const results = await Promise.all([
        t.pool.invoke(py('echo', a)),
        t.pool.invoke(py('echo', b)),
        t.pool.invoke(py('echo', a)),
      ]);
      assert.deepEqual(
        results.map((r) => r.kind),
        ['ok', 'ok', 'ok'],
      );
    } finally {
      await t.close();
    }
  });

  it('notes in the first log when the local Python is not the runtime’s version', async () => {
    const t = newPool();
    try {
      const probe = await t.pool.describeRuntime('python3.12');
      const local = probe.kind === 'found' ? probe.info.version : '';
      const runtime = local.startsWith('3.12.') ? 'python3.11' : 'python3.12';
      const result = await t.pool.invoke(py('echo', { runtime }));
      assert.match(
        result.kind === 'ok' ? result.logs : '',
        new RegExp(
          `\\n\\[iam-mutate\\] runtime ${runtime.replace('.', '\\.')} runs on the local Python ${local.replace(/\./g, '\\.')}\\n`,
        ),
      );
    } finally {
      await t.close();
    }
  });
});

describe('lambda runtime: no orphans', () => {
  it('workers end themselves when the emulator process dies without stopping the pool', async () => {
    const tmpRoot = mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-orphan-'));
    const runtimeIndex = path.join(
      repoRoot,
      'build',
      'src',
      'emulator',
      'lambda',
      'runtime',
      'index.js',
    );
    const script = `
      import { createWorkerPool } from ${JSON.stringify(runtimeIndex)};
      const pool = createWorkerPool({ tmpRoot: ${JSON.stringify(tmpRoot)}, hostEnvironment: process.env });
      const base = { functionName: 'orphan', region: 'us-east-1', endpointUrl: 'http://127.0.0.1:1', timeoutMs: 5000,
        credentials: { accessKeyId: 'a', secretAccessKey: 'b' }, invokedFunctionArn: 'arn', event: '{}' };
      const py = await pool.invoke({ ...base, functionId: 'py', runtime: 'python3.11', handler: 'handlers.echo',
        code: { kind: 'dir', dir: ${JSON.stringify(code.dir)} }, requestId: 'r1' });
      const js = await pool.invoke({ ...base, functionId: 'js', runtime: 'nodejs20.x', handler: 'handlers.echo',
        code: { kind: 'dir', dir: ${JSON.stringify(fixtureDir('node'))} }, requestId: 'r2' });
      process.stdout.write(JSON.stringify([py.workerPid, js.workerPid]) + '\\n');
      setInterval(() => {}, 1000); // stay alive until killed
    `;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString()));
        child.once('exit', () => reject(new Error('emulator stand-in exited early')));
      });
      const pids = JSON.parse(line) as number[];
      assert.ok(pids.every(isProcessAlive));
      child.kill('SIGKILL'); // no exit hooks, no stop()
      assert.ok(
        await eventually(() => !pids.some(isProcessAlive), 5000),
        `orphans: ${pids.filter(isProcessAlive)}`,
      );
    } finally {
      child.kill('SIGKILL');
      rmSync(tmpRoot, { recursive: true, force: true });
    }
  });
});
