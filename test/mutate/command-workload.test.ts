import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCommandWorkload } from '../../src/mutate/backends/command-workload.js';

const env = { PATH: process.env.PATH ?? '/usr/bin:/bin' };
const cwd = os.tmpdir();

describe('runCommandWorkload', () => {
  it('captures exit code, stdout and stderr', async () => {
    const result = await runCommandWorkload('echo out; echo err >&2; exit 3', {
      cwd,
      env,
      timeoutMs: 5000,
    });
    assert.deepEqual(result, { kind: 'exited', exitCode: 3, stdout: 'out\n', stderr: 'err\n' });
  });

  it('runs with exactly the environment it is given', async () => {
    const result = await runCommandWorkload('echo "${AWS_SECRET_ACCESS_KEY:-unset} $X"', {
      cwd,
      env: { ...env, X: 'given' },
      timeoutMs: 5000,
    });
    assert.equal(result.kind === 'exited' && result.stdout, 'unset given\n');
  });

  it('kills the whole process tree at the timeout', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-timeout-'));
    const marker = path.join(dir, 'grandchild-survived');
    const started = Date.now();
    const result = await runCommandWorkload(`(sleep 1.5; touch ${marker}) & sleep 30`, {
      cwd,
      env,
      timeoutMs: 300,
    });
    assert.equal(result.kind, 'timeout');
    assert.ok(Date.now() - started < 5000);
    await new Promise((r) => setTimeout(r, 2000));
    assert.equal(existsSync(marker), false, 'the background grandchild was killed too');
  });
});
