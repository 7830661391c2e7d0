import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, open } from 'node:fs/promises';
import type { IamMutateConfig } from './config/config-types.js';
import { allowedHostEnvironment, forbiddenWorkloadVariable } from './workload-environment.js';

/**
 * The Python a setup script's `#!/usr/bin/env python3` line would start, found once per run.
 *
 * Why: behind a version manager's shim (pyenv, asdf) every start of `python3` runs the
 * manager's shell scripts first, about 0.3 s of CPU here. A run with a Lambda workload looks
 * up `python3` anyway (the function runs on it), so when setup is a Python script the run
 * resolves `python3` once, in setup's directory and environment, and starts both on what it
 * found: setup as `<interpreter> <script>`, with the environment the shim handed to Python
 * (pyenv, for one, puts its version's bin directory first on PATH). That is what the shebang
 * would have run, without a second pass through the shim.
 */
export interface SetupPython {
  /** The interpreter itself (`sys.executable`), started directly. */
  executable: string;
  /** Variables the shim set (or changed) on the way to the interpreter. */
  set: Record<string, string>;
  /** Variables the shim removed. */
  removed: string[];
}

/** The only shebang resolved here: the one every other form (absolute paths, flags) keeps. */
const PYTHON3_SHEBANG = /^#![ \t]*\/usr\/bin\/env[ \t]+python3[ \t]*$/;

// Prints where the interpreter is and the environment it was given, or null when any value is
// not UTF-8 (JSON could not carry it back exactly; the script then runs the usual way).
const PROBE = [
  'import json, os, sys',
  'try:',
  '    env = {k.decode("utf-8"): v.decode("utf-8") for k, v in os.environb.items()}',
  'except UnicodeDecodeError:',
  '    env = None',
  'print(json.dumps({"executable": sys.executable, "environ": env}))',
].join('\n');

/**
 * Resolves `python3` for `script` when its first line is exactly `#!/usr/bin/env python3` and
 * it is executable (otherwise it is not run through that line at all); undefined when it is not,
 * or when the lookup fails in any way: setup then runs as it always does and says itself what
 * is wrong.
 */
export async function resolveSetupPython(
  script: string,
  cwd: string,
  /** Setup's host variables (the allow-list and `env:`), before the emulator's are added. */
  env: Record<string, string>,
): Promise<SetupPython | undefined> {
  if (!(await startsWithPython3Shebang(script))) return undefined;
  const seen = await probe(cwd, env);
  if (seen === undefined) return undefined;
  const set: Record<string, string> = {};
  for (const [key, value] of Object.entries(seen.environ)) {
    // Never a way around the allow-list: a shim cannot hand setup AWS settings or tokens.
    if (env[key] !== value && !forbiddenWorkloadVariable(key)) set[key] = value;
  }
  const removed = Object.keys(env).filter((key) => !(key in seen.environ));
  return { executable: seen.executable, set, removed };
}

/**
 * The lookup a run needs, started at once: with a Lambda workload on the embedded emulator and
 * a Python setup script, `python3` is looked up once for both; undefined otherwise. Started by
 * whoever has the config first (run-and-report.ts, before it loads the rest of the run; else
 * run-plan.ts): behind a version manager's shim the lookup costs ~0.3 s, and setup waits for it.
 */
export function lookUpSetupPython(
  config: IamMutateConfig,
  hostEnv: Readonly<Record<string, string | undefined>>,
  /** A running emulator the run was pointed at (`--endpoint`): nothing is looked up then. */
  endpoint?: string,
): Promise<SetupPython | undefined> | undefined {
  const lambda = config.targets.some((t) => t.workload.kind === 'lambda');
  if (!config.setup || !lambda || endpoint !== undefined) return undefined;
  if (config.emulator.kind !== 'embedded') return undefined;
  const lookUp = resolveSetupPython(
    config.setup,
    config.rootDir,
    allowedHostEnvironment(hostEnv, config.env),
  );
  // Awaited by setup and the emulator's lookup; never an unhandled rejection in between.
  lookUp.catch(() => undefined);
  return lookUp;
}

/** Setup's environment as the shim would have left it for the interpreter. */
export function applySetupPython(
  env: Record<string, string>,
  python: SetupPython,
): Record<string, string> {
  const result = { ...env, ...python.set };
  for (const key of python.removed) delete result[key];
  return result;
}

async function startsWithPython3Shebang(script: string): Promise<boolean> {
  try {
    await access(script, constants.X_OK);
    const file = await open(script, 'r');
    try {
      const head = Buffer.alloc(128);
      const { bytesRead } = await file.read(head, 0, head.length, 0);
      const firstLine = head.subarray(0, bytesRead).toString('utf8').split('\n', 1)[0] ?? '';
      return PYTHON3_SHEBANG.test(firstLine);
    } finally {
      await file.close();
    }
  } catch {
    return false;
  }
}

function probe(
  cwd: string,
  env: Record<string, string>,
): Promise<{ executable: string; environ: Record<string, string> } | undefined> {
  return new Promise((resolve) => {
    execFile(
      'python3',
      // Isolated and without site: neither changes where the interpreter is nor what it was
      // handed, and the answer comes sooner.
      ['-I', '-S', '-c', PROBE],
      { cwd, env, timeout: 15_000, maxBuffer: 4 * 1024 * 1024 },
      (error, stdout) => {
        if (error) return resolve(undefined);
        try {
          const seen = JSON.parse(stdout) as { executable?: unknown; environ?: unknown };
          if (typeof seen.executable !== 'string' || seen.executable === '')
            return resolve(undefined);
          if (seen.environ === null || typeof seen.environ !== 'object') return resolve(undefined);
          resolve({ executable: seen.executable, environ: seen.environ as Record<string, string> });
        } catch {
          resolve(undefined);
        }
      },
    );
  });
}
