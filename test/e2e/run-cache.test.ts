import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../../src/cli/cli.js';
import { captureIo } from '../helpers/capture-io.js';
import { fixtureCopy, hostEnv, readRunReport } from '../helpers/run-workspace.js';

describe('the incremental cache', () => {
  it('reuses an unchanged target, and re-runs after any change to the repository', async () => {
    const dir = fixtureCopy('iam-mutate-cache-');
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'add', '.');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'fixture');
    const run = async (...extra: string[]) => {
      const c = captureIo(dir, hostEnv());
      const exitCode = await runCli(['run', '--config', 'iam-mutate.yml', ...extra], c.io);
      const report = readRunReport(dir);
      return { exitCode, stderr: c.stderr(), report };
    };

    const first = await run();
    assert.match(first.stderr, /setup: setup\.sh/);
    const second = await run();
    assert.doesNotMatch(second.stderr, /setup:/, 'nothing ran');
    assert.equal(second.exitCode, first.exitCode);
    assert.deepEqual(second.report.targets[0]?.statements, first.report.targets[0]?.statements);
    assert.match(
      second.report.targets[0]?.notes.at(-1) ?? '',
      /result reused from \.iam-mutate-cache/,
    );

    assert.match((await run('--no-cache')).stderr, /setup: setup\.sh/, '--no-cache forces a run');

    appendFileSync(path.join(dir, 'workload.py'), '\n# changed\n');
    assert.match((await run()).stderr, /setup: setup\.sh/, 'a changed workload is re-run');
  });
});
