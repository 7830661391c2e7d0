import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export const ADMIN: Credentials = { accessKeyId: 'test', secretAccessKey: 'test' };

const emptyConfig = path.join(mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-awscfg-')), 'empty');
writeFileSync(emptyConfig, '');

/**
 * An environment for the AWS CLI or boto3 that can only reach the emulator: the host's AWS
 * settings are dropped and ~/.aws is replaced by an empty file.
 */
export function emulatorEnv(
  endpoint: string,
  credentials: Credentials = ADMIN,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(AWS_|BOTO)/.test(k)) env[k] = v;
  }
  return {
    ...env,
    AWS_ENDPOINT_URL: endpoint,
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    ...(credentials.sessionToken !== undefined && { AWS_SESSION_TOKEN: credentials.sessionToken }),
    AWS_CONFIG_FILE: emptyConfig,
    AWS_SHARED_CREDENTIALS_FILE: emptyConfig,
    AWS_PAGER: '',
    AWS_EC2_METADATA_DISABLED: 'true',
  };
}

/** Output of one child process. */
export interface ProcessResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command without blocking the event loop: the emulator under test usually runs in this
 * same process, so a synchronous spawn would deadlock it.
 */
export function run(
  command: string,
  args: string[],
  options: { env?: Record<string, string>; cwd?: string; input?: string; timeoutMs?: number } = {},
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: options.env ?? (process.env as Record<string, string>),
      ...(options.cwd !== undefined && { cwd: options.cwd }),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** Runs the AWS CLI against the emulator; JSON output is parsed when there is any. */
export async function aws(
  endpoint: string,
  args: string[],
  credentials: Credentials = ADMIN,
  cwd?: string,
): Promise<ProcessResult & { json: unknown }> {
  const result = await run('aws', [...args, '--output', 'json'], {
    env: emulatorEnv(endpoint, credentials),
    ...(cwd !== undefined && { cwd }),
  });
  let json: unknown;
  try {
    json = result.stdout.trim() === '' ? undefined : JSON.parse(result.stdout);
  } catch {
    json = undefined;
  }
  return { ...result, json };
}

/** Runs the AWS CLI and insists that it succeeds; answers its parsed JSON output. */
export async function awsOk(
  endpoint: string,
  args: string[],
  credentials: Credentials = ADMIN,
): Promise<Record<string, unknown>> {
  const r = await aws(endpoint, args, credentials);
  assert.equal(r.status, 0, `aws ${args.slice(0, 2).join(' ')}: ${r.stderr}`);
  return r.json as Record<string, unknown>;
}

/**
 * Runs a boto3 script; it prints one JSON document, parsed here. The prelude's `client(name)`
 * names the emulator's endpoint explicitly; `call()` reports ClientErrors as {"error": {...}}.
 */
export async function boto3(url: string, credentials: Credentials, body: string): Promise<unknown> {
  const prelude = [
    'import boto3, json, sys',
    'from botocore.exceptions import ClientError',
    `ENDPOINT = ${JSON.stringify(url)}`,
    '# Always the explicit endpoint: never a default AWS one.',
    'def client(name):',
    "    return boto3.client(name, endpoint_url=ENDPOINT, region_name='us-east-1')",
    'def call(f):',
    '    try:',
    '        r = f()',
    "        r.pop('ResponseMetadata', None)",
    '        return r',
    '    except ClientError as e:',
    "        return {'error': e.response['Error'], 'status': e.response['ResponseMetadata']['HTTPStatusCode']}",
    '',
  ].join('\n');
  const result = await run('python3', ['-c', `${prelude}\n${body}`], {
    env: emulatorEnv(url, credentials),
    timeoutMs: 60_000,
  });
  if (result.status !== 0)
    throw new Error(`boto3 script failed (${result.status}): ${result.stderr}`);
  return JSON.parse(result.stdout) as unknown;
}

/** The AWS CLI with an explicit --endpoint-url (CLI v1 ignores AWS_ENDPOINT_URL for some services). */
export async function cli(url: string, args: string[], credentials: Credentials = ADMIN) {
  return aws(url, [...args, '--endpoint-url', url], credentials);
}
