/** src/mutate/retrace.ts: a baseline's calls re-decided offline under another policy. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LoggedCall } from '../../src/mutate/logged-call.js';
import { retraceUnder, sameCalls } from '../../src/mutate/retrace.js';

const ROLE = 'arn:aws:sts::000000000000:assumed-role/app/s';

function call(action: string, resource: string, extra: Partial<LoggedCall> = {}): LoggedCall {
  return {
    action,
    resource,
    decision: 'allow',
    matched: [{ policyId: 'p', index: 0 }],
    grantedElsewhere: 0,
    context: {},
    principalArn: ROLE,
    ...extra,
  };
}

const policy = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });
const allow = (Sid: string, Action: string, Resource: string) => ({
  Sid,
  Effect: 'Allow',
  Action,
  Resource,
});

describe('retraceUnder', () => {
  it('re-decides every call and names the statements of the other policy that matched', () => {
    const baseline = [
      call('s3:GetObject', 'arn:aws:s3:::b/k'),
      call('s3:PutObject', 'arn:aws:s3:::b/k', { decision: 'implicit-deny', matched: [] }),
    ];
    const retraced = retraceUnder(
      policy(allow('Read', 's3:GetObject', 'arn:aws:s3:::b/k')),
      baseline,
    );
    assert.ok(retraced);
    assert.equal(retraced[0]!.matched[0]!.sid, 'Read');
    assert.deepEqual(retraced[1]!.matched, []);
    assert.equal(sameCalls(retraced, baseline), true);
  });

  it('is undefined when a decision would change', () => {
    const narrower = policy(allow('Read', 's3:GetObject', 'arn:aws:s3:::b/other'));
    assert.equal(retraceUnder(narrower, [call('s3:GetObject', 'arn:aws:s3:::b/k')]), undefined);
    // A call the baseline was denied must stay denied.
    const broader = policy(allow('All', 's3:*', '*'));
    const denied = call('s3:PutObject', 'arn:aws:s3:::b/k', {
      decision: 'implicit-deny',
      matched: [],
    });
    assert.equal(retraceUnder(broader, [denied]), undefined);
  });

  it('keeps a call another identity policy granted, unless the other policy denies it', () => {
    const elsewhere = call('s3:GetObject', 'arn:aws:s3:::b/k', { grantedElsewhere: 1 });
    assert.ok(retraceUnder(policy(allow('Other', 'sqs:SendMessage', '*')), [elsewhere]));
    const deny = { Sid: 'No', Effect: 'Deny', Action: 's3:GetObject', Resource: '*' };
    assert.equal(retraceUnder(policy(deny), [elsewhere]), undefined);
  });

  it('is undefined when the workload read policies: equal decisions need not give equal responses', () => {
    const read = call('iam:GetRolePolicy', 'arn:aws:iam::000000000000:role/app');
    assert.equal(retraceUnder(policy(allow('All', 'iam:GetRolePolicy', '*')), [read]), undefined);
  });
});
