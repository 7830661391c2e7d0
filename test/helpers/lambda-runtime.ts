// Shared set-up for the lambda-runtime tests: fixtures, a pool per test file, a tiny S3 stub.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createWorkerPool,
  type InvokeRequest,
  type InvokeResult,
  type WorkerPool,
  type WorkerPoolOptions,
} from '../../src/emulator/lambda/runtime/index.js';

// build/test/helpers/x.js -> repository root
export const repoRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
);
export const fixtureDir = (name: string): string =>
  path.join(repoRoot, 'test', 'fixtures', 'lambda', name);

export interface TestPool {
  readonly pool: WorkerPool;
  readonly tmpRoot: string;
  close(): Promise<void>;
}

export function newPool(options: Partial<WorkerPoolOptions> = {}): TestPool {
  const tmpRoot = mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-lambda-'));
  const pool = createWorkerPool({ tmpRoot, hostEnvironment: process.env, ...options });
  return {
    pool,
    tmpRoot,
    async close() {
      await pool.stop();
      rmSync(tmpRoot, { recursive: true, force: true });
    },
  };
}

let counter = 0;

export function request(
  overrides: Partial<InvokeRequest> & Pick<InvokeRequest, 'runtime' | 'handler' | 'code'>,
): InvokeRequest {
  counter++;
  const functionName =
    overrides.functionName ?? `fn-${overrides.handler.replace(/[^A-Za-z0-9]/g, '-')}`;
  return {
    functionId: overrides.functionId ?? functionName,
    functionName,
    region: 'us-east-1',
    endpointUrl: 'http://127.0.0.1:4566',
    timeoutMs: 3000,
    memoryMb: 256,
    credentials: {
      accessKeyId: 'ASIATESTSESSION',
      secretAccessKey: 'session-secret',
      sessionToken: 'session-token',
    },
    invokedFunctionArn: `arn:aws:lambda:us-east-1:000000000000:function:${functionName}`,
    requestId: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    event: '{}',
    ...overrides,
  };
}

export function okPayload(result: InvokeResult): unknown {
  if (result.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return JSON.parse(result.payload);
}

export function errorPayload(result: InvokeResult): Record<string, unknown> {
  if (result.kind !== 'function-error')
    throw new Error(`expected function-error, got ${JSON.stringify(result)}`);
  return JSON.parse(result.payload) as Record<string, unknown>;
}

/** Alive means running: a zombie waiting to be reaped counts as dead. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return process.platform !== 'linux';
  }
}

export async function eventually(check: () => boolean, limitMs = 2000): Promise<boolean> {
  const end = Date.now() + limitMs;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return check();
}

export interface S3Stub {
  readonly url: string;
  readonly requests: Array<{ method: string; url: string; headers: IncomingHttpHeaders }>;
  close(): Promise<void>;
}

/** Answers ListBuckets with one bucket and records what it was sent (to check signing). */
export async function startS3Stub(): Promise<S3Stub> {
  const requests: S3Stub['requests'] = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end(
        '<?xml version="1.0" encoding="UTF-8"?>' +
          '<ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">' +
          '<Owner><ID>000000000000</ID><DisplayName>stub</DisplayName></Owner>' +
          '<Buckets><Bucket><Name>stub-bucket</Name><CreationDate>2024-01-01T00:00:00.000Z</CreationDate></Bucket></Buckets>' +
          '</ListAllMyBucketsResult>',
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
