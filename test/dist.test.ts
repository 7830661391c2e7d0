import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';

describe('dist/', () => {
  it('is what `npm run build` produces from the current sources, byte for byte', () => {
    const result = spawnSync(process.execPath, ['scripts/build-dist.mjs', '--check'], {
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
  });
});
