import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../../src/cli/cli.js';
import { captureIo } from '../helpers/capture-io.js';

const JUSTIFIED = path.resolve('test/fixtures/reports/justified');

describe('iam-mutate report --from (issue 12)', () => {
  it('re-renders every report file from a saved report.json', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-report-from-'));
    const c = captureIo(JUSTIFIED);
    const code = await runCli(['report', '--from', 'report.json', '--report-dir', out], c.io);
    assert.equal(code, 0, c.stderr());
    for (const name of [
      'report.json',
      'comment.md',
      'results.sarif',
      'mutation.json',
      'report.html',
    ]) {
      assert.ok(existsSync(path.join(out, name)), `${name} missing`);
    }
    const saved = JSON.parse(readFileSync(path.join(JUSTIFIED, 'report.json'), 'utf8')) as unknown;
    assert.deepEqual(JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')), saved);
    assert.match(readFileSync(path.join(out, 'comment.md'), 'utf8'), /<!-- iam-mutate:comment/);
  });

  it('a missing or invalid report is bad input (exit 2), and nothing is written', async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-report-from-')), 'out');
    const missing = captureIo(JUSTIFIED);
    assert.equal(
      await runCli(['report', '--from', 'nope.json', '--report-dir', out], missing.io),
      2,
    );
    assert.match(missing.stderr(), /nope\.json/);
    const invalid = captureIo(path.resolve('test/fixtures/reports/justified/examples'));
    assert.equal(
      await runCli(
        ['report', '--from', 'least-privilege/policy.json', '--report-dir', out],
        invalid.io,
      ),
      2,
    );
    assert.equal(existsSync(out), false);
  });
});
