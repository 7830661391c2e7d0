import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../../src/common/errors.js';
import { parseCommandLine } from '../../src/cli/parse-args.js';

describe('parseCommandLine', () => {
  it('defaults run options as README.md documents them', () => {
    assert.deepEqual(parseCommandLine(['run']), {
      name: 'run',
      config: '.github/iam-mutate.yml',
      reportDir: 'iam-mutate-report',
      only: [],
      failOn: 'unjustified',
      useAuthorizationLog: true,
      cache: true,
    });
  });

  it('accepts repeated --only and an endpoint', () => {
    const cmd = parseCommandLine([
      'run',
      '--only',
      'a.json',
      '--only',
      'b.json',
      '--endpoint',
      'http://localhost:4566',
      '--fail-on',
      'none',
    ]);
    assert.equal(cmd.name, 'run');
    if (cmd.name !== 'run') return;
    assert.deepEqual(cmd.only, ['a.json', 'b.json']);
    assert.equal(cmd.endpoint, 'http://localhost:4566');
    assert.equal(cmd.failOn, 'none');
  });

  it('parses lint files and format', () => {
    assert.deepEqual(parseCommandLine(['lint', 'a.json', '--format', 'sarif']), {
      name: 'lint',
      files: ['a.json'],
      format: 'sarif',
    });
  });

  it('parses emulator options', () => {
    assert.deepEqual(parseCommandLine(['emulator', '--port', '0', '--enforcement', 'soft']), {
      name: 'emulator',
      port: 0,
      host: '127.0.0.1',
      enforcement: 'soft',
    });
  });

  it('maps help and version flags', () => {
    assert.deepEqual(parseCommandLine([]), { name: 'help' });
    assert.deepEqual(parseCommandLine(['--help']), { name: 'help' });
    assert.deepEqual(parseCommandLine(['run', '--help']), { name: 'help', topic: 'run' });
    assert.deepEqual(parseCommandLine(['-V']), { name: 'version' });
  });

  for (const argv of [
    ['frobnicate'],
    ['run', '--fail-on', 'sometimes'],
    ['run', '--endpoint', 'localhost:4566'],
    ['run', '--nope'],
    ['lint'],
    ['lint', 'a.json', '--format', 'xml'],
    ['emulator', '--port', 'abc'],
    ['emulator', '--port', '70000'],
    ['emulator', '--enforcement', 'maybe'],
    ['demo', 'extra'],
  ]) {
    it(`rejects ${argv.join(' ')} as bad input`, () => {
      assert.throws(() => parseCommandLine(argv), InputError);
    });
  }
});
