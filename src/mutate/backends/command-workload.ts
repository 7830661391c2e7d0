import { spawn } from 'node:child_process';
import { interruptionOf, throwIfInterrupted } from '../../common/errors.js';
import type { WorkloadResult } from '../backend.js';

const MAX_CAPTURE = 1024 * 1024;

/**
 * Runs a shell command as the workload, in its own process group so that a timeout kills
 * everything it started, not just the shell. Output beyond 1 MiB per stream is dropped
 * (the head is kept: AccessDenied messages come early). When `signal` is aborted (the run is
 * interrupted), the whole group is killed at once and the promise rejects with RunInterrupted.
 */
export function runCommandWorkload(
  command: string,
  options: {
    cwd: string;
    env: Record<string, string>;
    timeoutMs: number;
    args?: string[];
    signal?: AbortSignal;
    /** Called right after the process is started, while it runs. */
    onSpawned?: () => void;
  },
): Promise<WorkloadResult> {
  const { signal } = options;
  throwIfInterrupted(signal);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    // Extra args become $0, $1, ... of the command, so paths need no shell quoting.
    const child = spawn('/bin/sh', ['-c', command, ...(options.args ?? [])], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    const collect = (into: Buffer[]) => {
      let size = 0;
      return (chunk: Buffer) => {
        if (size >= MAX_CAPTURE) return;
        into.push(chunk.subarray(0, MAX_CAPTURE - size));
        size += chunk.length;
      };
    };
    child.stdout.on('data', collect(stdout));
    child.stderr.on('data', collect(stderr));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, options.timeoutMs);
    const interrupt = () => killGroup(child.pid);
    signal?.addEventListener('abort', interrupt, { once: true });
    options.onSpawned?.();
    child.on('error', (error) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', interrupt);
      reject(error);
    });
    child.on('close', (code, exitSignal) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', interrupt);
      // The shell may be gone while its children still run: end the whole group.
      killGroup(child.pid);
      const interrupted = interruptionOf(undefined, signal);
      if (interrupted) {
        interrupted.during.push(`the command \`${command}\` (process group ${child.pid})`);
        interrupted.undone.push(`killed the command's process group ${child.pid}`);
        reject(interrupted);
        return;
      }
      if (timedOut) {
        resolve({ kind: 'timeout', afterMs: Date.now() - started });
        return;
      }
      resolve({
        kind: 'exited',
        exitCode: code ?? (exitSignal ? 128 : 1),
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
  });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
