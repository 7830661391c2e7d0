/**
 * Every rule: a policy that triggers it (with the position of the offending value) and a
 * near-miss that must not. The near-misses are the point: a linter users learn to ignore is
 * worse than none.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type LintOptions, RULES, lintPolicyText } from '../../src/lint/index.js';

type Statement = Record<string, unknown>;

function policy(...statements: Statement[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
}

function allow(action: unknown, resource: unknown = '*', extra: Statement = {}): Statement {
  return { Sid: 'S', Effect: 'Allow', Action: action, Resource: resource, ...extra };
}

function codes(text: string, options: Partial<LintOptions> = {}) {
  const r = lintPolicyText(text, 'policy.json', options);
  assert.deepEqual(r.errors, [], 'fixture must parse');
  return r.findings;
}

interface Case {
  code: string;
  trigger: string;
  /** Text the finding must point at (its line/column is the start of this JSON value). */
  at?: string;
  nearMisses: string[];
  options?: Partial<LintOptions>;
}

const trust = (principal: unknown, extra: Statement = {}) =>
  policy({ Sid: 'T', Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', ...extra });

const CASES: Case[] = [
  {
    code: 'WILDCARD_ACTION',
    trigger: policy(allow('*')),
    at: '"*"',
    nearMisses: [
      policy({ Sid: 'D', Effect: 'Deny', Action: '*', Resource: '*' }),
      policy(allow('s3:GetObject', 'arn:aws:s3:::b/*')),
    ],
  },
  {
    code: 'SERVICE_WILDCARD',
    trigger: policy(allow('s3:*', 'arn:aws:s3:::b/*')),
    at: '"s3:*"',
    nearMisses: [
      policy(allow('s3:GetObject*', 'arn:aws:s3:::b/*')),
      policy({ Sid: 'D', Effect: 'Deny', Action: 's3:*', Resource: '*' }),
    ],
  },
  {
    code: 'BROAD_WILDCARD',
    trigger: policy(allow('s3:Get*', 'arn:aws:s3:::b/*')),
    at: '"s3:Get*"',
    // A wildcard that stands for exactly one action is an abbreviation, not a broad grant.
    nearMisses: [
      policy(allow('s3:GetObjectTorren?', 'arn:aws:s3:::b/*')),
      policy(allow('s3:GetObject', 'arn:aws:s3:::b/*')),
    ],
  },
  {
    code: 'WILDCARD_RESOURCE',
    trigger: policy(allow(['sts:GetCallerIdentity', 's3:GetObject'])),
    at: '"*"',
    nearMisses: [
      policy(
        allow([
          'sts:GetCallerIdentity',
          's3:ListAllMyBuckets',
          'kms:CreateKey',
          'logs:DescribeLogGroups',
        ]),
      ),
      policy(allow('ec2:Describe*')),
      policy(allow('ecr:GetAuthorizationToken')),
      policy(allow('s3:GetObject', 'arn:aws:s3:::b/*')),
    ],
  },
  {
    code: 'ALLOW_NOT_ACTION',
    trigger: policy({ Sid: 'S', Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }),
    at: '"iam:*"',
    nearMisses: [policy({ Sid: 'S', Effect: 'Deny', NotAction: 'iam:*', Resource: '*' })],
  },
  {
    code: 'ALLOW_NOT_RESOURCE',
    trigger: policy({
      Sid: 'S',
      Effect: 'Allow',
      Action: 's3:GetObject',
      NotResource: 'arn:aws:s3:::secret/*',
    }),
    at: '"arn:aws:s3:::secret/*"',
    nearMisses: [
      policy({
        Sid: 'S',
        Effect: 'Deny',
        Action: 's3:GetObject',
        NotResource: 'arn:aws:s3:::ok/*',
      }),
    ],
  },
  {
    code: 'ALLOW_NOT_PRINCIPAL',
    trigger: policy({
      Sid: 'S',
      Effect: 'Allow',
      NotPrincipal: { AWS: 'arn:aws:iam::111111111111:root' },
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::b/*',
    }),
    nearMisses: [
      policy({
        Sid: 'S',
        Effect: 'Deny',
        NotPrincipal: { AWS: 'arn:aws:iam::111111111111:root' },
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::b/*',
      }),
    ],
    options: { kind: 'resource' },
  },
  {
    code: 'PRIVILEGE_ESCALATION',
    // Combined across two statements, one of them through a wildcard.
    trigger: policy(allow('iam:PassRole', 'arn:aws:iam::111111111111:role/app'), {
      Sid: 'Lambda',
      Effect: 'Allow',
      Action: ['lambda:Create*', 'lambda:InvokeFunction'],
      Resource: '*',
    }),
    at: '"iam:PassRole"',
    nearMisses: [
      // PassRole and CreateFunction without a way to run it.
      policy(allow('iam:PassRole', 'arn:aws:iam::111111111111:role/app'), {
        Sid: 'L',
        Effect: 'Allow',
        Action: 'lambda:CreateFunction',
        Resource: '*',
      }),
      // Self-service access keys (AWS's own example policy).
      policy(
        allow(
          ['iam:CreateAccessKey', 'iam:UpdateLoginProfile'],
          'arn:aws:iam::*:user/${aws:username}',
        ),
      ),
      // An unconditional Deny takes it away.
      policy(allow('iam:*', '*'), { Sid: 'D', Effect: 'Deny', Action: 'iam:*', Resource: '*' }),
    ],
  },
  {
    code: 'PASSROLE_WILDCARD',
    trigger: policy(allow('iam:PassRole')),
    at: '"*"',
    nearMisses: [
      policy(
        allow('iam:PassRole', 'arn:aws:iam::111111111111:role/app', {
          Condition: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } },
        }),
      ),
    ],
  },
  {
    code: 'DATA_EXFILTRATION',
    trigger: policy(allow('secretsmanager:GetSecretValue')),
    at: '"secretsmanager:GetSecretValue"',
    nearMisses: [
      policy(
        allow(
          'secretsmanager:GetSecretValue',
          'arn:aws:secretsmanager:us-east-1:111111111111:secret:app-*',
        ),
      ),
      policy(allow('secretsmanager:ListSecrets')),
    ],
  },
  {
    code: 'CREDENTIALS_EXPOSURE',
    trigger: policy(allow('sts:AssumeRole')),
    at: '"sts:AssumeRole"',
    nearMisses: [
      policy(allow('sts:AssumeRole', 'arn:aws:iam::111111111111:role/deploy')),
      policy(allow('ecr:GetAuthorizationToken')),
    ],
  },
  {
    code: 'UNKNOWN_SERVICE',
    trigger: policy(allow('s4:GetObject', 'arn:aws:s3:::b/*')),
    at: '"s4:GetObject"',
    nearMisses: [
      policy(allow('s3:GetObject', 'arn:aws:s3:::b/*')),
      policy(allow('*:GetObject', 'arn:aws:s3:::b/*')),
    ],
  },
  {
    code: 'UNKNOWN_ACTION',
    trigger: policy(allow('s3:GetObjekt', 'arn:aws:s3:::b/*')),
    at: '"s3:GetObjekt"',
    nearMisses: [policy(allow('S3:getobject', 'arn:aws:s3:::b/*'))],
  },
  {
    code: 'RESOURCE_MISMATCH',
    trigger: policy(allow('s3:GetObject', 'arn:aws:s3:::bucket')),
    at: '"arn:aws:s3:::bucket"',
    nearMisses: [
      policy(allow('s3:GetObject', 'arn:aws:s3:::bucket/*')),
      policy(allow('s3:ListBucket', 'arn:aws:s3:::bucket')),
      policy(
        allow(['s3:GetObject', 's3:ListBucket'], ['arn:aws:s3:::bucket', 'arn:aws:s3:::bucket/*']),
      ),
      policy(allow('logs:CreateLogStream', 'arn:aws:logs:*:*:log-group:/aws/lambda/fn:*')),
      policy(allow('iam:GetRole', 'arn:aws:iam::111111111111:role/path/to/role')),
      policy(allow('s3:ListAllMyBuckets', 'arn:aws:s3:::*')),
      policy(allow('s3:GetObject', 'arn:aws:s3:::bucket/${aws:username}/*')),
    ],
  },
  {
    code: 'RESOURCE_MISMATCH',
    trigger: policy(allow('s3:ListBucket', 'arn:aws:s3:::bucket/*')),
    at: '"arn:aws:s3:::bucket/*"',
    nearMisses: [policy(allow('s3:ListBucket', 'arn:aws:s3:::bucket*'))],
  },
  {
    code: 'CONDITION_KEY_NOT_APPLICABLE',
    trigger: policy(
      allow('ec2:StartInstances', '*', { Condition: { StringEquals: { 's3:prefix': 'home/' } } }),
    ),
    at: '"s3:prefix"',
    nearMisses: [
      policy(
        allow('s3:ListBucket', 'arn:aws:s3:::b', {
          Condition: { StringEquals: { 's3:prefix': 'home/' } },
        }),
      ),
      policy(
        allow('ec2:StartInstances', '*', {
          Condition: { StringEqualsIfExists: { 's3:prefix': 'x' } },
        }),
      ),
      policy(
        allow('ec2:StartInstances', '*', {
          Condition: { StringEquals: { 'aws:PrincipalTag/team': 'a' } },
        }),
      ),
      policy(
        allow('ec2:StartInstances', '*', {
          Condition: { StringEquals: { 'ec2:ResourceTag/team': 'a' } },
        }),
      ),
    ],
  },
  {
    code: 'UNKNOWN_CONDITION_OPERATOR',
    trigger: policy(
      allow('s3:GetObject', 'arn:aws:s3:::b/*', {
        Condition: { StringEqual: { 'aws:SourceVpc': 'vpc-1' } },
      }),
    ),
    at: '"StringEqual"',
    nearMisses: [
      policy(
        allow('s3:GetObject', 'arn:aws:s3:::b/*', {
          Condition: { 'ForAnyValue:StringEqualsIfExists': { 'aws:TagKeys': 'a' } },
        }),
      ),
    ],
  },
  {
    code: 'DUPLICATE_SID',
    trigger: policy(
      allow('s3:GetObject', 'arn:aws:s3:::b/*'),
      allow('s3:PutObject', 'arn:aws:s3:::b/*'),
    ),
    nearMisses: [
      policy(allow('s3:GetObject', 'arn:aws:s3:::b/*'), {
        ...allow('s3:PutObject', 'arn:aws:s3:::b/*'),
        Sid: 's',
      }),
    ],
  },
  {
    code: 'MISSING_SID',
    trigger: policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }),
    nearMisses: [policy(allow('s3:GetObject', 'arn:aws:s3:::b/*'))],
  },
  {
    code: 'REDUNDANT_STATEMENT',
    trigger: policy(allow('s3:Get*', 'arn:aws:s3:::b/*'), {
      ...allow('s3:GetObject', 'arn:aws:s3:::b/x/*'),
      Sid: 'Two',
    }),
    nearMisses: [
      policy(allow('s3:Get*', 'arn:aws:s3:::b/*'), {
        ...allow('s3:PutObject', 'arn:aws:s3:::b/*'),
        Sid: 'Two',
      }),
      policy(allow('s3:Get*', 'arn:aws:s3:::b/*'), {
        ...allow('s3:GetObject', 'arn:aws:s3:::b/*', {
          Condition: { Bool: { 'aws:SecureTransport': 'true' } },
        }),
        Sid: 'Two',
      }),
      policy(allow('s3:Get*', 'arn:aws:s3:::b?/*'), {
        ...allow('s3:GetObject', 'arn:aws:s3:::b*/x'),
        Sid: 'Two',
      }),
    ],
  },
  {
    code: 'POLICY_TOO_LARGE',
    trigger: policy(
      allow(
        Array.from({ length: 300 }, (_, i) => `s3:GetObject${'x'.repeat(10)}${i}`),
        'arn:aws:s3:::b/*',
      ),
    ),
    nearMisses: [
      // Whitespace does not count: the same content indented by 4000 spaces is fine.
      `${' '.repeat(7000)}${policy(allow('s3:GetObject', 'arn:aws:s3:::b/*'))}`,
    ],
  },
  {
    code: 'TRUST_ANY_PRINCIPAL',
    trigger: trust({ AWS: '*' }),
    at: '"*"',
    nearMisses: [
      trust({ AWS: '*' }, { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } } }),
      trust({ Service: 'lambda.amazonaws.com' }),
    ],
    options: { kind: 'trust' },
  },
  {
    code: 'TRUST_CROSS_ACCOUNT_NO_EXTERNAL_ID',
    trigger: trust({ AWS: 'arn:aws:iam::222222222222:root' }),
    at: '"arn:aws:iam::222222222222:root"',
    nearMisses: [
      trust(
        { AWS: 'arn:aws:iam::222222222222:root' },
        { Condition: { StringEquals: { 'sts:ExternalId': 'x' } } },
      ),
      trust({ AWS: 'arn:aws:iam::111111111111:role/ci' }),
    ],
    options: { kind: 'trust', accountId: '111111111111' },
  },
];

