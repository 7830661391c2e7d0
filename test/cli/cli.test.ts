import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../../src/cli/cli.js';
import { VERSION } from '../../src/version.js';
import { captureIo } from '../helpers/capture-io.js';

function tempRepo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('runCli', () => {
  it('lists the four subcommands in --help, on stdout', async () => {
    const c = captureIo(process.cwd());
    assert.equal(await runCli(['--help'], c.io), 0);
    for (const name of ['run', 'lint', 'emulator', 'demo']) {
      assert.match(c.stdout(), new RegExp(`^  ${name} `, 'm'));
    }
    assert.equal(c.stderr(), '');
  });

  it('prints per-command help', async () => {
    const c = captureIo(process.cwd());
    assert.equal(await runCli(['run', '--help'], c.io), 0);
    assert.match(c.stdout(), /--fail-on WHAT/);
  });

  it('prints the package version', async () => {
    const c = captureIo(process.cwd());
    assert.equal(await runCli(['--version'], c.io), 0);
    assert.equal(c.stdout(), `${VERSION}\n`);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    assert.equal(VERSION, pkg.version, 'src/version.ts matches package.json');
  });

  it('exits 2 for an unknown command or option, without a stack trace', async () => {
    for (const argv of [['frobnicate'], ['run', '--bogus']]) {
      const c = captureIo(process.cwd());
      assert.equal(await runCli(argv, c.io), 2);
      assert.doesNotMatch(c.stderr(), /\n\s+at /);
    }
  });

  it('exits 2 with file:line:column for a malformed config', async () => {
    const dir = tempRepo({ 'cfg.yml': 'version: 1\ntargets:\n  - policy: p.json\n    role: [\n' });
    const c = captureIo(dir);
    assert.equal(await runCli(['run', '--config', 'cfg.yml'], c.io), 2);
    assert.match(c.stderr(), /^iam-mutate: cfg\.yml:\d+:\d+: error: invalid YAML/);
  });

  it('exits 2 when the config file is missing', async () => {
    const c = captureIo(tempRepo({}));
    assert.equal(await runCli(['run'], c.io), 2);
    assert.match(c.stderr(), /\.github\/iam-mutate\.yml: error: config file not found/);
  });

  it('exits 2 naming a policy file that does not exist', async () => {
    const dir = tempRepo({
      'cfg.yml':
        'version: 1\ntargets:\n  - policy: missing.json\n    role: r\n    workload: {lambda: f}\n',
    });
    const c = captureIo(dir);
    assert.equal(await runCli(['run', '--config', 'cfg.yml'], c.io), 2);
    assert.match(c.stderr(), /cfg\.yml:3:13: error: file not found: missing\.json/);
  });
});

describe('the bundled CLI (dist/cli/index.js)', () => {
  const cli = path.resolve('dist/cli/index.js');

  it('runs from the bundle: --help lists the subcommands', () => {
    const result = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^ {2}emulator /m);
  });

  it('answers a malformed config with exit 2 and file:line:column', () => {
    const dir = tempRepo({
      'bad.yml': 'version: 1\ntargets:\n  - policy: p.json\n    role: r\n    oops: 1\n',
    });
    const result = spawnSync(process.execPath, [cli, 'run', '--config', 'bad.yml'], {
      cwd: dir,
      encoding: 'utf8',
    });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /bad\.yml:5:5: error: unknown key 'oops'/);
    assert.doesNotMatch(result.stderr, /\n\s+at /);
  });
});
