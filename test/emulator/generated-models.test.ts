import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';

describe('generated service models', () => {
  it('are fresh: scripts/generate-models.mjs --check finds nothing to change', () => {
    const result = spawnSync(process.execPath, ['scripts/generate-models.mjs', '--check'], {
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
  });
});
