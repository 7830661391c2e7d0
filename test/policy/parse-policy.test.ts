/**
 * parsePolicy / validatePolicy / compilePolicyText: positions for every part, and a located
 * diagnostic (never an exception) for every kind of bad input the issue lists.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { formatDiagnostic } from '../../src/common/diagnostic.js';
import { InputError } from '../../src/common/errors.js';
import { compilePolicyText, parsePolicy, tryCompilePolicyText } from '../../src/policy/index.js';

const GOOD = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "GetConfig",
      "Effect": "Allow",
      "Action": ["s3:GetObject", "s3:ListBucket"],
      "Resource": "arn:aws:s3:::bucket/*",
      "Condition": { "StringEquals": { "aws:SourceVpc": ["vpc-1", "vpc-2"] } }
    },
    {
      "Effect": "Deny",
      "NotAction": "iam:*",
      "NotResource": ["arn:aws:iam::*:role/x"]
    }
  ]
}`;

function statement(fields: object): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: [fields] }, null, 2);
}

describe('parsePolicy: positions', () => {
  const parsed = parsePolicy(GOOD, 'p.json');
  const policy = parsed.value!;
  test('parses without diagnostics', () => {
    assert.deepEqual(parsed.diagnostics, []);
    assert.equal(policy.version?.value, '2012-10-17');
    assert.equal(policy.statements.length, 2);
  });
  test('statement, Sid, each action and resource have their own position', () => {
    const [a, b] = policy.statements;
    assert.deepEqual([a!.line, a!.column], [4, 5]);
    assert.deepEqual([a!.sid!.value, a!.sid!.line, a!.sid!.column], ['GetConfig', 5, 14]);
    assert.deepEqual(
      a!.action!.map((x) => [x.value, x.line, x.column]),
      [
        ['s3:GetObject', 7, 18],
        ['s3:ListBucket', 7, 34],
      ],
    );
    assert.deepEqual(
      a!.resource!.map((x) => [x.value, x.line, x.column]),
      [['arn:aws:s3:::bucket/*', 8, 19]],
    );
    assert.equal(a!.effect.value, 'Allow');
    assert.deepEqual(
      b!.notAction!.map((x) => x.value),
      ['iam:*'],
    );
    assert.deepEqual(
      b!.notResource!.map((x) => x.value),
      ['arn:aws:iam::*:role/x'],
    );
    assert.equal(b!.sid, undefined);
  });
  test('offsets slice back to the source text', () => {
    const a = policy.statements[0]!;
    assert.equal(GOOD.slice(a.start, a.end).startsWith('{\n      "Sid"'), true);
    assert.equal(GOOD.slice(a.action![0]!.start, a.action![0]!.end), '"s3:GetObject"');
  });
  test('conditions keep operator, key and each value with positions', () => {
    const [c] = policy.statements[0]!.conditions;
    assert.equal(c!.operator.value, 'StringEquals');
    assert.equal(c!.key.value, 'aws:SourceVpc');
    assert.deepEqual(
      c!.values.map((v) => v.value),
      ['vpc-1', 'vpc-2'],
    );
    assert.equal(c!.key.line, 9);
  });
  test('a single statement object and string values are normalised to lists', () => {
    const p = parsePolicy(
      '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*"}}',
      'x',
    ).value!;
    assert.equal(p.singleStatement, true);
    assert.deepEqual(
      p.statements[0]!.action!.map((a) => a.value),
      ['s3:*'],
    );
    assert.deepEqual(
      p.statements[0]!.resource!.map((a) => a.value),
      ['*'],
    );
  });
  test('condition values written as numbers and booleans become strings', () => {
    const p = parsePolicy(
      statement({
        Effect: 'Allow',
        Action: '*',
        Resource: '*',
        Condition: { NumericLessThan: { k: 10 }, Bool: { b: true } },
      }),
      'x',
    ).value!;
    assert.deepEqual(
      p.statements[0]!.conditions.map((c) => c.values[0]!.value),
      ['10', 'true'],
    );
  });
});

describe('parsePolicy: diagnostics, never exceptions', () => {
  const cases: [string, string, RegExp, ('identity' | 'resource')?][] = [
    [
      'bad JSON',
      '{"Version": "2012-10-17", "Statement": [}',
      /^p\.json:1:41: error: invalid JSON: expected a JSON value but found '\}'/,
    ],
    [
      'byte order mark',
      '\uFEFF{"Statement": []}',
      /^p\.json:1:1: error: invalid JSON: the file starts with a byte order mark/,
    ],
    [
      'trailing garbage',
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]} x',
      /1:87: error: invalid JSON: unexpected 'x' after the end/,
    ],
    [
      'trailing comma',
      '{"Statement": [{"Effect":"Allow","Action":"*","Resource":"*"},]}',
      /trailing comma/,
    ],
    ['comments', '{ // c\n"Statement": []}', /comments are not allowed/],
    ['not an object', '[1, 2]', /a policy must be a JSON object/],
    ['no Statement', '{"Version": "2012-10-17"}', /the policy has no Statement/],
    [
      'empty Statement',
      '{"Version": "2012-10-17", "Statement": []}',
      /1:40: error: Statement is empty/,
    ],
    [
      'unknown Version',
      '{"Version": "2020-01-01", "Statement": []}',
      /Version must be "2012-10-17" or "2008-10-17"/,
    ],
    [
      'unknown top-level element',
      '{"Version": "2012-10-17", "Statment": []}',
      /unknown policy element "Statment"/,
    ],
    [
      'unknown Effect',
      statement({ Effect: 'allow', Action: '*', Resource: '*' }),
      /5:17: error: Effect must be "Allow" or "Deny" \(case-sensitive\), not "allow"/,
    ],
    ['missing Effect', statement({ Action: '*', Resource: '*' }), /the statement has no Effect/],
    [
      'Action and NotAction',
      statement({ Effect: 'Allow', Action: '*', NotAction: 's3:*', Resource: '*' }),
      /both Action and NotAction/,
    ],
    [
      'neither Action nor NotAction',
      statement({ Effect: 'Allow', Resource: '*' }),
      /neither Action nor NotAction/,
    ],
    [
      'Resource and NotResource',
      statement({ Effect: 'Allow', Action: '*', Resource: '*', NotResource: '*' }),
      /both Resource and NotResource/,
    ],
    [
      'wrong type for Action',
      statement({ Effect: 'Allow', Action: 5, Resource: '*' }),
      /Action must be a string or a list of strings/,
    ],
    [
      'wrong type inside Action',
      statement({ Effect: 'Allow', Action: ['s3:GetObject', 5], Resource: '*' }),
      /Action entries must be strings/,
    ],
    [
      'empty Action list',
      statement({ Effect: 'Allow', Action: [], Resource: '*' }),
      /Action is an empty list/,
    ],
    [
      'action without service',
      statement({ Effect: 'Allow', Action: 'GetObject', Resource: '*' }),
      /"GetObject" is not an action/,
    ],
    [
      'bad ARN shape',
      statement({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:bucket' }),
      /"arn:aws:s3:bucket" is not an ARN/,
    ],
    [
      'not an ARN at all',
      statement({ Effect: 'Allow', Action: '*', Resource: 'bucket/*' }),
      /is not an ARN/,
    ],
    [
      'duplicate Sids',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Sid: 'A', Effect: 'Allow', Action: '*', Resource: '*' },
          { Sid: 'A', Effect: 'Deny', Action: '*', Resource: '*' },
        ],
      }),
      /duplicate Sid "A" \(also statement 0\)/,
    ],
    [
      'duplicate keys',
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Effect":"Deny","Action":"*","Resource":"*"}]}',
      /duplicate key "Effect"/,
    ],
    [
      'unknown statement element',
      statement({ Effect: 'Allow', Action: '*', Resource: '*', Condtion: {} }),
      /unknown statement element "Condtion"/,
    ],
    [
      'Condition not an object',
      statement({ Effect: 'Allow', Action: '*', Resource: '*', Condition: 'x' }),
      /Condition must be an object/,
    ],
    [
      'condition value of a wrong type',
      statement({
        Effect: 'Allow',
        Action: '*',
        Resource: '*',
        Condition: { StringEquals: { k: { a: 1 } } },
      }),
      /condition values must be strings, numbers or booleans/,
    ],
    [
      'missing Resource in an identity policy',
      statement({ Effect: 'Allow', Action: '*' }),
      /has no Resource; a identity policy must name one/,
      'identity',
    ],
    [
      'Principal in an identity policy',
      statement({ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }),
      /Principal\/NotPrincipal is not allowed in a identity policy/,
      'identity',
    ],
    [
      'missing Principal in a resource policy',
      statement({ Effect: 'Allow', Action: '*', Resource: '*' }),
      /has no Principal/,
      'resource',
    ],
    [
      'unknown principal type',
      statement({ Effect: 'Allow', Principal: { User: 'x' }, Action: '*', Resource: '*' }),
      /unknown principal type "User"/,
    ],
    [
      'unknown condition operator',
      statement({
        Effect: 'Allow',
        Action: '*',
        Resource: '*',
        Condition: { StringSorta: { k: 'v' } },
      }),
      /unknown condition operator StringSorta/,
      'identity',
    ],
    [
      'bad IP block',
      statement({
        Effect: 'Allow',
        Action: '*',
        Resource: '*',
        Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/33' } },
      }),
      /is not an IP address or CIDR block/,
      'identity',
    ],
  ];
  for (const [name, text, expected, kind] of cases) {
    test(name, () => {
      const result = parsePolicy(text, 'p.json', kind ? { kind } : {});
      assert.equal(result.value, undefined, 'no value when there are errors');
      const messages = result.diagnostics.map(formatDiagnostic);
      assert.ok(
        messages.some((m) => expected.test(m)),
        `expected ${expected} in:\n${messages.join('\n')}`,
      );
      assert.ok(
        result.diagnostics.every((d) => d.position !== undefined),
        'every diagnostic is located',
      );
    });
  }
  test('warnings do not block: unknown actions, variables in a 2008 policy', () => {
    const text = JSON.stringify({
      Version: '2008-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['s3:GetObjekt', 's3:Frobnicate*'],
          Resource: 'arn:aws:s3:::b/${aws:username}',
        },
      ],
    });
    const result = parsePolicy(text, 'p.json', { kind: 'identity' });
    assert.ok(result.value);
    const messages = result.diagnostics.map((d) => `${d.severity}: ${d.message}`);
    assert.ok(messages.some((m) => /warning: unknown action "s3:GetObjekt"/.test(m)));
    assert.ok(messages.some((m) => /warning: "s3:Frobnicate\*" matches no known action/.test(m)));
    assert.ok(messages.some((m) => /warning: .*only work with "Version": "2012-10-17"/.test(m)));
  });
  test('no Version is accepted (AWS defaults to 2008-10-17: variables off)', () => {
    const p = parsePolicy('{"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}', 'x');
    assert.ok(p.value);
    assert.equal(p.value.version, undefined);
  });
  test('arbitrary text never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        parsePolicy(text, 'fuzz.json', { kind: 'identity' });
      }),
      { seed: 4, numRuns: 500 },
    );
  });
  test('arbitrary JSON never throws', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), (text) => {
        parsePolicy(text, 'fuzz.json', { kind: 'resource' });
      }),
      { seed: 5, numRuns: 500 },
    );
  });
});

describe('compilePolicyText', () => {
  test('throws an InputError listing file:line:column', () => {
    assert.throws(
      () =>
        compilePolicyText(statement({ Effect: 'Allow', Action: '*' }), {
          id: 'role/x/inline/p',
          kind: 'identity',
          file: 'policies/p.json',
        }),
      (error: unknown) =>
        error instanceof InputError &&
        /^policies\/p\.json:4:5: error: statement 0 has no Resource/.test(error.message),
    );
  });
  test('tryCompilePolicyText returns diagnostics instead', () => {
    const r = tryCompilePolicyText('{', { id: 'p', kind: 'identity' });
    assert.equal(r.value, undefined);
    assert.equal(r.diagnostics[0]!.file, 'p');
  });
  test('a compiled policy reports its id, kind and statement count', () => {
    const p = compilePolicyText(GOOD, { id: 'p1', kind: 'identity' });
    assert.deepEqual([p.id, p.kind, p.statementCount], ['p1', 'identity', 2]);
  });
});
