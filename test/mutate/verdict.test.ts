import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mutationScore } from '../../src/mutate/score.js';
import { isJustified, verdictFor } from '../../src/mutate/verdict.js';

const grantsGetObject = (action: string) => action.toLowerCase() === 's3:getobject';

describe('verdictFor', () => {
  it('a denial of an action the removed part granted kills the mutant', () => {
    assert.deepEqual(
      verdictFor(
        {
          kind: 'denied',
          action: 's3:GetObject',
          resource: 'arn:aws:s3:::b/k',
          evidence: 'authz-log',
        },
        grantsGetObject,
      ),
      {
        status: 'killed',
        deniedAction: 's3:GetObject',
        deniedResource: 'arn:aws:s3:::b/k',
        evidence: 'authz-log',
      },
    );
  });

  it('a denial of another action is killed-other-action', () => {
    const v = verdictFor(
      { kind: 'denied', action: 'kms:Decrypt', evidence: 'response-envelope' },
      grantsGetObject,
    );
    assert.equal(v.status, 'killed-other-action');
    assert.equal(v.deniedAction, 'kms:Decrypt');
  });

  it('a passing run means the mutant survived', () => {
    assert.deepEqual(verdictFor({ kind: 'passed' }, grantsGetObject), { status: 'survived' });
  });

  it('timeouts and other failures are never passes', () => {
    assert.equal(
      verdictFor({ kind: 'timeout', afterMs: 30000 }, grantsGetObject).status,
      'timeout',
    );
    const v = verdictFor({ kind: 'failed', reason: 'function error: KeyError' }, grantsGetObject);
    assert.deepEqual(v, { status: 'error', reason: 'function error: KeyError' });
    assert.equal(isJustified('timeout'), null);
    assert.equal(isJustified('error'), null);
  });
});

describe('mutationScore', () => {
  it('is justified over decided, as a percentage', () => {
    assert.equal(mutationScore(['killed', 'killed', 'killed', 'survived']), 75);
    assert.equal(mutationScore(['killed', 'killed-other-action', 'no-coverage']), 66.67);
  });

  it('leaves timeouts and errors out of the denominator', () => {
    assert.equal(mutationScore(['killed', 'timeout', 'error']), 100);
  });

  it('is null when nothing was decided', () => {
    assert.equal(mutationScore([]), null);
    assert.equal(mutationScore(['error', 'timeout']), null);
  });
});
