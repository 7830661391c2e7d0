/**
 * The evaluation-logic flowchart of the IAM User Guide ("Policy evaluation logic", "Policy
 * evaluation for requests within a single account", "Cross-account policy evaluation logic",
 * "Permissions boundaries"), plus matching rules and attribution.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ACCOUNT, SESSION, USER, decide, policy } from './support/helpers.js';

const allowGet = {
  Sid: 'AllowGet',
  Effect: 'Allow',
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::bucket/*',
};
const denyGet = { Sid: 'DenyGet', Effect: 'Deny', Action: 's3:GetObject', Resource: '*' };
const allowAll = { Effect: 'Allow', Action: '*', Resource: '*' };
const allowPut = { Effect: 'Allow', Action: 's3:PutObject', Resource: '*' };
const ROLE = `arn:aws:iam::${ACCOUNT}:role/app`;

describe('evaluation logic', () => {
  test('no policy: implicit deny', () => {
    const d = decide({ identity: [] });
    assert.equal(d.decision, 'implicit-deny');
    assert.equal(d.deniedBy, 'identity');
  });
  test('an identity Allow allows, and names the statement', () => {
    const d = decide({ identity: [policy([allowGet])] });
    assert.equal(d.decision, 'allow');
    assert.equal(d.matched.length, 1);
    assert.equal(d.matched[0]!.sid, 'AllowGet');
    assert.equal(d.matched[0]!.index, 0);
    assert.equal(d.matched[0]!.line, 4);
  });
  test('an explicit Deny beats an Allow in the same policy', () => {
    const d = decide({ identity: [policy([allowGet, denyGet])] });
    assert.equal(d.decision, 'explicit-deny');
    assert.deepEqual(
      d.matched.map((m) => m.sid),
      ['DenyGet'],
    );
  });
  test('an explicit Deny in another policy beats an Allow', () => {
    assert.equal(
      decide({ identity: [policy([allowGet]), policy([denyGet])] }).decision,
      'explicit-deny',
    );
  });
  test('an explicit Deny in the boundary beats an identity Allow', () => {
    const d = decide({
      identity: [policy([allowGet])],
      permissionsBoundary: policy([allowAll, denyGet], 'permissions-boundary'),
    });
    assert.equal(d.decision, 'explicit-deny');
    assert.equal(d.deniedBy, 'permissions-boundary');
  });
  test('an explicit Deny in a resource policy beats everything', () => {
    const rp = policy(
      { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' },
      'resource',
    );
    assert.equal(
      decide({ identity: [policy([allowAll])], resource: [rp] }).decision,
      'explicit-deny',
    );
  });
  test('the permissions boundary intersects: both must allow', () => {
    const boundary = policy([allowPut], 'permissions-boundary');
    const d = decide({ identity: [policy([allowGet])], permissionsBoundary: boundary });
    assert.equal(d.decision, 'implicit-deny');
    assert.equal(d.deniedBy, 'permissions-boundary');
    assert.equal(
      decide({ identity: [policy([allowPut])], permissionsBoundary: boundary }).decision,
      'implicit-deny',
    );
    const ok = decide({
      identity: [policy([allowGet])],
      permissionsBoundary: policy([allowGet], 'permissions-boundary'),
    });
    assert.equal(ok.decision, 'allow');
    assert.equal(ok.matched.length, 2, 'the identity and the boundary statement both count');
  });
  test('session policies intersect too', () => {
    const d = decide(
      { identity: [policy([allowGet])], session: [policy([allowPut], 'session')] },
      { principal: SESSION },
    );
    assert.equal(d.decision, 'implicit-deny');
    assert.equal(d.deniedBy, 'session');
    assert.equal(
      decide(
        { identity: [policy([allowGet])], session: [policy([allowAll], 'session')] },
        { principal: SESSION },
      ).decision,
      'allow',
    );
  });
  test('service control policies: each level must allow', () => {
    const scpAll = policy([allowAll], 'service-control');
    const scpPut = policy([allowPut], 'service-control');
    assert.equal(
      decide({ identity: [policy([allowGet])], serviceControl: [scpAll] }).decision,
      'allow',
    );
    const d = decide({ identity: [policy([allowGet])], serviceControl: [scpAll, scpPut] });
    assert.equal(d.decision, 'implicit-deny');
    assert.equal(d.deniedBy, 'service-control');
  });
});

describe('resource-based policies', () => {
  const grantTo = (aws: string | string[] | '*') =>
    policy(
      {
        Sid: 'Grant',
        Effect: 'Allow',
        Principal: aws === '*' ? '*' : { AWS: aws },
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::bucket/*',
      },
      'resource',
    );

  test('same account: a grant naming the user allows without any identity policy', () => {
    const d = decide({ identity: [], resource: [grantTo(USER)] });
    assert.equal(d.decision, 'allow');
    assert.deepEqual(
      d.matched.map((m) => m.sid),
      ['Grant'],
    );
  });
  test('... and is not limited by the boundary', () => {
    assert.equal(
      decide({
        identity: [],
        resource: [grantTo(USER)],
        permissionsBoundary: policy([allowPut], 'permissions-boundary'),
      }).decision,
      'allow',
    );
  });
  test('same account: a grant naming the role session allows, not limited by boundary or session policy', () => {
    const set = {
      identity: [],
      resource: [grantTo(SESSION)],
      permissionsBoundary: policy([allowPut], 'permissions-boundary'),
      session: [policy([allowPut], 'session')],
    };
    assert.equal(decide(set, { principal: SESSION }).decision, 'allow');
  });
  test('same account: a grant naming the role is limited by the boundary', () => {
    assert.equal(
      decide({ identity: [], resource: [grantTo(ROLE)] }, { principal: SESSION }).decision,
      'allow',
    );
    const d = decide(
      {
        identity: [],
        resource: [grantTo(ROLE)],
        permissionsBoundary: policy([allowPut], 'permissions-boundary'),
      },
      { principal: SESSION },
    );
    assert.equal(d.decision, 'implicit-deny');
    assert.equal(d.deniedBy, 'permissions-boundary');
  });
  test('a role named with a path matches its sessions (the session ARN has no path)', () => {
    assert.equal(
      decide(
        { identity: [], resource: [grantTo(`arn:aws:iam::${ACCOUNT}:role/team/app`)] },
        { principal: SESSION },
      ).decision,
      'allow',
    );
  });
  test('same account: a grant naming only the account needs the identity side', () => {
    const rp = grantTo(`arn:aws:iam::${ACCOUNT}:root`);
    assert.equal(decide({ identity: [], resource: [rp] }).decision, 'implicit-deny');
    assert.equal(decide({ identity: [policy([allowGet])], resource: [rp] }).decision, 'allow');
    assert.equal(decide({ identity: [], resource: [grantTo(ACCOUNT)] }).decision, 'implicit-deny');
  });
  test('a grant to someone else is a principal near miss', () => {
    const d = decide({ identity: [], resource: [grantTo(`arn:aws:iam::${ACCOUNT}:user/bob`)] });
    assert.equal(d.decision, 'implicit-deny');
    assert.equal(d.nearMisses[0]!.reason, 'principal-mismatch');
  });
  test('cross account: the identity side and the resource policy must both allow', () => {
    const other = { resourceAccountId: '222222222222' };
    assert.equal(decide({ identity: [policy([allowGet])] }, other).decision, 'implicit-deny');
    const d = decide({ identity: [], resource: [grantTo(USER)] }, other);
    assert.equal(d.decision, 'implicit-deny');
    assert.equal(d.deniedBy, 'identity');
    const both = decide({ identity: [policy([allowGet])], resource: [grantTo(ACCOUNT)] }, other);
    assert.equal(both.decision, 'allow');
    assert.equal(both.matched.length, 2);
    const noGrant = decide(
      { identity: [policy([allowGet])], resource: [grantTo('999999999999')] },
      other,
    );
    assert.equal(noGrant.deniedBy, 'resource');
  });
  test('NotPrincipal with Deny denies everyone not listed', () => {
    const notDenied = (aws: string[]) =>
      policy(
        { Effect: 'Deny', NotPrincipal: { AWS: aws }, Action: 's3:*', Resource: '*' },
        'resource',
      );
    const identity = [policy([allowGet])];
    const root = `arn:aws:iam::${ACCOUNT}:root`;
    // AWS checks account, then user: both must be listed for the user to be left out.
    assert.equal(decide({ identity, resource: [notDenied([USER, root])] }).decision, 'allow');
    assert.equal(decide({ identity, resource: [notDenied([USER])] }).decision, 'explicit-deny');
    assert.equal(decide({ identity, resource: [notDenied([root])] }).decision, 'explicit-deny');
    // ... and account, role, session for a role session.
    const session = { principal: SESSION };
    assert.equal(
      decide({ identity, resource: [notDenied([USER, root])] }, session).decision,
      'explicit-deny',
    );
    assert.equal(
      decide({ identity, resource: [notDenied([ROLE, root])] }, session).decision,
      'explicit-deny',
    );
    assert.equal(
      decide({ identity, resource: [notDenied([SESSION, ROLE, root])] }, session).decision,
      'allow',
    );
  });
  test('NotPrincipal Deny always applies to a principal with a permissions boundary', () => {
    const rp = policy(
      {
        Effect: 'Deny',
        NotPrincipal: { AWS: [USER, `arn:aws:iam::${ACCOUNT}:root`] },
        Action: 's3:*',
        Resource: '*',
      },
      'resource',
    );
    const boundary = policy([allowAll], 'permissions-boundary');
    assert.equal(
      decide({ identity: [policy([allowGet])], resource: [rp], permissionsBoundary: boundary })
        .decision,
      'explicit-deny',
    );
  });
  test('NotPrincipal with Allow is not supported: it grants nothing', () => {
    const rp = policy(
      {
        Effect: 'Allow',
        NotPrincipal: { AWS: 'arn:aws:iam::999999999999:root' },
        Action: 's3:*',
        Resource: '*',
      },
      'resource',
    );
    assert.equal(decide({ identity: [], resource: [rp] }).decision, 'implicit-deny');
  });
  test('KMS key policy must allow even in the same account', () => {
    const action = 'kms:Decrypt';
    const resource = `arn:aws:kms:us-east-1:${ACCOUNT}:key/k`;
    const identity = [policy({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' })];
    const keyPolicy = (aws: string) =>
      policy(
        { Effect: 'Allow', Principal: { AWS: aws }, Action: 'kms:*', Resource: '*' },
        'resource',
      );
    assert.equal(
      decide({ identity, resource: [keyPolicy('999999999999')] }, { action, resource }).decision,
      'implicit-deny',
    );
    assert.equal(
      decide(
        { identity, resource: [keyPolicy(`arn:aws:iam::${ACCOUNT}:root`)] },
        { action, resource },
      ).decision,
      'allow',
    );
    assert.equal(
      decide({ identity: [], resource: [keyPolicy(USER)] }, { action, resource }).decision,
      'allow',
    );
    const roleGrant = decide(
      { identity: [], resource: [keyPolicy(ROLE)] },
      { action, resource, principal: SESSION },
    );
    assert.equal(roleGrant.decision, 'allow', 'a key policy naming the role grants its sessions');
    assert.equal(
      decide({ identity }, { action, resource }).decision,
      'allow',
      'no key policy given: identity decides',
    );
  });
});

describe('matching', () => {
  const one = (statement: object, options: Parameters<typeof decide>[1] = {}) =>
    decide({ identity: [policy([statement])] }, options).decision;
  test('actions match case-insensitively, with * and ?', () => {
    assert.equal(
      one({ Effect: 'Allow', Action: 'S3:GETOBJECT', Resource: '*' }, { action: 's3:getObject' }),
      'allow',
    );
    assert.equal(one({ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }), 'allow');
    assert.equal(one({ Effect: 'Allow', Action: 's3:?etObject', Resource: '*' }), 'allow');
    assert.equal(one({ Effect: 'Allow', Action: 's3:Put*', Resource: '*' }), 'implicit-deny');
    assert.equal(one({ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }), 'implicit-deny');
  });
  test('NotAction applies to every other action', () => {
    assert.equal(one({ Effect: 'Allow', NotAction: 's3:PutObject', Resource: '*' }), 'allow');
    assert.equal(one({ Effect: 'Allow', NotAction: 's3:*', Resource: '*' }), 'implicit-deny');
  });
  test('resources: case-sensitive, wildcards within ARN segments', () => {
    assert.equal(one({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::bucket/*' }), 'allow');
    assert.equal(
      one({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::Bucket/*' }),
      'implicit-deny',
    );
    assert.equal(
      one({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::buck?t/k?y' }),
      'allow',
    );
    assert.equal(
      one(
        { Effect: 'Allow', Action: '*', Resource: 'arn:aws:dynamodb:*:*:table/T' },
        { resource: 'arn:aws:dynamodb:us-east-1:1:table/T' },
      ),
      'allow',
    );
    assert.equal(
      one(
        { Effect: 'Allow', Action: '*', Resource: 'arn:aws:logs:*:*:log-group:g:*' },
        { resource: 'arn:aws:logs:us-east-1:1:log-group:g:log-stream:s' },
      ),
      'allow',
    );
  });
  test('NotResource applies to every other resource', () => {
    assert.equal(
      one({ Effect: 'Allow', Action: '*', NotResource: 'arn:aws:s3:::other/*' }),
      'allow',
    );
    assert.equal(
      one({ Effect: 'Allow', Action: '*', NotResource: 'arn:aws:s3:::bucket/*' }),
      'implicit-deny',
    );
  });
  test('a resource-less action ("*") is granted only by a pattern matching "*"', () => {
    const opts = { action: 'ec2:DescribeInstances', resource: '*' };
    assert.equal(one({ Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' }, opts), 'allow');
    assert.equal(
      one(
        { Effect: 'Allow', Action: 'ec2:Describe*', Resource: 'arn:aws:ec2:*:*:instance/*' },
        opts,
      ),
      'implicit-deny',
    );
  });
  test('policy variables in resources', () => {
    const st = {
      Effect: 'Allow',
      Action: '*',
      Resource: 'arn:aws:s3:::bucket/home/${aws:username}/*',
    };
    assert.equal(
      one(st, {
        resource: 'arn:aws:s3:::bucket/home/alice/f',
        context: { 'aws:username': 'alice' },
      }),
      'allow',
    );
    assert.equal(
      one(st, { resource: 'arn:aws:s3:::bucket/home/bob/f', context: { 'aws:username': 'alice' } }),
      'implicit-deny',
    );
    assert.equal(
      one(st, { resource: 'arn:aws:s3:::bucket/home/alice/f' }),
      'implicit-deny',
      'no value: matches nothing',
    );
    const tagged = {
      Effect: 'Allow',
      Action: '*',
      Resource: 'arn:aws:s3:::bucket/${aws:PrincipalTag/team}/*',
    };
    assert.equal(
      one(tagged, {
        resource: 'arn:aws:s3:::bucket/dev/f',
        context: { 'aws:PrincipalTag/team': 'dev' },
      }),
      'allow',
    );
  });
  test('a variable value is literal text, not a wildcard', () => {
    const st = { Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::bucket/${aws:username}' };
    assert.equal(
      one(st, { resource: 'arn:aws:s3:::bucket/alice', context: { 'aws:username': '*' } }),
      'implicit-deny',
    );
  });
});

describe('attribution', () => {
  test('near misses say why each Allow did not apply', () => {
    const p = policy([
      {
        Sid: 'WrongBucket',
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::other/*',
      },
      {
        Sid: 'NeedsVpc',
        Effect: 'Allow',
        Action: 's3:*',
        Resource: '*',
        Condition: { StringEquals: { 'aws:SourceVpc': 'vpc-1' } },
      },
      { Sid: 'OtherAction', Effect: 'Allow', Action: 's3:PutObject', Resource: '*' },
    ]);
    const d = decide({ identity: [p] }, { context: { 'aws:SourceVpc': 'vpc-2' } });
    assert.equal(d.decision, 'implicit-deny');
    assert.deepEqual(
      d.nearMisses.map((m) => [m.statement.sid, m.reason, m.detail]),
      [
        ['WrongBucket', 'resource-mismatch', undefined],
        ['NeedsVpc', 'condition-failed', 'StringEquals aws:SourceVpc'],
      ],
    );
  });
  test('an allow lists every statement that granted it', () => {
    const p = policy([
      allowGet,
      { Sid: 'AlsoGet', Effect: 'Allow', Action: 's3:Get*', Resource: '*' },
      { Sid: 'Put', ...allowPut },
    ]);
    assert.deepEqual(
      decide({ identity: [p] }).matched.map((m) => m.sid),
      ['AllowGet', 'AlsoGet'],
    );
  });
  test('statement refs carry policy id, index, Sid, line and column', () => {
    const p = policy([allowPut, allowGet]);
    const m = decide({ identity: [p] }).matched[0]!;
    assert.equal(m.policyId, p.id);
    assert.equal(m.index, 1);
    assert.equal(m.sid, 'AllowGet');
    assert.equal(m.line, 9);
    assert.equal(m.column, 5);
  });
});
