import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { RunError } from '../common/errors.js';
import { runCommandWorkload } from './backends/command-workload.js';
import { applySetupPython, type SetupPython } from './setup-interpreter.js';
import { parseSetupOutputs } from './setup-outputs.js';
import { workloadEnvironment, type EmulatorCredentials } from './workload-environment.js';

export interface SetupRun {
  script: string;
  rootDir: string;
  endpoint: string;
  region: string;
  admin: EmulatorCredentials;
  hostEnv: Readonly<Record<string, string | undefined>>;
  /** Host variables passed beyond the allow-list (the config's `env:`). */
  envNames?: readonly string[];
  emptyConfigFile: string;
  timeoutMs: number;
  /** The run's stop signal: kills the setup script's process group. */
  signal?: AbortSignal;
  /** Called once the script's process has been started. */
  onStarted?: () => void;
  /**
   * The interpreter the script's `#!/usr/bin/env python3` line resolves to, when the run has
   * looked it up (setup-interpreter.ts): the script is then started on it directly.
   */
  python?: Promise<SetupPython | undefined>;
}

/**
 * Runs the config's setup script once, as admin against the emulator, and returns the
 * KEY=VALUE outputs it appended to $IAM_MUTATE_OUTPUT. A failing setup stops the run.
 */
export async function runSetup(setup: SetupRun): Promise<Record<string, string>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'iam-mutate-setup-'));
  const outputFile = path.join(dir, 'outputs.env');
  try {
    await writeFile(outputFile, '');
    const env = workloadEnvironment(
      setup.hostEnv,
      setup.endpoint,
      setup.region,
      setup.admin,
      { IAM_MUTATE_OUTPUT: outputFile },
      setup.emptyConfigFile,
      setup.envNames,
    );
    const python = await setup.python;
    const result = await runCommandWorkload(
      python
        ? 'exec "$1" "$0"'
        : // A script without the executable bit is run with bash rather than failing on a mode bit.
          'if [ -x "$0" ]; then exec "$0"; else exec bash "$0"; fi',
      {
        cwd: setup.rootDir,
        timeoutMs: setup.timeoutMs,
        env: python ? applySetupPython(env, python) : env,
        args: python ? [setup.script, python.executable] : [setup.script],
        ...(setup.signal && { signal: setup.signal }),
        ...(setup.onStarted && { onSpawned: setup.onStarted }),
      },
    );
    const name = path.relative(setup.rootDir, setup.script) || setup.script;
    if (result.kind === 'timeout') {
      throw new RunError(`setup ${name} did not finish within ${setup.timeoutMs} ms`);
    }
    if (result.kind === 'exited' && result.exitCode !== 0) {
      const tail = (result.stderr || result.stdout).trim().split('\n').slice(-15).join('\n');
      throw new RunError(`setup ${name} failed with exit code ${result.exitCode}:\n${tail}`);
    }
    return parseSetupOutputs(await readFile(outputFile, 'utf8'), `${name} ($IAM_MUTATE_OUTPUT)`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
