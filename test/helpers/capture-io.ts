import type { CliIo } from '../../src/cli/io.js';

/** A CliIo that records what a command printed, for in-process CLI tests. */
export function captureIo(cwd: string, env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    cwd,
    env,
    interactive: false,
  };
  return {
    io,
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}