describe('lint rules: trigger and near-miss', () => {
  for (const c of CASES) {
    test(`${c.code} fires on its trigger, at the offending value`, () => {
      const found = codes(c.trigger, c.options).filter((f) => f.code === c.code);
      assert.ok(found.length > 0, `${c.code} did not fire on:\n${c.trigger}`);
      const f = found[0]!;
      assert.ok(f.message.length > 0 && f.fix.length > 0);
      if (c.at) {
        const line = c.trigger.split('\n')[f.line - 1] ?? '';
        assert.ok(
          line.slice(f.column - 1).startsWith(c.at),
          `${c.code} points at line ${f.line} col ${f.column}: ${line}`,
        );
        assert.ok(
          f.message.includes(c.at.replace(/^"|"$/g, '')) || c.code === 'WILDCARD_RESOURCE',
          f.message,
        );
      }
    });
    c.nearMisses.forEach((nearMiss, i) => {
      test(`${c.code} stays silent on near-miss ${i + 1}`, () => {
        const found = codes(nearMiss, c.options).filter((f) => f.code === c.code);
        assert.deepEqual(found, [], `false alarm on:\n${nearMiss}`);
      });
    });
  }

  test('every rule has a trigger case here', () => {
    const covered = new Set(CASES.map((c) => c.code));
    assert.deepEqual(
      RULES.map((r) => r.code).filter((c) => !covered.has(c)),
      [],
    );
  });
});

