// The nodejs runtime end to end: real node worker processes, no mocks.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { InvokeRequest } from '../../src/emulator/lambda/runtime/index.js';
import {
  errorPayload,
  eventually,
  fixtureDir,
  isProcessAlive,
  newPool,
  okPayload,
  request,
  startS3Stub,
  type TestPool,
} from '../helpers/lambda-runtime.js';

const code = { kind: 'dir' as const, dir: fixtureDir('node') };
const node = (handler: string, extra: Partial<InvokeRequest> = {}): InvokeRequest =>
  request({ runtime: 'nodejs20.x', handler, code, ...extra });

describe('lambda runtime: node', () => {
  let t: TestPool;
  before(() => {
    t = newPool();
  });
  after(async () => {
    await t.close();
  });

  it('runs an async ESM handler with the event and a Lambda context, warm on the second call', async () => {
    const req = node('handlers.echo', { event: '{"n":1}' });
    const first = await t.pool.invoke(req);
    const payload = okPayload(first) as Record<string, unknown>;
    assert.deepEqual(payload.event, { n: 1 });
    assert.equal(payload.requestId, req.requestId);
    assert.equal(payload.functionName, req.functionName);
    assert.equal(payload.memory, '256');
    assert.equal(payload.arn, req.invokedFunctionArn);
    assert.ok(Number(payload.remaining) > 2000);
    const second = await t.pool.invoke(node('handlers.echo'));
    assert.equal((okPayload(second) as { pid: number }).pid, payload.pid);
    assert.equal(second.kind === 'ok' && second.initDurationMs, undefined);
  });

  it('resolves nested handler paths and CommonJS callback handlers', async () => {
    assert.equal(okPayload(await t.pool.invoke(node('handlers.nested.deep.handler'))), 'deep');
    assert.deepEqual(
      okPayload(await t.pool.invoke(node('legacy.callback', { event: '{"x":1}' }))),
      { via: 'callback', event: { x: 1 } },
    );
    assert.equal(okPayload(await t.pool.invoke(node('legacy.succeed'))), 'via context.succeed');
    // callbackWaitsForEmptyEventLoop: the answer waits for the pending timer, whose log is included.
    const drained = await t.pool.invoke(node('legacy.drains'));
    assert.equal(okPayload(drained), 'answered');
    assert.match(drained.kind === 'ok' ? drained.logs : '', /\tINFO\ttimer ran\n/);
  });

  it('formats console output as Lambda does', async () => {
    const req = node('handlers.logs');
    const result = await t.pool.invoke(req);
    assert.equal(okPayload(result), 1);
    const logs = result.kind === 'ok' ? result.logs : '';
    assert.match(
      logs,
      new RegExp(`\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\\t${req.requestId}\\tINFO\\thello node\\n`),
    );
    assert.match(logs, new RegExp(`\\t${req.requestId}\\tERROR\\tsomething bad\\n`));
  });

  it('answers a thrown error with errorType, errorMessage and trace', async () => {
    const result = await t.pool.invoke(node('handlers.boom'));
    const payload = errorPayload(result);
    assert.deepEqual(Object.keys(payload), ['errorType', 'errorMessage', 'trace']);
    assert.equal(payload.errorType, 'TypeError');
    assert.equal(payload.errorMessage, 'node boom');
    const trace = payload.trace as string[];
    assert.equal(trace[0], 'TypeError: node boom');
    assert.match(trace[1]!, /^ {4}at .*handlers\.mjs:\d+:\d+/);
    assert.match(
      result.kind === 'function-error' ? result.logs : '',
      /\tERROR\tInvoke Error \t\{"errorType":"TypeError","errorMessage":"node boom","stack":\["TypeError: node boom",/,
    );
  });

  it('reports a response JSON.stringify cannot serialise', async () => {
    const payload = errorPayload(await t.pool.invoke(node('handlers.circular')));
    assert.equal(payload.errorType, 'Error');
    assert.equal(payload.errorMessage, 'Unable to stringify response body');
  });

  it('reports init failures with the runtime error types', async () => {
    const missing = errorPayload(await t.pool.invoke(node('nosuchmodule.handler')));
    assert.equal(missing.errorType, 'Runtime.ImportModuleError');
    assert.match(
      String(missing.errorMessage),
      /^Error: Cannot find module 'nosuchmodule'\nRequire stack:\n- /,
    );
    assert.match(
      (missing.trace as string[])[0]!,
      /^Runtime\.ImportModuleError: Error: Cannot find module 'nosuchmodule'$/,
    );

    const notExported = errorPayload(await t.pool.invoke(node('handlers.missing')));
    assert.deepEqual(
      [notExported.errorType, notExported.errorMessage],
      ['Runtime.HandlerNotFound', 'handlers.missing is undefined or not exported'],
    );

    const notFunction = errorPayload(await t.pool.invoke(node('handlers.notAFunction')));
    assert.deepEqual(
      [notFunction.errorType, notFunction.errorMessage],
      ['Runtime.HandlerNotFound', 'handlers.notAFunction is not a function'],
    );

    const malformed = errorPayload(await t.pool.invoke(node('nodot')));
    assert.deepEqual(
      [malformed.errorType, malformed.errorMessage],
      ['Runtime.MalformedHandlerName', 'Bad handler'],
    );
  });

  it('times out and kills the worker; a crashed worker answers Runtime.ExitError', async () => {
    const req = node('handlers.never', { timeoutMs: 400 });
    const result = await t.pool.invoke(req);
    assert.equal(result.kind === 'function-error' && result.cause, 'timeout');
    assert.match(
      String(errorPayload(result).errorMessage),
      new RegExp(`Z ${req.requestId} Task timed out after \\d+\\.\\d\\d seconds$`),
    );
    const pid = result.kind === 'function-error' ? result.workerPid! : 0;
    assert.ok(await eventually(() => !isProcessAlive(pid)));

    const exit = node('handlers.exits');
    assert.deepEqual(errorPayload(await t.pool.invoke(exit)), {
      errorType: 'Runtime.ExitError',
      errorMessage: `RequestId: ${exit.requestId} Error: Runtime exited with error: exit status 2`,
    });
  });

  it('isolates the environment and signs SDK v3 calls with the session credentials at AWS_ENDPOINT_URL', async () => {
    const saved = { ...process.env };
    process.env.AWS_SECRET_ACCESS_KEY = 'host-secret-never-to-be-seen';
    process.env.AWS_PROFILE = 'host-profile';
    const stub = await startS3Stub();
    try {
      const env = (
        okPayload(
          await t.pool.invoke(
            node('handlers.env', { functionName: 'node-env', endpointUrl: stub.url }),
          ),
        ) as { env: Record<string, string> }
      ).env;
      assert.ok(!JSON.stringify(env).includes('host-secret-never-to-be-seen'));
      assert.equal(env.AWS_PROFILE, undefined);
      assert.equal(env.AWS_SECRET_ACCESS_KEY, 'session-secret');
      assert.equal(env.AWS_ENDPOINT_URL, stub.url);
      assert.equal(env.AWS_EXECUTION_ENV, 'AWS_Lambda_nodejs20.x');

      const result = await t.pool.invoke(node('handlers.s3', { endpointUrl: stub.url }));
      assert.deepEqual(okPayload(result), { buckets: ['stub-bucket'] });
      const sent = stub.requests.at(-1)!;
      assert.match(
        String(sent.headers.authorization),
        /Credential=ASIATESTSESSION\/\d{8}\/us-east-1\/s3\/aws4_request/,
      );
      assert.equal(sent.headers['x-amz-security-token'], 'session-token');
    } finally {
      process.env = saved;
      await stub.close();
    }
  });

  it('points the AWS SDK v2 (no AWS_ENDPOINT_URL support) at the emulator, from CommonJS and ESM', async () => {
    const stub = await startS3Stub();
    try {
      for (const handler of ['sdk-v2.listBuckets', 'sdk-v2-esm.listBuckets']) {
        const result = await t.pool.invoke(node(handler, { endpointUrl: stub.url }));
        assert.deepEqual(
          (okPayload(result) as { buckets: string[] }).buckets,
          ['stub-bucket'],
          handler,
        );
      }
      const sent = stub.requests.at(-1)!;
      assert.match(String(sent.headers.authorization), /Credential=ASIATESTSESSION\//);
      assert.equal(sent.headers['x-amz-security-token'], 'session-token');
      // Renewed credentials reach v2 clients created after the change.
      await t.pool.invoke(
        node('sdk-v2.listBuckets', {
          endpointUrl: stub.url,
          credentials: { accessKeyId: 'ASIARENEWED', secretAccessKey: 'x' },
        }),
      );
      assert.match(String(stub.requests.at(-1)!.headers.authorization), /Credential=ASIARENEWED\//);
    } finally {
      await stub.close();
    }
  });
});
