import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExitCode, RunError } from '../../common/errors.js';
import { runCommand } from './run.js';
import type { CliIo } from '../io.js';

const EXAMPLE_CONFIG = path.join('examples', 'least-privilege', 'iam-mutate.yml');

/**
 * Runs the bundled least-privilege example (a Lambda touching six services, a policy with one
 * statement per call) on the embedded emulator, exactly as `iam-mutate run` would, with the
 * package root as repository root and the reports in a temporary directory.
 */
export async function demoCommand(io: CliIo): Promise<ExitCode> {
  const root = packageRoot();
  const reportDir = mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-demo-'));
  io.stderr(
    'iam-mutate demo: proving the six-statement example policy (examples/least-privilege/)\n' +
      'on the embedded emulator: setup, one baseline, then one run per mutant.\n\n',
  );
  return runCommand(
    {
      name: 'run',
      config: EXAMPLE_CONFIG,
      reportDir,
      only: [],
      failOn: 'unjustified',
      useAuthorizationLog: true,
      // The demo shows the proof being made, every time.
      cache: false,
    },
    { ...io, cwd: root },
  );
}

/** The directory holding examples/, found upwards from this module (bundled or compiled). */
function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, EXAMPLE_CONFIG))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new RunError(`cannot find ${EXAMPLE_CONFIG} next to iam-mutate`);
    dir = parent;
  }
}
