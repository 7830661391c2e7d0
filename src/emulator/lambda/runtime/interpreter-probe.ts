import { execFile } from 'node:child_process';
import { hostBaseEnvironment } from './invocation-env.js';
import type { InterpreterInfo, RuntimeFamily } from './types.js';

export type ProbeResult =
  | { readonly kind: 'found'; readonly info: InterpreterInfo }
  | { readonly kind: 'missing'; readonly message: string };

// Asks the interpreter about itself without importing boto3 (that alone costs ~0.3 s). A
// version is read from the package's own __version__ line; importlib.metadata (which scans
// every distribution and imports email parsing, ~30 ms, several times that while setup's
// interpreter starts beside it) only when that line is not there.
const PYTHON_PROBE = [
  'import json, re, site, sys, importlib.util',
  'def v(name):',
  '    spec = importlib.util.find_spec(name)',
  '    if spec is None: return None',
  '    try:',
  '        with open(spec.origin, encoding="utf-8") as f:',
  '            m = re.search(r"^__version__ = \\W([\\w.+-]+)\\W", f.read(), re.M)',
  '        if m: return m.group(1)',
  '    except Exception: pass',
  '    try:',
  '        from importlib import metadata',
  '        return metadata.version(name)',
  '    except Exception: return "unknown"',
  'print(json.dumps({"executable": sys.executable, "version": "%d.%d.%d" % sys.version_info[:3],',
  '  "userBase": site.getuserbase() if site.ENABLE_USER_SITE else None,',
  '  "boto3": v("boto3"), "botocore": v("botocore")}))',
].join('\n');

const NODE_PROBE =
  'process.stdout.write(JSON.stringify({executable: process.execPath, version: process.versions.node}))';

/**
 * Finds out what `command` is: its real executable (so workers start it directly, skipping
 * shims such as pyenv's, which cost tens of milliseconds per start), its version, and for Python
 * whether boto3 is importable. Runs with the same allow-listed host environment as workers.
 */
export function probeInterpreter(
  family: RuntimeFamily,
  command: string,
  hostEnvironment: Readonly<Record<string, string | undefined>>,
): Promise<ProbeResult> {
  const args = family === 'python' ? ['-c', PYTHON_PROBE] : ['-e', NODE_PROBE];
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { env: hostBaseEnvironment(hostEnvironment), timeout: 15_000, maxBuffer: 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          const notFound = (error as NodeJS.ErrnoException).code === 'ENOENT';
          resolve({
            kind: 'missing',
            message: missingMessage(family, command, notFound, stderr || error.message),
          });
          return;
        }
        try {
          const raw = JSON.parse(stdout) as Record<string, string | null>;
          resolve({
            kind: 'found',
            info: {
              family,
              executable: raw.executable ?? command,
              version: raw.version ?? 'unknown',
              ...(family === 'python'
                ? {
                    boto3Version: raw.boto3 ?? null,
                    botocoreVersion: raw.botocore ?? null,
                    userBase: raw.userBase ?? null,
                  }
                : {}),
            },
          });
        } catch {
          resolve({ kind: 'missing', message: missingMessage(family, command, false, stdout) });
        }
      },
    );
  });
}

function missingMessage(
  family: RuntimeFamily,
  command: string,
  notFound: boolean,
  detail: string,
): string {
  const what = notFound
    ? `${command} was not found on PATH`
    : `${command} could not be run (${detail.trim().slice(0, 300)})`;
  return family === 'python'
    ? `${what}. Lambda functions with a python3.x runtime run on the local Python 3 interpreter: install Python 3 with boto3 (e.g. apt-get install python3 python3-pip && python3 -m pip install boto3, or actions/setup-python in a workflow).`
    : `${what}. Lambda functions with a nodejs runtime run on the local Node.js: install Node.js 20 or later.`;
}

/** Lambda's Python runtimes ship boto3; handlers here expect it too. */
export function missingBoto3Message(info: InterpreterInfo): string {
  return `boto3 is not importable by ${info.executable} (Python ${info.version}). AWS Lambda's Python runtimes include boto3, so functions here need it too: run \`${info.executable} -m pip install boto3\`.`;
}
