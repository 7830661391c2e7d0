/**
 * Lambda runtime latency (src/emulator/lambda/runtime): warm invoke p50/p95 and cold start, for
 * a Python handler with no AWS call and one that makes one real S3 GetObject against the
 * embedded emulator (signed with an assumed role's session, enforced, authorization-logged),
 * plus a Node.js handler with no AWS call. Target: warm Python + S3 invoke under 30 ms p50.
 *
 * Then the first invoke after CreateFunction of a Python function whose module imports boto3
 * and builds its client at import time (as the example workload does): the pool's warm() (what
 * CreateFunction calls) immediately followed by invoke(), on a pool that spawns a fresh worker
 * and on one whose Python standby (standby.ts) is ready, alternately in one run.
 *
 * Workers are driven through the pool directly (no Invoke HTTP round trip), which is what the
 * mutation loop pays per invoke on top of one Lambda API request.
 * Run: npm run bench -- lambda
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CreateRoleCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { createWorkerPool, type InvokeRequest } from '../src/emulator/lambda/runtime/index.js';
import { startEmulator } from '../src/emulator/start-emulator.js';

const WARM_INVOKES = 200;
const COLD_STARTS = 5;
const FIRST_INVOKE_ROUNDS = 7;

const HANDLERS = {
  'noop.py': 'def handler(event, context):\n    return {"ok": True}\n',
  // The seed tutorial's style: clients created inside the handler, on every invoke.
  's3_get.py': [
    'import boto3',
    'def handler(event, context):',
    '    body = boto3.client("s3").get_object(Bucket="bench-bucket", Key="config.json")["Body"].read()',
    '    return {"bytes": len(body)}',
    '',
  ].join('\n'),
  'noop.mjs': 'export const handler = async () => ({ ok: true });\n',
  // The example workload's style: the client is built once per execution environment.
  'module_client.py': [
    'import boto3',
    'S3 = boto3.client("s3")',
    'def handler(event, context):',
    '    body = S3.get_object(Bucket="bench-bucket", Key="config.json")["Body"].read()',
    '    return {"bytes": len(body)}',
    '',
  ].join('\n'),
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main(): Promise<void> {
  const emulator = await startEmulator({ port: 0 });
  const admin = {
    region: 'us-east-1',
    endpoint: emulator.url,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  };
  const s3 = new S3Client({ ...admin, forcePathStyle: true });
  await s3.send(new CreateBucketCommand({ Bucket: 'bench-bucket' }));
  await s3.send(
    new PutObjectCommand({ Bucket: 'bench-bucket', Key: 'config.json', Body: '{"feature":true}' }),
  );
  const iam = new IAMClient(admin);
  await iam.send(
    new CreateRoleCommand({
      RoleName: 'bench-role',
      AssumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${emulator.accountId}:root` },
            Action: 'sts:AssumeRole',
          },
        ],
      }),
    }),
  );
  await iam.send(
    new PutRolePolicyCommand({
      RoleName: 'bench-role',
      PolicyName: 'read-config',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'GetConfig',
            Effect: 'Allow',
            Action: 's3:GetObject',
            Resource: 'arn:aws:s3:::bench-bucket/*',
          },
        ],
      }),
    }),
  );
  const session = await new STSClient(admin).send(
    new AssumeRoleCommand({
      RoleArn: `arn:aws:iam::${emulator.accountId}:role/bench-role`,
      RoleSessionName: 'bench',
    }),
  );
  const credentials = {
    accessKeyId: session.Credentials!.AccessKeyId!,
    secretAccessKey: session.Credentials!.SecretAccessKey!,
    sessionToken: session.Credentials!.SessionToken!,
  };

  const codeDir = mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-bench-code-'));
  for (const [name, source] of Object.entries(HANDLERS))
    writeFileSync(path.join(codeDir, name), source);
  const tmpRoot = mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-bench-'));
  const pool = createWorkerPool({ tmpRoot, hostEnvironment: process.env });
  await pool.describeRuntime('python3.11'); // the one-time interpreter probe is not a cold start

  let n = 0;
  const request = (functionId: string, runtime: string, handler: string): InvokeRequest => ({
    functionId,
    functionName: functionId,
    runtime,
    handler,
    code: { kind: 'dir', dir: codeDir },
    region: 'us-east-1',
    endpointUrl: emulator.url,
    timeoutMs: 10_000,
    credentials,
    invokedFunctionArn: `arn:aws:lambda:us-east-1:${emulator.accountId}:function:${functionId}`,
    requestId: `bench-${n++}`,
    event: '{}',
  });

  const rows: Array<{ name: string; coldP50: number; warmP50: number; warmP95: number }> = [];
  const standbyPool = createWorkerPool({ tmpRoot, hostEnvironment: process.env });
  standbyPool.lookUpEarly('python');
  const first = { fresh: [] as number[], standby: [] as number[], load: [] as number[] };
  try {
    for (const [name, runtime, handler] of [
      ['python, no AWS call', 'python3.11', 'noop.handler'],
      ['python, one S3 GetObject', 'python3.11', 's3_get.handler'],
      ['node, no AWS call', 'nodejs20.x', 'noop.handler'],
    ] as const) {
      const cold: number[] = [];
      for (let i = 0; i < COLD_STARTS; i++) {
        pool.restart(name);
        const started = performance.now();
        const result = await pool.invoke(request(name, runtime, handler));
        cold.push(performance.now() - started);
        if (result.kind !== 'ok') throw new Error(`${name}: ${JSON.stringify(result)}`);
      }
      const warm: number[] = [];
      for (let i = 0; i < WARM_INVOKES; i++) {
        const started = performance.now();
        const result = await pool.invoke(request(name, runtime, handler));
        warm.push(performance.now() - started);
        if (result.kind !== 'ok') throw new Error(`${name}: ${JSON.stringify(result)}`);
      }
      cold.sort((a, b) => a - b);
      warm.sort((a, b) => a - b);
      rows.push({
        name,
        coldP50: percentile(cold, 50),
        warmP50: percentile(warm, 50),
        warmP95: percentile(warm, 95),
      });
    }

    // CreateFunction (warm) then Invoke, fresh worker vs adopted standby, alternately. Each
    // round waits until no standby is importing, so neither side competes with one.
    const standbyReady = async (): Promise<number> => {
      const limit = Date.now() + 30_000;
      while (standbyPool.standby()?.ready !== true) {
        if (Date.now() > limit) throw new Error('the standby never became ready');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return standbyPool.standby()!.pid!;
    };
    const firstInvoke = async (
      target: typeof pool,
      functionId: string,
    ): Promise<{ ms: number; pid: number | undefined }> => {
      const req = request(functionId, 'python3.11', 'module_client.handler');
      const started = performance.now();
      await target.warm(req);
      const result = await target.invoke(req);
      const ms = performance.now() - started;
      if (result.kind !== 'ok') throw new Error(`${functionId}: ${JSON.stringify(result)}`);
      return { ms, pid: result.workerPid };
    };
    for (let i = 0; i < FIRST_INVOKE_ROUNDS; i++) {
      await standbyReady();
      first.load.push(os.loadavg()[0]!);
      first.fresh.push((await firstInvoke(pool, `first-fresh-${i}`)).ms);
      const standbyPid = await standbyReady();
      const adopted = await firstInvoke(standbyPool, `first-standby-${i}`);
      if (adopted.pid !== standbyPid) throw new Error('the function did not adopt the standby');
      first.standby.push(adopted.ms);
    }
  } finally {
    await standbyPool.stop();
    await pool.stop();
    await emulator.stop();
    rmSync(codeDir, { recursive: true, force: true });
    rmSync(tmpRoot, { recursive: true, force: true });
  }

  const ms = (x: number): string => x.toFixed(1).padStart(8);
  console.log(
    `lambda runtime latency in ms (${COLD_STARTS} cold starts, ${WARM_INVOKES} warm invokes each)`,
  );
  console.log('handler                   | cold p50 | warm p50 | warm p95');
  for (const r of rows)
    console.log(`${r.name.padEnd(25)} | ${ms(r.coldP50)} | ${ms(r.warmP50)} | ${ms(r.warmP95)}`);
  first.fresh.sort((a, b) => a - b);
  first.standby.sort((a, b) => a - b);
  const loads = `${Math.min(...first.load).toFixed(2)}-${Math.max(...first.load).toFixed(2)}`;
  console.log(
    `\nfirst invoke after CreateFunction, python module builds a boto3 client at import ` +
      `(${FIRST_INVOKE_ROUNDS} rounds, alternately; load average ${loads})`,
  );
  console.log('worker            |   p50 ms |   min ms |   max ms');
  for (const [name, values] of [
    ['fresh spawn', first.fresh],
    ['adopted standby', first.standby],
  ] as const) {
    console.log(
      `${name.padEnd(17)} | ${ms(percentile(values, 50))} | ${ms(values[0]!)} | ${ms(values.at(-1)!)}`,
    );
  }
  console.log(
    `standby saves ${(percentile(first.fresh, 50) - percentile(first.standby, 50)).toFixed(0)} ms p50 ` +
      `(${(percentile(first.fresh, 50) / percentile(first.standby, 50)).toFixed(1)}x)`,
  );
  const s3Row = rows.find((r) => r.name.includes('S3'))!;
  const met = s3Row.warmP50 < 30;
  console.log(
    `target warm python + S3 p50 < 30 ms: ${met ? 'met' : 'NOT met'} (${s3Row.warmP50.toFixed(1)} ms)`,
  );
  if (!met) process.exitCode = 1;
}

await main();