describe('lint: details users rely on', () => {
  test('a statement mixing *-only and resource-level actions is told to split, both statements written out', () => {
    const [f] = codes(policy(allow(['sts:GetCallerIdentity', 's3:GetObject']))).filter(
      (x) => x.code === 'WILDCARD_RESOURCE',
    );
    assert.match(
      f!.fix,
      /^split it: \{"Effect":"Allow","Action":\["sts:GetCallerIdentity"\],"Resource":"\*"\} and \{"Effect":"Allow","Action":\["s3:GetObject"\],"Resource":\["arn:aws:s3:::\$\{BucketName\}\/\$\{ObjectName\}"\]\}/,
    );
  });

  test('BROAD_WILDCARD says how many actions and at which access levels', () => {
    const [f] = codes(policy(allow('s3:Get*', 'arn:aws:s3:::b/*'))).filter(
      (x) => x.code === 'BROAD_WILDCARD',
    );
    assert.match(f!.message, /^"s3:Get\*" expands to \d+ actions \((Read|List) \d+/);
    const [read] = codes(policy(allow('s3:GetObject*', 'arn:aws:s3:::b/*'))).filter(
      (x) => x.code === 'BROAD_WILDCARD',
    );
    assert.equal(read!.severity, 'note', 'read-only expansion is a note');
  });

  test('PRIVILEGE_ESCALATION names the statements that combine', () => {
    const text = policy(
      { ...allow('iam:PassRole', 'arn:aws:iam::111111111111:role/app'), Sid: 'Pass' },
      { Sid: 'Run', Effect: 'Allow', Action: 'ec2:RunInstances', Resource: '*' },
    );
    const [f] = codes(text).filter((x) => x.code === 'PRIVILEGE_ESCALATION');
    assert.match(
      f!.message,
      /statement "Pass" and statement "Run" combine to allow privilege escalation: iam:PassRole \+ ec2:RunInstances/,
    );
    assert.deepEqual(f!.relatedStatements, [1]);
  });

  test('UNKNOWN_ACTION suggests the closest real name', () => {
    const [f] = codes(policy(allow('s3:GetObjekt', 'arn:aws:s3:::b/*'))).filter(
      (x) => x.code === 'UNKNOWN_ACTION',
    );
    assert.match(f!.message, /did you mean "s3:GetObject"/);
  });

  test('findings carry the Sid and the statement index', () => {
    const [f] = codes(policy(allow('s3:*', 'arn:aws:s3:::b/*'))).filter(
      (x) => x.code === 'SERVICE_WILDCARD',
    );
    assert.equal(f!.sid, 'S');
    assert.equal(f!.statementIndex, 0);
  });

  test('POLICY_TOO_LARGE uses the quota of the kind of policy', () => {
    const text = policy(
      allow(
        Array.from({ length: 300 }, (_, i) => `s3:GetObject${'x'.repeat(10)}${i}`),
        'arn:aws:s3:::b/*',
      ),
    );
    assert.ok(
      codes(text).some((f) => f.code === 'POLICY_TOO_LARGE'),
      'over 6,144 for managed',
    );
    assert.ok(
      !codes(text, { policyKind: 'inline' }).some((f) => f.code === 'POLICY_TOO_LARGE'),
      'under 10,240 for role inline',
    );
  });
});
