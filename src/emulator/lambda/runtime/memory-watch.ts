import { readFileSync } from 'node:fs';

/** How often a busy worker's resident memory is sampled. */
const SAMPLE_MS = 25;

/**
 * Enforces a function's MemorySize the way Lambda's limit shows: a runtime that grows past it
 * is killed with SIGKILL, and the invocation answers Runtime.ExitError "signal: killed". There
 * are no cgroups to ask here, so the runtime process's resident set (Linux /proc/PID/status, VmRSS) is
 * sampled every 25 ms while it works: memory held by the handler's child processes is not
 * counted, and a burst that comes and goes between two samples is not seen. Returns a stop
 * function; `onExceeded` gets the resident size in MB, once.
 */
export function watchMemory(
  pid: () => number | undefined,
  limitMb: number,
  onExceeded: (residentMb: number) => void,
): () => void {
  if (process.platform !== 'linux') return () => undefined;
  const timer = setInterval(() => {
    const id = pid();
    if (id === undefined) return;
    const mb = residentMb(id);
    if (mb !== undefined && mb > limitMb) {
      clearInterval(timer);
      onExceeded(mb);
    }
  }, SAMPLE_MS);
  timer.unref();
  return () => clearInterval(timer);
}

function residentMb(pid: number): number | undefined {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Math.ceil(Number(kb) / 1024);
  } catch {
    return undefined; // gone
  }
}
