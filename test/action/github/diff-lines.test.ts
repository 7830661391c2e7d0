import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePatchHunks, reviewRange } from '../../../src/action/github/diff-lines.js';
import { unifiedPatch } from '../../helpers/unified-patch.js';

const before = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';
const afterLines = before.split('\n');
afterLines.splice(4, 1, 'changed 5', 'added 5b'); // new lines 5, 6
afterLines.splice(25, 0, 'added late'); // new line 26
const after = afterLines.join('\n');

describe('diff lines from the files API patch', () => {
  const patch = unifiedPatch(before, after);

  it('reads hunks from a real git patch', () => {
    const hunks = parsePatchHunks(patch);
    assert.equal(hunks.length, 2);
    assert.deepEqual([hunks[0]!.newStart, hunks[0]!.newEnd, [...hunks[0]!.added]], [2, 9, [5, 6]]);
    assert.deepEqual([...hunks[1]!.added], [26]);
  });

  it('places single and multi-line comments only inside one hunk', () => {
    assert.deepEqual(reviewRange(patch, 5, 5), { line: 5 });
    assert.deepEqual(reviewRange(patch, 3, 8), { startLine: 3, line: 8 });
    assert.equal(reviewRange(patch, 8, 12), undefined, 'runs past the hunk');
    assert.equal(reviewRange(patch, 15, 15), undefined, 'between hunks');
    assert.equal(reviewRange(undefined, 1, 1), undefined, 'no patch (binary or too large)');
  });
});
