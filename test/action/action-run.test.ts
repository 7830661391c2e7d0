import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';

/** Runs the action's entry point as the runner does: inputs as INPUT_* variables. */
function runAction(workspace: string, inputs: Record<string, string>) {
  const outputFile = path.join(workspace, 'github-output');
  const summaryFile = path.join(workspace, 'step-summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    // A real credential in the runner's environment must never reach the workload.
    AWS_ACCESS_KEY_ID: 'AKIAREALREALREALREAL',
    AWS_SECRET_ACCESS_KEY: 'real-secret-never-used',
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return new Promise<{ status: number | null; stdout: string; outputs: string; summary: string }>(
    (resolve) => {
      const child = spawn(process.execPath, [path.resolve('build/src/action/main.js')], {
        env,
        cwd: workspace,
      });
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stdout += d.toString()));
      child.on('close', (status) =>
        resolve({
          status,
          stdout,
          outputs: readFileSync(outputFile, 'utf8'),
          summary: readFileSync(summaryFile, 'utf8'),
        }),
      );
    },
  );
}

describe('the action (src/action/main.ts)', () => {
  it('runs the config from the workspace, sets outputs and the job summary, fails the gate', async () => {
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-action-'));
    cpSync('test/fixtures/command-workload', workspace, { recursive: true });
    const result = await runAction(workspace, {
      config: 'iam-mutate.yml',
      'fail-on': 'unjustified',
      comment: 'false',
    });
    assert.equal(result.status, 1, result.stdout);
    assert.match(
      result.stdout,
      /::error::iam-mutate: policy\.json: unjustified ReadObjects, ReadConfigAgain, Unused/,
    );
    assert.match(result.outputs, /score<<.*\n25\n/);
    assert.match(result.outputs, /unjustified<<.*\n3\n/);
    // The job summary is comment.md, the same file the run wrote.
    const comment = readFileSync(path.join(workspace, 'iam-mutate-report', 'comment.md'), 'utf8');
    assert.match(result.summary, /<!-- iam-mutate:comment config=iam-mutate\.yml -->/);
    assert.equal(result.summary.trim(), comment.trim());
    assert.match(result.stdout, /ListBucket +✓ killed/);
    for (const file of ['results.sarif', 'mutation.json', 'report.html']) {
      assert.ok(readFileSync(path.join(workspace, 'iam-mutate-report', file), 'utf8').length > 0);
    }
    const report = JSON.parse(
      readFileSync(path.join(workspace, 'iam-mutate-report', 'report.json'), 'utf8'),
    );
    assert.equal(report.targets[0].score, 25);
  });

  it('reports a bad config as an annotation at file:line:column and exit 2', async () => {
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-action-'));
    writeFileSync(
      path.join(workspace, 'cfg.yml'),
      'version: 1\ntargets:\n  - policy: p.json\n    rol: x\n',
    );
    const result = await runAction(workspace, { config: 'cfg.yml', comment: 'false' });
    assert.equal(result.status, 2);
    assert.match(result.stdout, /::error file=cfg\.yml,line=4,col=5::unknown key 'rol'/);
  });

  it('rejects an invalid input with exit 2', async () => {
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-action-'));
    const result = await runAction(workspace, { 'fail-on': 'sometimes', comment: 'false' });
    assert.equal(result.status, 2);
    assert.match(result.stdout, /input 'fail-on' must be unjustified, finding or none/);
  });
});
