/** A run's stop control, fed by the process's SIGINT/SIGTERM (the edges own the process). */
export interface StopOnSignals {
  /** Aborted on the first signal, with the signal's name as its reason. */
  signal: AbortSignal;
  /** What the run would leave behind if it died now; the core keeps it current. */
  leftovers: Set<string>;
  /** Removes the handlers (the process's default actions apply again). */
  dispose(): void;
}

const EXIT_CODE: Record<'SIGINT' | 'SIGTERM', number> = { SIGINT: 130, SIGTERM: 143 };

/**
 * The first SIGINT or SIGTERM asks the run to stop cleanly: it restores the role, kills the
 * workload and removes scratch, then fails with exit 130/143. A second signal aborts at once
 * (exit 130/143 too) after printing what is left behind, for someone whose cleanup hangs.
 */
export function stopOnSignals(write: (text: string) => void): StopOnSignals {
  const controller = new AbortController();
  const leftovers = new Set<string>();
  const onSignal = (name: 'SIGINT' | 'SIGTERM') => {
    if (!controller.signal.aborted) {
      const again = name === 'SIGINT' ? 'Ctrl-C' : 'SIGTERM';
      write(
        `\niam-mutate: ${name} received: stopping the run and restoring what it changed (${again} again aborts at once)\n`,
      );
      controller.abort(name);
      return;
    }
    const left = [...leftovers];
    write(
      left.length === 0
        ? `iam-mutate: ${name} again: aborted at once; nothing is left behind\n`
        : `iam-mutate: ${name} again: aborted at once, leaving behind:\n${left.map((l) => `  ${l}\n`).join('')}`,
    );
    process.exit(EXIT_CODE[name]);
  };
  const onInt = () => onSignal('SIGINT');
  const onTerm = () => onSignal('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return {
    signal: controller.signal,
    leftovers,
    dispose() {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
    },
  };
}
