/**
 * Conformance: policy forms found in documents AWS accepted (AWS managed policies, the IAM User
 * Guide's examples) and the semantics the IAM User Guide documents for them. Each case cites
 * the page it follows.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parsePolicy } from '../../src/policy/index.js';
import { decide, policy } from './support/helpers.js';

function parse(statement: object) {
  return parsePolicy(JSON.stringify({ Version: '2012-10-17', Statement: [statement] }), 'p.json', {
    kind: 'identity',
  });
}

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
// "If the * wildcard is the last character of a resource ARN segment, it can expand to match
// beyond the colon boundaries."
describe('short resource ARNs with a trailing * (arn:aws:rds:*)', () => {
  for (const short of ['arn:aws:rds:*', 'arn:aws:sqs:*', 'arn:aws:logs:*', 'arn:aws:waf:*']) {
    test(`${short} parses, with a warning`, () => {
      const parsed = parse({ Effect: 'Allow', Action: '*', Resource: short });
      assert.ok(parsed.value, JSON.stringify(parsed.diagnostics));
      assert.deepEqual(
        parsed.diagnostics.map((d) => d.severity),
        ['warning'],
      );
      assert.match(parsed.diagnostics[0]!.message, /short ARN/);
    });
  }
  test('the trailing * matches past colon boundaries, within its service only', () => {
    const p = policy({ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:*' });
    const on = (resource: string) =>
      decide({ identity: [p] }, { action: 'sqs:SendMessage', resource }).decision;
    assert.equal(on('arn:aws:sqs:us-east-1:111111111111:queue-1'), 'allow');
    assert.equal(on('arn:aws:sns:us-east-1:111111111111:queue-1'), 'implicit-deny');
  });
  test('a Deny with a short ARN applies too', () => {
    const allow = policy({ Effect: 'Allow', Action: 'logs:*', Resource: '*' });
    const deny = policy({ Effect: 'Deny', Action: 'logs:*', Resource: 'arn:aws:logs:us-east-1*' });
    const on = (resource: string) =>
      decide({ identity: [allow, deny] }, { action: 'logs:PutLogEvents', resource }).decision;
    assert.equal(
      on('arn:aws:logs:us-east-1:111111111111:log-group:g:log-stream:s'),
      'explicit-deny',
    );
    assert.equal(on('arn:aws:logs:eu-west-1:111111111111:log-group:g:log-stream:s'), 'allow');
  });
  test('a short ARN without a trailing * is still an error', () => {
    const parsed = parse({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:sqs:us-east-1' });
    assert.equal(parsed.value, undefined);
    assert.match(parsed.diagnostics[0]!.message, /is not an ARN/);
  });
  test('a * inside a six-segment ARN still stays within its segment', () => {
    const p = policy({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:sqs:*:111111111111:q' });
    assert.equal(
      decide({ identity: [p] }, { resource: 'arn:aws:sqs:a:b:111111111111:q' }).decision,
      'implicit-deny',
    );
  });
});

// AWS managed policies AWS accepted contain "amplifybackend: *" and
// "access-analyzer:ListTagsForResource "; the IAM User Guide's grammar
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html) does not
// say how whitespace in an action matches, so it is accepted with a warning and undecidable.
describe('actions written with whitespace', () => {
  test('"amplifybackend: *" parses, with a warning', () => {
    const parsed = parse({ Effect: 'Allow', Action: 'amplifybackend: *', Resource: '*' });
    assert.ok(parsed.value, JSON.stringify(parsed.diagnostics));
    assert.equal(parsed.diagnostics.length, 1);
    assert.equal(parsed.diagnostics[0]!.severity, 'warning');
    assert.match(parsed.diagnostics[0]!.message, /whitespace.*"amplifybackend:\*"/);
  });
  test('in an Allow it grants nothing, reported as unverifiable (fail closed)', () => {
    const p = policy({
      Effect: 'Allow',
      Action: 'access-analyzer:ListTagsForResource ',
      Resource: '*',
    });
    const d = decide({ identity: [p] }, { action: 'access-analyzer:ListTagsForResource' });
    assert.equal(d.decision, 'implicit-deny');
    assert.match(d.unverifiable[0]!.reason, /whitespace/);
  });
  test('in a Deny it applies (fail closed); actions it cannot match are unaffected', () => {
    const allow = policy({ Effect: 'Allow', Action: '*', Resource: '*' });
    const deny = policy({ Effect: 'Deny', Action: 'amplifybackend: *', Resource: '*' });
    assert.equal(
      decide({ identity: [allow, deny] }, { action: 'amplifybackend:CreateBackend' }).decision,
      'explicit-deny',
    );
    assert.equal(decide({ identity: [allow, deny] }, { action: 's3:GetObject' }).decision, 'allow');
  });
  test('a clean entry in the same statement still decides', () => {
    const p = policy({
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3: PutObject'],
      Resource: '*',
    });
    assert.equal(decide({ identity: [p] }).decision, 'allow');
  });
});

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-no-value
// A policy variable whose key has no value in the request: an inverted condition operator
// (StringNotEquals, StringNotLike, ArnNotLike, ...) matches; in NotResource it matches no
// resource (so the NotResource statement covers every resource).
describe('policy variables with no value', () => {
  const context = { 's3:prefix': 'x' };
  for (const op of ['StringNotEquals', 'StringNotLike', 'StringNotEqualsIgnoreCase']) {
    test(`${op} with a missing variable holds`, () => {
      const p = policy({
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: '*',
        Condition: { [op]: { 's3:prefix': '${aws:username}' } },
      });
      const d = decide({ identity: [p] }, { context });
      assert.equal(d.decision, 'allow');
      assert.deepEqual(d.unverifiable, []);
    });
  }
  test('ArnNotLike with a missing variable holds', () => {
    const p = policy({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: '*',
      Condition: { ArnNotLike: { 'aws:SourceArn': 'arn:aws:sqs:*:*:${aws:username}' } },
    });
    const d = decide(
      { identity: [p] },
      { context: { 'aws:SourceArn': 'arn:aws:sqs:us-east-1:111111111111:q' } },
    );
    assert.equal(d.decision, 'allow');
  });
  test('the positive operator with a missing variable does not hold', () => {
    const p = policy({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: '*',
      Condition: { StringEquals: { 's3:prefix': '${aws:username}' } },
    });
    assert.equal(decide({ identity: [p] }, { context }).decision, 'implicit-deny');
  });
  test('NotResource with a missing variable excludes nothing: Allow applies', () => {
    const p = policy({
      Effect: 'Allow',
      Action: 's3:GetObject',
      NotResource: 'arn:aws:s3:::bucket/${aws:username}/*',
    });
    const d = decide({ identity: [p] }, { resource: 'arn:aws:s3:::bucket/key' });
    assert.equal(d.decision, 'allow');
    assert.deepEqual(d.unverifiable, []);
  });
  test('NotResource with a missing variable excludes nothing: Deny applies', () => {
    const allow = policy({ Effect: 'Allow', Action: '*', Resource: '*' });
    const deny = policy({
      Effect: 'Deny',
      Action: 's3:GetObject',
      NotResource: 'arn:aws:s3:::bucket/${aws:username}/*',
    });
    assert.equal(decide({ identity: [allow, deny] }).decision, 'explicit-deny');
  });
  test('Resource with a missing variable matches nothing', () => {
    const p = policy({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::bucket/${aws:username}*',
    });
    assert.equal(decide({ identity: [p] }).decision, 'implicit-deny');
  });
});

// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html#id_session-tags_permissions-required
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_monitor.html#id_credentials_temp_control-access_monitor-perms
// The role's trust policy must allow sts:TagSession / sts:SetSourceIdentity (and, for
// ProvidedContexts, sts:SetContext) even when the identity policy allows them.
describe('trust policies and session options', () => {
  const ROLE = 'arn:aws:iam::111111111111:role/target';
  const identity = policy({ Effect: 'Allow', Action: 'sts:*', Resource: '*' });
  const trustOnlyAssume = policy(
    { Effect: 'Allow', Principal: { AWS: '111111111111' }, Action: 'sts:AssumeRole' },
    'resource',
  );
  for (const action of ['sts:TagSession', 'sts:SetSourceIdentity', 'sts:SetContext']) {
    test(`${action} needs the trust policy`, () => {
      const d = decide(
        { identity: [identity], resource: [trustOnlyAssume] },
        { action, resource: ROLE },
      );
      assert.equal(d.decision, 'implicit-deny');
      const trustBoth = policy(
        {
          Effect: 'Allow',
          Principal: { AWS: '111111111111' },
          Action: ['sts:AssumeRole', action],
        },
        'resource',
      );
      assert.equal(
        decide({ identity: [identity], resource: [trustBoth] }, { action, resource: ROLE })
          .decision,
        'allow',
      );
    });
  }
});

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html: the partition is the
// ARN's second segment (`aws`, `aws-cn` for China Regions, `aws-us-gov` for GovCloud); a policy
// ARN names resources of its own partition only, and `*` there spans every partition.
describe('ARNs in the aws-cn and aws-us-gov partitions', () => {
  const cnBucket = 'arn:aws-cn:s3:::bucket/key';
  const govQueue = 'arn:aws-us-gov:sqs:us-gov-west-1:123456789012:q';
  test('parse without diagnostics', () => {
    for (const arn of [cnBucket, govQueue, 'arn:aws-cn:sqs:*']) {
      const parsed = parse({ Effect: 'Allow', Action: '*', Resource: arn });
      assert.ok(parsed.value, JSON.stringify(parsed.diagnostics));
      assert.equal(
        parsed.diagnostics.filter((d) => d.severity === 'error').length,
        0,
        JSON.stringify(parsed.diagnostics),
      );
    }
  });
  test('match only their own partition', () => {
    const allow = (Resource: string) =>
      policy({ Effect: 'Allow', Action: ['s3:GetObject', 'sqs:SendMessage'], Resource });
    const d = (p: string, resource: string, action = 's3:GetObject') =>
      decide({ identity: [allow(p)] }, { action, resource }).decision;
    assert.equal(d('arn:aws-cn:s3:::bucket/*', cnBucket), 'allow');
    assert.equal(d('arn:aws-cn:s3:::bucket/*', 'arn:aws:s3:::bucket/key'), 'implicit-deny');
    assert.equal(d('arn:aws:s3:::bucket/*', cnBucket), 'implicit-deny');
    assert.equal(d('arn:*:s3:::bucket/*', cnBucket), 'allow');
    assert.equal(d('arn:aws-us-gov:sqs:*', govQueue, 'sqs:SendMessage'), 'allow');
    assert.equal(d('arn:aws:sqs:*', govQueue, 'sqs:SendMessage'), 'implicit-deny');
    assert.equal(d('arn:aws-us-gov:sqs:*:*:q', govQueue, 'sqs:SendMessage'), 'allow');
    assert.equal(d('arn:aws-cn:sqs:*:*:q', govQueue, 'sqs:SendMessage'), 'implicit-deny');
  });
});
