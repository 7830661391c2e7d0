/**
 * The mutation loop's speed (issue 7), side by side in one run against the same emulator:
 *
 *  1. the six-statement scenario of examples/least-privilege (setup excluded): baseline plus
 *     every mutant, by iam-mutate's loop, versus the naive loop of the LocalEmu tutorial's
 *     scripts (one `aws iam put-role-policy` and one `aws lambda invoke` process per run);
 *     targets: 10x faster than the naive loop, and the whole scenario under 1 s;
 *  2. replay alone: a 200-statement policy against a 1,000-call trace, every mutant classified
 *     offline; target: under 1 s.
 *
 * Run: npm run bench -- mutate
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulator } from '../src/emulator/start-emulator.js';
import { authorizationLogClient } from '../src/mutate/backends/authz-log-client.js';
import { awsSdkBackend } from '../src/mutate/backends/aws-sdk-backend.js';
import type { LoggedCall } from '../src/mutate/logged-call.js';
import { parseConfig } from '../src/mutate/config/load-config.js';
import { generateMutants } from '../src/mutate/mutators/index.js';
import type { PolicyJson } from '../src/mutate/mutators/policy-json.js';
import { predictMutant } from '../src/mutate/replay.js';
import { runSetup } from '../src/mutate/run-setup.js';
import { runTarget } from '../src/mutate/run-target.js';
import { statementUsage } from '../src/mutate/statement-usage.js';
import { preparePolicy } from '../src/mutate/stages/prepare.js';
import { substitutionFor } from '../src/mutate/substitute.js';
import { parsePolicy } from '../src/policy/index.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const ADMIN = { accessKeyId: 'test', secretAccessKey: 'test' };
const ROUNDS = 3;

async function main(): Promise<void> {
  const root = process.cwd();
  const configFile = 'examples/least-privilege/iam-mutate.yml';
  const config = parseConfig(readFileSync(configFile, 'utf8'), { file: configFile, rootDir: root });
  const target = config.targets[0]!;
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-bench-'));
  const emptyConfig = path.join(scratch, 'empty');
  writeFileSync(emptyConfig, '');
  const emulator = await startEmulator({ port: 0 });
  try {
    const outputs = await runSetup({
      script: config.setup!,
      rootDir: root,
      endpoint: emulator.url,
      region: config.region,
      admin: ADMIN,
      hostEnv: process.env,
      emptyConfigFile: emptyConfig,
      timeoutMs: 120_000,
    });
    const fileText = readFileSync(target.policyPath, 'utf8');
    const prepared = preparePolicy({
      fileText,
      parsed: parsePolicy(fileText, target.policy).value!,
      substitution: substitutionFor(config.substitute, outputs, configFile),
    });
    const policyText = prepared.text;
    const backend = awsSdkBackend({
      endpoint: emulator.url,
      region: config.region,
      accountId: config.account,
      admin: ADMIN,
      hostEnv: process.env,
      rootDir: root,
      emptyConfigFile: emptyConfig,
      authorizationLog: authorizationLogClient(emulator.url, config.account),
    });

    // Warm-up: the first invoke starts the function's worker (a cold start either loop pays once).
    await runTarget({
      target,
      prepared,
      backend,
      verify: 'all',
      suggest: false,
      index: 0,
      total: 1,
    });

    const ours: number[] = [];
    let runs = 0;
    for (let i = 0; i < ROUNDS; i++) {
      const started = performance.now();
      const report = await runTarget({
        target,
        prepared,
        backend,
        verify: 'all',
        suggest: false,
        index: 0,
        total: 1,
      });
      ours.push(performance.now() - started);
      runs =
        1 +
        report.mutants.filter((m) => m.predicted !== undefined || m.status !== 'no-coverage')
          .length;
    }

    const naive: number[] = [];
    const policy = JSON.parse(policyText) as PolicyJson;
    const statements = policy.Statement as Record<string, unknown>[];
    const variants = [
      policyText,
      ...statements.map((_, i) =>
        JSON.stringify({ ...policy, Statement: statements.filter((__, j) => j !== i) }),
      ),
    ];
    for (let i = 0; i < ROUNDS; i++) {
      const started = performance.now();
      for (const variant of variants) await naiveRun(emulator.url, emptyConfig, scratch, variant);
      naive.push(performance.now() - started);
    }

    const oursMedian = median(ours);
    const naiveMedian = median(naive);
    console.log('six-statement scenario, setup excluded (median of %d rounds)', ROUNDS);
    console.log(
      `  iam-mutate loop : ${oursMedian.toFixed(0).padStart(6)} ms  (${runs} workload runs: baseline + mutants incl. narrow-resource)`,
    );
    console.log(
      `  naive CLI loop  : ${naiveMedian.toFixed(0).padStart(6)} ms  (${variants.length} runs: baseline + 6 remove-statement mutants)`,
    );
    console.log(
      `  ratio           : ${(naiveMedian / oursMedian).toFixed(1)}x faster (target >= 10x); whole scenario ${oursMedian < 1000 ? 'under' : 'OVER'} 1 s`,
    );
  } finally {
    await emulator.stop();
  }
  replayBenchmark();
}

/** The tutorial's loop: put-role-policy, then invoke, each its own AWS CLI process. */
async function naiveRun(
  endpoint: string,
  emptyConfig: string,
  scratch: string,
  policyText: string,
): Promise<void> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    AWS_ENDPOINT_URL: endpoint,
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_CONFIG_FILE: emptyConfig,
    AWS_SHARED_CREDENTIALS_FILE: emptyConfig,
  };
  const policyFile = path.join(scratch, 'mutant.json');
  writeFileSync(policyFile, policyText);
  await exec(
    'aws',
    [
      'iam',
      'put-role-policy',
      '--role-name',
      'iam-mvp-lambda-role',
      '--policy-name',
      'mutation-test-policy',
      '--policy-document',
      `file://${policyFile}`,
    ],
    env,
  );
  await exec(
    'aws',
    [
      'lambda',
      'invoke',
      '--function-name',
      'iam-mvp-target',
      '--payload',
      '{"request_id":"bench"}',
      path.join(scratch, 'response.json'),
    ],
    env,
  );
  JSON.parse(readFileSync(path.join(scratch, 'response.json'), 'utf8'));
}

