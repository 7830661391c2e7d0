import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { formatDiagnostic } from '../../src/common/diagnostic.js';
import { InputError } from '../../src/common/errors.js';
import { parseConfig, parseDuration } from '../../src/mutate/config/load-config.js';

const source = { file: '.github/iam-mutate.yml', rootDir: '/repo' };

function errorsOf(text: string, extra: Partial<Parameters<typeof parseConfig>[1]> = {}): string[] {
  try {
    parseConfig(text, { ...source, ...extra });
  } catch (error) {
    assert.ok(error instanceof InputError, `expected InputError, got ${String(error)}`);
    return error.diagnostics.map(formatDiagnostic);
  }
  assert.fail('expected the config to be rejected');
}

const full = `version: 1
emulator: http://localhost:4566
enforcement: soft
account: "123456789012"
region: eu-west-1
setup: examples/x/setup.sh
substitute:
  "123456789012": "000000000000"
targets:
  - policy: policies/lambda-role.json
    role: my-lambda-role
    policy-name: mutation-test-policy
    workload:
      lambda: my-function
      payload: test/payload.json
    timeout: 45s
  - policy: policies/cli.json
    role: cli-role
    workload:
      command: "python3 tests/smoke.py"
`;

describe('parseConfig', () => {
  it('reads every key of the README example and resolves paths against the root', () => {
    const config = parseConfig(full, source);
    assert.deepEqual(config.emulator, { kind: 'endpoint', url: 'http://localhost:4566' });
    assert.equal(config.enforcement, 'soft');
    assert.equal(config.account, '123456789012');
    assert.equal(config.region, 'eu-west-1');
    assert.equal(config.setup, path.resolve('/repo/examples/x/setup.sh'));
    assert.deepEqual(config.substitute, { '123456789012': '000000000000' });
    assert.equal(config.targets.length, 2);
    const [lambda, command] = config.targets;
    assert.deepEqual(lambda, {
      policy: 'policies/lambda-role.json',
      policyPath: path.resolve('/repo/policies/lambda-role.json'),
      role: 'my-lambda-role',
      policyName: 'mutation-test-policy',
      workload: {
        kind: 'lambda',
        functionName: 'my-function',
        payloadFile: path.resolve('/repo/test/payload.json'),
      },
      timeoutMs: 45_000,
    });
    assert.deepEqual(command?.workload, { kind: 'command', command: 'python3 tests/smoke.py' });
  });

  it('fills the documented defaults', () => {
    const config = parseConfig(
      'version: 1\ntargets:\n  - {policy: p.json, role: r, workload: {lambda: f}}\n',
      source,
    );
    assert.deepEqual(config.emulator, { kind: 'embedded' });
    assert.equal(config.enforcement, 'strict');
    assert.equal(config.verify, 'all');
    assert.equal(config.account, '000000000000');
    assert.equal(config.region, 'us-east-1');
    assert.equal(config.setup, undefined);
    assert.equal(config.targets[0]?.policyName, 'iam-mutate-policy');
    assert.equal(config.targets[0]?.timeoutMs, 30_000);
  });

  it('locates an unknown key at its own line and column', () => {
    const text =
      'version: 1\ntargets:\n  - policy: p.json\n    role: r\n    rol: x\n    workload: {lambda: f}\n';
    assert.deepEqual(errorsOf(text), [
      ".github/iam-mutate.yml:5:5: error: unknown key 'rol' (at targets[0].rol)",
    ]);
  });

  it('reports every problem at once, each where it is', () => {
    const text = [
      'version: 1',
      'enforcement: sometimes',
      'account: 1234',
      'targets:',
      '  - policy: p.json',
      '    role: r',
      '    timeout: 3h',
      '    workload:',
      '      lambda: f',
      '      command: x',
    ].join('\n');
    assert.deepEqual(errorsOf(text), [
      ".github/iam-mutate.yml:2:14: error: 'enforcement' must be one of: strict, soft (at enforcement)",
      '.github/iam-mutate.yml:3:10: error: \'account\' must be a string (quote it: account: "000000000000") (at account)',
      ".github/iam-mutate.yml:7:14: error: 'timeout' must be a duration such as 500ms, 30s or 2m (at targets[0].timeout)",
      ".github/iam-mutate.yml:9:7: error: workload needs exactly one of 'lambda' (with optional 'payload') or 'command' (at targets[0].workload)",
    ]);
  });

  it('names the missing required key and where its parent is', () => {
    assert.deepEqual(
      errorsOf('version: 1\ntargets:\n  - policy: p.json\n    workload: {lambda: f}\n'),
      [".github/iam-mutate.yml:3:5: error: '0' is missing required key 'role' (at targets[0])"],
    );
  });

  it('rejects YAML syntax errors with a position', () => {
    const [message] = errorsOf('version: 1\ntargets: [\n');
    assert.match(message ?? '', /^\.github\/iam-mutate\.yml:3:1: error: invalid YAML: /);
  });

  it('rejects duplicate keys', () => {
    const [message] = errorsOf('version: 1\nversion: 1\ntargets: []\n');
    assert.match(message ?? '', /^\.github\/iam-mutate\.yml:2:1: error: invalid YAML: .*unique/i);
  });

  it('rejects an empty file and an unknown version', () => {
    assert.deepEqual(errorsOf(''), ['.github/iam-mutate.yml: error: config file is empty']);
    assert.deepEqual(
      errorsOf('version: 2\ntargets:\n  - {policy: p, role: r, workload: {command: c}}\n'),
      [".github/iam-mutate.yml:1:10: error: 'version' must be 1 (at version)"],
    );
  });

  it('rejects a payload for a command workload', () => {
    const [message] = errorsOf(
      'version: 1\ntargets:\n  - {policy: p, role: r, workload: {command: c, payload: x.json}}\n',
    );
    assert.match(message ?? '', /workload needs exactly one of/);
  });

  it('reports files that do not exist, at the key that names them', () => {
    const exists = (p: string) => p.endsWith('present.json');
    const text =
      'version: 1\nsetup: setup.sh\ntargets:\n  - policy: present.json\n    role: r\n    workload:\n      lambda: f\n      payload: payload.json\n';
    assert.deepEqual(errorsOf(text, { fileExists: exists }), [
      '.github/iam-mutate.yml:2:8: error: file not found: setup.sh (at setup)',
      '.github/iam-mutate.yml:8:16: error: file not found: payload.json (at targets[0].workload.payload)',
    ]);
  });
});

describe('parseDuration', () => {
  it('understands ms, s and m', () => {
    assert.equal(parseDuration('250ms'), 250);
    assert.equal(parseDuration('30s'), 30_000);
    assert.equal(parseDuration('2m'), 120_000);
    assert.throws(() => parseDuration('3h'));
  });
});
