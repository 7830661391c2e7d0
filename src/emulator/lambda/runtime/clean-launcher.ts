import { readFileSync } from 'node:fs';
import { listDescendants } from './kill-tree.js';

/**
 * The tiny process a worker is started through: `/bin/sh` running the runtime as its child
 * and staying its parent. It is spawned with the worker's own allow-listed environment
 * (invocation-env.ts), so a handler that reads its parent's environment
 * (`/proc/<ppid>/environ`) finds nothing the handler does not already have, instead of the
 * emulator's (which may hold CI tokens). It waits for the runtime and exits as it did: with its
 * status, or by re-raising the signal that ended it, so the pool reports a crash
 * (Runtime.ExitError "signal: ...") the same way. The launcher leads the worker's process group
 * and session, so killing the tree from it reaches the runtime and everything it started.
 *
 * Same-user isolation cannot hide the emulator itself: its pid is the launcher's parent, and
 * any process of the same user may read `/proc/<pid>/environ` of another (README: "Security
 * model").
 */
const SCRIPT = [
  // The launcher's own stderr goes nowhere, so sh's "Killed" notice never enters the log; the
  // runtime keeps the real one (fd 9). Started in the background so the notice is sh's own
  // (a background command ignores SIGINT/SIGQUIT, which Lambda never sends anyway).
  'exec 9>&2 2>/dev/null',
  '"$@" 2>&9 9>&- &',
  'wait $!',
  's=$?',
  // A runtime killed by a signal: die by the same signal (128 + n is how sh reports it).
  'if [ "$s" -gt 128 ] && [ "$s" -lt 160 ]; then kill -s "$(kill -l "$s")" $$; fi',
  'exit "$s"',
].join('\n');

export function launcherCommand(
  executable: string,
  args: readonly string[],
): { command: string; args: string[] } {
  return {
    command: '/bin/sh',
    args: ['-c', SCRIPT, 'iam-mutate-lambda-launcher', executable, ...args],
  };
}

/** The runtime process a launcher started (its only child), once it exists; Linux /proc. */
export function runtimePid(launcherPid: number): number | undefined {
  try {
    const children = readFileSync(
      `/proc/${launcherPid}/task/${launcherPid}/children`,
      'utf8',
    ).trim();
    if (children !== '') return Number(children.split(' ')[0]);
  } catch {
    // no CONFIG_PROC_CHILDREN: walk /proc instead
  }
  return listDescendants(launcherPid)[0];
}