function exec(command: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args[1]}: ${stderr}`)),
    );
  });
}

/** 200 statements, 1,000 calls: generate every mutant and predict each one offline. */
function replayBenchmark(): void {
  const statements = Array.from({ length: 200 }, (_, i) => ({
    Sid: `S${i}`,
    Effect: 'Allow',
    Action: i % 10 === 0 ? [`s3:Get*`, 's3:PutObject'] : [`s3:GetObject`, 's3:PutObject'],
    Resource: i % 7 === 0 ? '*' : `arn:aws:s3:::bucket-${i}/*`,
  }));
  const policy: PolicyJson = { Version: '2012-10-17', Statement: statements };
  const calls: LoggedCall[] = Array.from({ length: 1000 }, (_, n) => {
    const i = n % 200;
    const action = n % 3 === 0 ? 's3:PutObject' : 's3:GetObject';
    return {
      action,
      resource: `arn:aws:s3:::bucket-${i}/key-${n}`,
      decision: 'allow',
      matched: [{ policyId: 'role/app/inline/p', index: i, sid: `S${i}` }],
      grantedElsewhere: 0,
      context: { 'aws:SecureTransport': false },
      principalArn: 'arn:aws:sts::000000000000:assumed-role/app/s',
    };
  });
  const started = performance.now();
  const mutants = generateMutants({ policy, usage: statementUsage(policy, calls) });
  const predictions = mutants.map((m) => predictMutant(m, calls));
  const elapsed = performance.now() - started;
  const denied = predictions.filter((p) => p.kind === 'denied').length;
  console.log('replay alone: 200-statement policy, 1,000-call trace');
  console.log(
    `  ${mutants.length} mutants classified in ${elapsed.toFixed(0)} ms (${denied} predicted killed); target < 1000 ms: ${elapsed < 1000 ? 'met' : 'MISSED'}`,
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

await main();
