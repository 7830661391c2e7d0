import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../../src/cli/cli.js';
import { captureIo } from '../helpers/capture-io.js';
import { fixtureCopy, hostEnv, readRunReport } from '../helpers/run-workspace.js';

/**
 * The external-endpoint path (a LocalEmu service container in CI): `iam-mutate emulator` runs
 * as a separate process, `--endpoint` points at it, and its authorization log is ignored, so
 * denials must come from what the workload itself shows.
 */
describe('iam-mutate run --endpoint (separate emulator process, no authorization log)', () => {
  let server: ChildProcess;
  let url: string;

  before(async () => {
    // The product's own `iam-mutate emulator` command, as a separate process.
    server = spawn(process.execPath, ['build/src/cli/main.js', 'emulator', '--port', '0'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    url = await new Promise<string>((resolve, reject) => {
      let seen = '';
      server.stderr?.on('data', (d: Buffer) => {
        seen += d.toString();
        const match = /listening on (http:\/\/[^\s]+)/.exec(seen);
        if (match) resolve(match[1]!);
      });
      server.once('exit', (code) => reject(new Error(`emulator exited with ${code}: ${seen}`)));
    });
  });

  after(() => {
    server?.kill('SIGTERM');
  });

  it('judges by the workload’s own AccessDenied messages and says which evidence it used', async () => {
    const dir = fixtureCopy('iam-mutate-external-');
    const c = captureIo(dir, hostEnv());

    const exitCode = await runCli(
      ['run', '--config', 'iam-mutate.yml', '--endpoint', url, '--no-authz-log'],
      c.io,
    );

    assert.equal(exitCode, 1, c.stderr());
    const report = readRunReport(dir);
    const [target] = report.targets;
    assert.ok(target);
    assert.deepEqual(target.baseline.calls, [], 'no log, so no calls are known');
    assert.deepEqual(
      target.statements.map((s) => [s.sid, s.status, s.deniedAction ?? null]),
      [
        ['ReadObjects', 'survived', null],
        ['ListBucket', 'killed', 's3:ListBucket'],
        ['ReadConfigAgain', 'survived', null],
        // Without a log an unused statement cannot be told from a covered one.
        ['Unused', 'survived', null],
      ],
    );
    const listBucket = target.mutants.find((m) => m.sid === 'ListBucket');
    assert.equal(listBucket?.evidence, 'error-message');
    assert.equal(listBucket?.predicted, undefined);
    assert.match(target.notes[0] ?? '', /keeps no authorization log/);
  });
});
