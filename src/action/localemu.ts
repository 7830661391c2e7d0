import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';

/**
 * `emulator: localemu`: boots the LocalEmu container (IAM enforcement on, its Lambda runtime
 * given the docker socket), waits for its health endpoint, and removes it afterwards, also on
 * failure. Only loopback is published: nothing outside the runner can reach it.
 */
export interface LocalEmuOptions {
  /** Image reference; pin a tag or digest in the workflow for reproducible runs. */
  image?: string;
  /** Host port on 127.0.0.1 (the container listens on 4566). */
  port?: number;
  /** The docker executable (tests put a stand-in on PATH). */
  docker?: string;
  /** How long to wait for /_localemu/health to answer 200. */
  healthTimeoutMs?: number;
  pollIntervalMs?: number;
  /** Progress and, on failure, the container's logs. */
  log: (line: string) => void;
  env?: NodeJS.ProcessEnv;
}

export interface LocalEmuHandle {
  endpoint: string;
  containerId: string;
  /** Removes the container (idempotent). */
  stop(): Promise<void>;
}

export class LocalEmuError extends Error {}

export const LOCALEMU_DEFAULT_IMAGE = 'localemu/localemu';
const CONTAINER_PORT = 4566;

export function localEmuRunArgs(image: string, port: number, name: string): string[] {
  return [
    'run',
    '-d',
    '--rm',
    '--name',
    name,
    '-p',
    `127.0.0.1:${port}:${CONTAINER_PORT}`,
    '-e',
    'IAM_ENFORCEMENT=1',
    '-v',
    '/var/run/docker.sock:/var/run/docker.sock',
    image,
  ];
}

export async function startLocalEmu(options: LocalEmuOptions): Promise<LocalEmuHandle> {
  const docker = options.docker ?? 'docker';
  const image = options.image ?? LOCALEMU_DEFAULT_IMAGE;
  const port = options.port ?? CONTAINER_PORT;
  const env = options.env ?? process.env;
  const name = `iam-mutate-localemu-${randomBytes(4).toString('hex')}`;
  options.log(`Starting LocalEmu (${image}) on 127.0.0.1:${port} with IAM_ENFORCEMENT=1`);
  const run = await exec(docker, localEmuRunArgs(image, port, name), env);
  if (run.code !== 0) {
    throw new LocalEmuError(
      `docker run ${image} failed (exit ${run.code}): ${lastLine(run.stderr) || 'no output'}`,
    );
  }
  const containerId = run.stdout.trim().split('\n').pop() || name;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    const rm = await exec(docker, ['rm', '-f', containerId], env);
    if (rm.code !== 0)
      options.log(`Could not remove LocalEmu container ${containerId}: ${lastLine(rm.stderr)}`);
  };
  const endpoint = `http://127.0.0.1:${port}`;
  const timeout = options.healthTimeoutMs ?? 60_000;
  try {
    await waitForHealth(`${endpoint}/_localemu/health`, timeout, options.pollIntervalMs ?? 500);
  } catch (error) {
    const logs = await exec(docker, ['logs', '--tail', '200', containerId], env);
    options.log(`LocalEmu did not become healthy; its logs:`);
    for (const line of `${logs.stdout}${logs.stderr}`.split('\n').filter(Boolean))
      options.log(`  ${line}`);
    await stop();
    throw new LocalEmuError(
      `LocalEmu was not healthy within ${Math.round(timeout / 1000)} s at ${endpoint}/_localemu/health: ${(error as Error).message}`,
    );
  }
  options.log(`LocalEmu is healthy at ${endpoint}`);
  return { endpoint, containerId, stop };
}

/** Runs `fn` against a fresh LocalEmu and always removes the container. */
export async function withLocalEmu<T>(
  options: LocalEmuOptions,
  fn: (endpoint: string) => Promise<T>,
): Promise<T> {
  const emu = await startLocalEmu(options);
  try {
    return await fn(emu.endpoint);
  } finally {
    await emu.stop();
  }
}

async function waitForHealth(url: string, timeoutMs: number, intervalMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: string;
  for (;;) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(Math.min(2000, timeoutMs)) });
      await res.arrayBuffer();
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (error) {
      last = (error as Error).cause
        ? String((error as { cause: Error }).cause.message)
        : (error as Error).message;
    }
    if (Date.now() + intervalMs > deadline) throw new Error(`last answer: ${last}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

function exec(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (e: NodeJS.ErrnoException) =>
      resolve({
        code: 127,
        stdout,
        stderr:
          e.code === 'ENOENT'
            ? `${cmd} is not on PATH (emulator: localemu needs a docker engine; see docs/github-action.md)`
            : `${cmd}: ${e.message}`,
      }),
    );
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

function lastLine(text: string): string {
  return text.trim().split('\n').filter(Boolean).pop() ?? '';
}
