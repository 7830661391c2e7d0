import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** build/src/cli/main.js, next to this compiled helper's build/test/helpers. */
const MAIN = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'src',
  'cli',
  'main.js',
);

export interface EmulatorProcess {
  url: string;
  child: ChildProcess;
  /** Peak resident memory of the emulator process so far (VmHWM), in MiB. */
  peakRssMiB(): number;
  rssMiB(): number;
  stop(): Promise<void>;
}

/** `iam-mutate emulator --port 0` as a real child process, resolved once it listens. */
export function startEmulatorProcess(
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<EmulatorProcess> {
  const child = spawn(process.execPath, [MAIN, 'emulator', '--port', '0', ...args], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const status = (field: string) => {
    const text = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    return Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(text)?.[1] ?? NaN) / 1024;
  };
  return new Promise((resolve, reject) => {
    let stderr = '';
    const early = (code: number | null) => reject(new Error(`emulator exited ${code}: ${stderr}`));
    child.once('exit', early);
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(stderr)?.[1];
      if (url === undefined) return;
      child.off('exit', early);
      resolve({
        url,
        child,
        peakRssMiB: () => status('VmHWM'),
        rssMiB: () => status('VmRSS'),
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            // A timer keeps this process's event loop alive while the child shuts down.
            const keepAlive = setInterval(() => undefined, 100);
            child.once('exit', () => {
              clearInterval(keepAlive);
              done();
            });
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
