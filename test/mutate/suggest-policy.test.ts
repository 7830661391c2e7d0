import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LoggedCall } from '../../src/mutate/logged-call.js';
import { narrowResources, suggestPolicy } from '../../src/mutate/suggest-policy.js';

function call(action: string, resource: string, index: number): LoggedCall {
  return {
    action,
    resource,
    decision: 'allow',
    matched: [{ policyId: 'p', index }],
    context: {},
    grantedElsewhere: 0,
    principalArn: 'arn:aws:sts::000000000000:assumed-role/r/s',
  };
}

describe('suggestPolicy', () => {
  it('narrows a wildcard statement to the exact actions and resources used, keeping Sid and Condition', () => {
    const policy = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'S3All',
          Effect: 'Allow',
          Action: 's3:*',
          Resource: '*',
          Condition: { Bool: { 'aws:SecureTransport': 'true' } },
        },
        { Sid: 'Unused', Effect: 'Allow', Action: 'sqs:*', Resource: '*' },
        { Sid: 'NoDelete', Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' },
      ],
    };
    const suggested = suggestPolicy(policy, [
      call('s3:GetObject', 'arn:aws:s3:::b/config.json', 0),
      call('s3:PutObject', 'arn:aws:s3:::b/out.json', 0),
      call('s3:GetObject', 'arn:aws:s3:::b/config.json', 0),
      { ...call('s3:ListBucket', 'arn:aws:s3:::b', 0), decision: 'implicit-deny', matched: [] },
    ]);
    assert.deepEqual(suggested, {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'S3All',
          Effect: 'Allow',
          Action: ['s3:GetObject', 's3:PutObject'],
          Resource: ['arn:aws:s3:::b/config.json', 'arn:aws:s3:::b/out.json'],
          Condition: { Bool: { 'aws:SecureTransport': 'true' } },
        },
        { Sid: 'NoDelete', Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' },
      ],
    });
  });
});

describe('narrowResources', () => {
  it('keeps up to five exact ARNs', () => {
    assert.deepEqual(narrowResources(['arn:aws:s3:::b/1', 'arn:aws:s3:::b/2']), [
      'arn:aws:s3:::b/1',
      'arn:aws:s3:::b/2',
    ]);
  });

  it('uses the common path prefix for many', () => {
    const many = Array.from({ length: 8 }, (_, i) => `arn:aws:s3:::b/logs/2026/${i}.json`);
    assert.deepEqual(narrowResources(many), ['arn:aws:s3:::b/logs/2026/*']);
  });

  it('never widens to every resource of a service', () => {
    const queues = Array.from({ length: 6 }, (_, i) => `arn:aws:sqs:us-east-1:000000000000:q${i}`);
    assert.deepEqual(narrowResources(queues), queues);
    const buckets = Array.from({ length: 6 }, (_, i) => `arn:aws:s3:::bucket${i}/k`);
    assert.deepEqual(narrowResources(buckets), buckets);
    const prefixed = Array.from(
      { length: 6 },
      (_, i) => `arn:aws:sqs:us-east-1:000000000000:jobs-${i}`,
    );
    assert.deepEqual(narrowResources(prefixed), ['arn:aws:sqs:us-east-1:000000000000:jobs-*']);
    const services = ['arn:aws:s3:::a', 'arn:aws:sqs:us-east-1:0:q', 'x1', 'x2', 'x3', 'x4'];
    assert.deepEqual(narrowResources(services), services);
  });
});
