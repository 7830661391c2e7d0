import { readdirSync, readFileSync } from 'node:fs';

/**
 * Kills a worker and everything it started. Workers are spawned as process-group leaders, so
 * one kill of the group reaches ordinary children; on Linux the descendants are also collected
 * from /proc first, which catches grandchildren that moved to a session of their own (setsid,
 * start_new_session=True). A daemon that double-forked (its parent exited, so it was re-parented
 * away) is found two more ways: it is still in the worker's session unless it called setsid, and
 * its environment still holds `environMarker` (a variable value unique to this worker) unless
 * it scrubbed it. A daemon that both left the session and rewrote its environment escapes; that
 * is the documented limit without cgroups.
 */
export function killProcessTree(rootPid: number, environMarker?: string): void {
  const found = new Set([...listDescendants(rootPid), ...listStrays(rootPid, environMarker)]);
  found.delete(process.pid);
  signal(-rootPid);
  signal(rootPid);
  for (const pid of found) {
    signal(-pid); // its own group, if it made one
    signal(pid);
  }
}

/**
 * Processes of this user in the worker's session (the worker is a session leader: sid = its
 * pid), or whose environment contains `marker`. Linux only; reading another user's environ
 * fails and is skipped.
 */
export function listStrays(sessionId: number, marker: string | undefined): number[] {
  if (process.platform !== 'linux') return [];
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const out: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (pid === sessionId || pid === process.pid) continue;
    if (statFields(pid)?.[3] === String(sessionId)) {
      out.push(pid);
      continue;
    }
    if (marker === undefined) continue;
    try {
      if (readFileSync(`/proc/${pid}/environ`).includes(marker)) out.push(pid);
    } catch {
      // gone, or not ours
    }
  }
  return out;
}

/** /proc/PID/stat fields after "(comm)": state ppid pgrp session ... */
function statFields(pid: number): string[] | undefined {
  try {
    // comm may contain spaces and parentheses: split after the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
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
  const fields = statFields(pid);
  return fields === undefined ? undefined : Number(fields[1]);
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
