import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../../src/cli/cli.js';
import { captureIo } from '../helpers/capture-io.js';
import { fixtureCopy, hostEnv } from '../helpers/run-workspace.js';

/** Each case runs `iam-mutate run` on the embedded emulator in a fresh copy of the fixture. */
async function run(config: string, edit?: (dir: string) => void) {
  const dir = fixtureCopy('iam-mutate-bad-');
  edit?.(dir);
  const c = captureIo(dir, hostEnv());
  const exitCode = await runCli(['run', '--config', config], c.io);
  return { exitCode, stderr: c.stderr(), dir };
}

describe('iam-mutate run on bad input', () => {
  it('a policy that does not parse: exit 2 at file:line:column, before anything runs', async () => {
    const result = await run('iam-mutate.yml', (dir) =>
      writeFileSync(
        path.join(dir, 'policy.json'),
        '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow", "Action": "s3:GetObject",}\n  ]\n}\n',
      ),
    );
    assert.equal(result.exitCode, 2, result.stderr);
    assert.match(result.stderr, /policy\.json:4:\d+: error: /);
    assert.doesNotMatch(result.stderr, /setup:/, 'setup never ran');
    assert.equal(
      existsSync(path.join(result.dir, 'iam-mutate-report')),
      false,
      'nothing half-written',
    );
  });

  it('a role that does not exist: exit 2 naming it', async () => {
    const result = await run('iam-mutate-bad.yml');
    assert.equal(result.exitCode, 2, result.stderr);
    assert.match(result.stderr, /role 'no-such-role' does not exist on the emulator/);
    assert.doesNotMatch(result.stderr, /\n\s+at /);
  });

  it('a setup script that fails: exit 3 with its output', async () => {
    const result = await run('iam-mutate-setup-fails.yml');
    assert.equal(result.exitCode, 3, result.stderr);
    assert.match(
      result.stderr,
      /setup setup-fails\.sh failed with exit code 7:[\s\S]*bucket quota exceeded/,
    );
  });

  it('a workload that hangs is killed at its timeout: exit 3, baseline timeout', async () => {
    const started = Date.now();
    const result = await run('iam-mutate-hang.yml');
    assert.equal(result.exitCode, 3, result.stderr);
    assert.match(result.stderr, /baseline FAILED: timed out after \d+ ms/);
    assert.ok(Date.now() - started < 20_000);
  });
});
