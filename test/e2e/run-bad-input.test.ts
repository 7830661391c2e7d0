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

  /** Writes `name` into the fixture copy and runs it. */
  async function runConfig(name: string, text: string) {
    return run(name, (dir) => writeFileSync(path.join(dir, name), text));
  }
  const TARGET =
    'targets:\n  - policy: policy.json\n    role: workload-role\n    workload:\n      command: python3 workload.py\n';

  it('an invalid policy-name: exit 2 at its line, before the emulator starts', async () => {
    const result = await runConfig(
      'bad-name.yml',
      `version: 1\nsetup: setup.sh\n${TARGET}    policy-name: "has spaces/and slash"\n`,
    );
    assert.equal(result.exitCode, 2, result.stderr);
    assert.match(result.stderr, /bad-name\.yml:8:18: error: 'policy-name' must be 1 to 128/);
    assert.doesNotMatch(result.stderr, /internal error/);
  });

  it('a YAML alias bomb: exit 2 at the first alias', async () => {
    let bomb = 'a0: &a0 [x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 9; i++) {
      bomb += `a${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`;
    }
    const result = await runConfig('bomb.yml', `version: 1\n${bomb}${TARGET}`);
    assert.equal(result.exitCode, 2, result.stderr);
    assert.match(result.stderr, /bomb\.yml:3:\d+: error: invalid YAML: Excessive alias count/);
  });

  for (const [timeout, line] of [
    ['0ms', 'timeout 0ms is out of bounds'],
    ['40000m', 'timeout 40000m is out of bounds'],
  ] as const) {
    it(`timeout: ${timeout}: exit 2 at its line (bounds 1s..15m)`, async () => {
      const result = await runConfig(
        'bad-timeout.yml',
        `version: 1\n${TARGET}    timeout: ${timeout}\n`,
      );
      assert.equal(result.exitCode, 2, result.stderr);
      assert.match(result.stderr, new RegExp(`bad-timeout\\.yml:7:14: error: ${line}`));
    });
  }

  it('${NOPE} in substitute: exit 2 at its line', async () => {
    const result = await runConfig(
      'bad-substitute.yml',
      `version: 1\nsetup: setup.sh\nsubstitute:\n  BUCKET: \${NOPE}\n${TARGET}`,
    );
    assert.equal(result.exitCode, 2, result.stderr);
    assert.match(
      result.stderr,
      /bad-substitute\.yml:4:11: error: \$\{NOPE\} is not an output of setup \(it wrote: BUCKET\)/,
    );
  });

  it("a role setup never created: exit 2 at the target's role line", async () => {
    const result = await run('iam-mutate-bad.yml');
    assert.equal(result.exitCode, 2, result.stderr);
    assert.match(
      result.stderr,
      /iam-mutate-bad\.yml:\d+:11: error: role 'no-such-role' does not exist/,
    );
  });

  for (const url of ['https://sts.amazonaws.com', 'http://192.0.2.1:4566']) {
    it(`emulator: ${url}: exit 2 at its line, nothing signed toward it`, async () => {
      const result = await runConfig('remote.yml', `version: 1\nemulator: ${url}\n${TARGET}`);
      assert.equal(result.exitCode, 2, result.stderr);
      assert.match(result.stderr, /remote\.yml:2:11: error: emulator /);
    });
  }
});
