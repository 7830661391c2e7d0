import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';

const action = parse(readFileSync('action.yml', 'utf8')) as {
  runs: { using: string; main: string };
  inputs: Record<string, { description?: string }>;
  outputs: Record<string, { description?: string }>;
};

describe('action.yml', () => {
  it('runs the committed bundle on node24', () => {
    assert.equal(action.runs.using, 'node24');
    assert.equal(action.runs.main, 'dist/index.js');
  });

  it('declares and documents the inputs and outputs the action reads and sets', () => {
    for (const name of ['config', 'github-token', 'endpoint', 'fail-on', 'comment', 'report-dir']) {
      assert.ok(action.inputs[name]?.description, `input ${name} is documented`);
    }
    for (const name of ['score', 'unjustified', 'report-dir']) {
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
