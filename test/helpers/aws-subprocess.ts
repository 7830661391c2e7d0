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
