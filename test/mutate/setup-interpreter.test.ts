import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runSetup } from '../../src/mutate/run-setup.js';
import { resolveSetupPython } from '../../src/mutate/setup-interpreter.js';

// The real interpreter behind whatever `python3` is here (pyenv's shim on these machines).
const REAL_PYTHON = realpathSync(
  execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim(),
);

function scratch(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-setup-python-'));
}

/** A script with the given first line and body, executable unless told otherwise. */
function script(dir: string, firstLine: string, body: string, executable = true): string {
  const file = path.join(dir, 'setup.py');
  writeFileSync(file, `${firstLine}\n${body}\n`);
  chmodSync(file, executable ? 0o755 : 0o644);
  return file;
}

/**
 * A version-manager-like shim named python3: sets a variable, puts its own bin directory first
 * on PATH, drops one variable, then execs the real interpreter (as pyenv's `exec` does).
 */
function shimDir(dir: string): { bin: string; versionBin: string } {
  const bin = path.join(dir, 'shims');
  const versionBin = path.join(dir, 'versions', 'bin');
  execFileSync('mkdir', ['-p', bin, versionBin]);
  const shim = path.join(bin, 'python3');
  writeFileSync(
    shim,
    [
      '#!/bin/sh',
      'export SHIM_CHOSE=3.11-test',
      `export PATH="${versionBin}:$PATH"`,
      'unset DROPPED_BY_SHIM',
      'export AWS_PROFILE=from-the-shim',
      `exec "${REAL_PYTHON}" "$@"`,
      '',
    ].join('\n'),
  );
  chmodSync(shim, 0o755);
  return { bin, versionBin };
}

const hostPath = process.env.PATH ?? '/usr/bin:/bin';

describe('resolveSetupPython', () => {
  it('resolves `#!/usr/bin/env python3` once: the interpreter and what the shim changed', async () => {
    const dir = scratch();
    const { bin, versionBin } = shimDir(dir);
    const file = script(dir, '#!/usr/bin/env python3', 'pass');
    const env = { PATH: `${bin}:${hostPath}`, DROPPED_BY_SHIM: 'x', KEPT: 'y' };
    const python = await resolveSetupPython(file, dir, env);
    assert.ok(python, 'resolved');
    assert.equal(realpathSync(python.executable), REAL_PYTHON);
    assert.equal(python.set.SHIM_CHOSE, '3.11-test');
    assert.equal(python.set.PATH, `${versionBin}:${bin}:${hostPath}`);
    assert.equal('KEPT' in python.set, false, 'unchanged variables are not repeated');
    assert.deepEqual(python.removed, ['DROPPED_BY_SHIM']);
    // The allow-list still holds: a shim cannot hand setup AWS settings.
    assert.equal('AWS_PROFILE' in python.set, false);
  });

  it('leaves every other script to run the usual way', async () => {
    const dir = scratch();
    const env = { PATH: hostPath };
    for (const [firstLine, executable] of [
      ['#!/usr/bin/env python3', false], // not executable: run with bash, as always
      ['#!/usr/bin/env python3.11', true],
      ['#!/usr/bin/env -S python3 -u', true],
      ['#!/usr/bin/python3', true],
      ['#!/bin/bash', true],
      ['import boto3', true],
    ] as const) {
      const file = script(dir, firstLine, 'pass', executable);
      assert.equal(await resolveSetupPython(file, dir, env), undefined, firstLine);
    }
    assert.equal(await resolveSetupPython(path.join(dir, 'missing.py'), dir, env), undefined);
  });

  it('gives up (undefined) when python3 cannot be run, so setup says what is wrong itself', async () => {
    const dir = scratch();
    const file = script(dir, '#!/usr/bin/env python3', 'pass');
    assert.equal(await resolveSetupPython(file, dir, { PATH: dir }), undefined);
  });
});

describe('runSetup on the resolved interpreter', () => {
  it('runs the script directly, in the environment the shim would have given it', async () => {
    const dir = scratch();
    const { bin, versionBin } = shimDir(dir);
    const file = script(
      dir,
      '#!/usr/bin/env python3',
      [
        'import os, sys',
        'with open(os.environ["IAM_MUTATE_OUTPUT"], "a") as out:',
        '    out.write("EXE=%s\\n" % os.path.realpath(sys.executable))',
        '    out.write("SHIM=%s\\n" % os.environ.get("SHIM_CHOSE", ""))',
        '    out.write("FIRST=%s\\n" % os.environ["PATH"].split(":")[0])',
        '    out.write("ARGV0=%s\\n" % sys.argv[0])',
        '    out.write("ENDPOINT=%s\\n" % os.environ["AWS_ENDPOINT_URL"])',
      ].join('\n'),
    );
    const hostEnv = { PATH: `${bin}:${hostPath}`, HOME: os.homedir() };
    const common = {
      script: file,
      rootDir: dir,
      endpoint: 'http://127.0.0.1:9',
      region: 'us-east-1',
      admin: { accessKeyId: 'AKIDADMIN', secretAccessKey: 'secret' },
      hostEnv,
      emptyConfigFile: path.join(dir, 'empty'),
      timeoutMs: 20_000,
    };
    writeFileSync(common.emptyConfigFile, '');
    const viaShebang = await runSetup(common);
    const direct = await runSetup({
      ...common,
      python: resolveSetupPython(file, dir, { PATH: hostEnv.PATH, HOME: hostEnv.HOME }),
    });
    assert.deepEqual(direct, viaShebang, 'the same interpreter, environment and arguments');
    assert.equal(direct.EXE, REAL_PYTHON);
    assert.equal(direct.SHIM, '3.11-test');
    assert.equal(direct.FIRST, versionBin);
    assert.equal(direct.ARGV0, file);
    assert.equal(direct.ENDPOINT, 'http://127.0.0.1:9');
    assert.ok(readFileSync(file, 'utf8').startsWith('#!/usr/bin/env python3'));
  });
});
