import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { describe, it } from 'node:test';
import { runCli } from '../../src/cli/cli.js';
import { captureIo } from '../helpers/capture-io.js';

// What `npm run demo` must show a newcomer (issue 16): both verdict kinds, the findings, a
// verified suggestion, and where the reports went. Runs the real demo: embedded emulator,
// the boto3 setup, the Python Lambda.
describe('iam-mutate demo', () => {
  it('shows justified and unjustified statements, findings and a verified suggestion, and writes the reports', async () => {
    const c = captureIo(process.cwd(), {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
    });
    const code = await runCli(['demo'], c.io);
    const err = c.stderr();
    assert.equal(code, 0, err);
    assert.equal(c.stdout(), '', 'the demo prints for people only, on stderr');
    // Progress, as it happens.
    assert.match(err, /^setup: examples\/least-privilege\/setup\.py$/m);
    assert.match(err, /^ {2}baseline passed \(6 authorized calls\)$/m);
    assert.match(err, /mutant \d+\/12 remove-statement LegacyQueue: no-coverage/);
    // Both verdict tables: the golden policy all justified, the flawed one not.
    assert.match(err, /score 100%; every statement is justified/);
    assert.match(
      err,
      /WriteEventAgain +✗ survived +nothing changes without it: WriteEvent grants the same calls/,
    );
    assert.match(err, /DeployAnything +✗ no-coverage +the workload never uses it/);
    assert.match(err, /score 55\.56%; 4 unjustified/);
    // Static findings and the verified suggestion.
    assert.match(err, /PASSROLE_WILDCARD error +DeployAnything/);
    assert.match(err, /SERVICE_WILDCARD warning +ReadConfig/);
    assert.match(
      err,
      /^suggested policy for examples\/flawed\/policy\.json \(verified, score 100%\):$/m,
    );
    assert.match(err, /demo OK: the golden policy is proved least-privilege/);
    // The reports, in the folder it names.
    const dir = /^reports written to (\S+)\/$/m.exec(err)?.[1];
    assert.ok(dir, 'the demo names its report folder');
    for (const name of [
      'report.json',
      'comment.md',
      'results.sarif',
      'mutation.json',
      'report.html',
    ]) {
      assert.ok(existsSync(`${dir}/${name}`), `${name} written`);
    }
    assert.match(readFileSync(`${dir}/comment.md`, 'utf8'), /LegacyQueue/);
    rmSync(dir, { recursive: true, force: true });
  });
});
