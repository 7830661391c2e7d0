import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';

const action = parse(readFileSync('action.yml', 'utf8')) as {
  runs: { using: string; main: string };
  inputs: Record<string, { description?: string; default?: string }>;
  outputs: Record<string, { description?: string }>;
};

describe('action.yml', () => {
  it('keeps the original inputs and their defaults (contracts are only extended)', () => {
    assert.equal(action.inputs.config?.default, '.github/iam-mutate.yml');
    assert.equal(action.inputs['fail-on']?.default, 'unjustified');
    assert.equal(action.inputs['report-dir']?.default, 'iam-mutate-report');
    assert.equal(action.inputs.endpoint?.default, '');
    // `comment: true`/`false` still parse (src/action/inputs.ts); the default means the same.
    assert.equal(action.inputs.comment?.default, 'always');
    assert.match(readFileSync('src/action/inputs.ts', 'utf8'), /v === 'true'/);
  });

  it('every output the code sets is declared', () => {
    const source = readFileSync('src/action/step-result.ts', 'utf8');
    const set = [...source.matchAll(/setOutput\('([^']+)'/g)].map((m) => m[1]);
    assert.ok(set.length >= 5);
    for (const name of set) assert.ok(name && name in action.outputs, `output ${name} declared`);
  });

  it('runs the committed bundle on node24', () => {
    assert.equal(action.runs.using, 'node24');
    assert.equal(action.runs.main, 'dist/index.js');
  });

  it('declares and documents the inputs and outputs the action reads and sets', () => {
    for (const name of [
      'config',
      'github-token',
      'emulator',
      'endpoint',
      'localemu-image',
      'mode',
      'changed-only',
      'policies',
      'fail-on',
      'min-score',
      'comment',
      'report-dir',
    ]) {
      assert.ok(action.inputs[name]?.description, `input ${name} is documented`);
      assert.ok('default' in action.inputs[name]!, `input ${name} has a default`);
    }
    for (const name of ['score', 'unjustified', 'findings', 'report-dir', 'comment-url']) {
      assert.ok(action.outputs[name]?.description, `output ${name} is documented`);
    }
  });

  it('every input the code reads is declared', () => {
    const source = readFileSync('src/action/inputs.ts', 'utf8');
    const read = [...source.matchAll(/get(?:Boolean)?Input\('([^']+)'/g)].map((m) => m[1]);
    assert.ok(read.length > 0);
    for (const name of read) assert.ok(name && name in action.inputs, `input ${name} declared`);
  });
});
