import { readdirSync, readFileSync } from 'node:fs';

/**
 * Kills a worker and everything it started. Workers are spawned as process-group leaders, so
 * one kill of the group reaches ordinary children; on Linux the descendants are also collected
 * from /proc first, which catches grandchildren that moved to a session of their own (setsid,
 * start_new_session=True). A descendant whose parent had already exited before the kill was
 * re-parented away and cannot be found; that is the documented limit.
 */
export function killProcessTree(rootPid: number): void {
  const descendants = listDescendants(rootPid);
  signal(-rootPid);
  signal(rootPid);
  for (const pid of descendants) {
    signal(-pid); // its own group, if it made one
    signal(pid);
  }
}

function signal(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone, or not a group leader
  }
}

/** Children, grandchildren, ... of `rootPid` (Linux /proc; empty elsewhere). */
export function listDescendants(rootPid: number): number[] {
  if (process.platform !== 'linux') return [];
  const childrenOf = new Map<number, number[]>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const ppid = parentPid(Number(entry));
    if (ppid === undefined) continue;
    const list = childrenOf.get(ppid) ?? [];
    list.push(Number(entry));
    childrenOf.set(ppid, list);
  }
  const out: number[] = [];
  const queue = [rootPid];
  while (queue.length > 0) {
    for (const child of childrenOf.get(queue.shift()!) ?? []) {
      out.push(child);
      queue.push(child);
    }
  }
  return out;
}

function parentPid(pid: number): number | undefined {
  try {
    // /proc/PID/stat: "pid (comm) state ppid ..."; comm may contain spaces and parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[1]);
  } catch {
    return undefined;
  }
}

/** Peak resident memory of a live process in MB (Linux VmHWM), for the REPORT line. */
export function peakMemoryMb(pid: number): number | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb === undefined ? undefined : Math.ceil(Number(kb) / 1024);
  } catch {
    return undefined;
  }
}
