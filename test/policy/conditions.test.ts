/**
 * Every condition operator family, table-driven from the examples and rules of the IAM User
 * Guide ("IAM JSON policy elements: Condition operators", "Single-valued vs. multivalued
 * context keys", "policy variables"). Each row: condition block, request context, decision.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ContextValue } from '../../src/policy/index.js';
import { conditionAllows, decide, policy, unvalidatedPolicy } from './support/helpers.js';

type Row = [
  name: string,
  condition: object,
  context: Record<string, ContextValue>,
  expected: 'allow' | 'implicit-deny',
];

function table(title: string, rows: Row[], version?: string): void {
  describe(title, () => {
    for (const [name, condition, context, expected] of rows) {
      test(name, () => assert.equal(conditionAllows(condition, context, version), expected));
    }
  });
}

const Y = 'allow';
const N = 'implicit-deny';

table('String operators', [
  [
    'StringEquals matches exactly',
    { StringEquals: { 'aws:PrincipalTag/job-category': 'iamuser-admin' } },
    { 'aws:PrincipalTag/job-category': 'iamuser-admin' },
    Y,
  ],
  [
    'StringEquals is case-sensitive',
    { StringEquals: { 'aws:PrincipalTag/job-category': 'iamuser-admin' } },
    { 'aws:PrincipalTag/job-category': 'IAMUSER-ADMIN' },
    N,
  ],
  [
    'StringEquals: missing key is false',
    { StringEquals: { 'aws:PrincipalTag/job-category': 'x' } },
    {},
    N,
  ],
  [
    'StringEquals: several values are ORed',
    { StringEquals: { 'aws:PrincipalTag/team': ['a', 'b'] } },
    { 'aws:PrincipalTag/team': 'b' },
    Y,
  ],
  [
    'StringEquals does not treat * as a wildcard',
    { StringEquals: { 's3:prefix': 'home/*' } },
    { 's3:prefix': 'home/x' },
    N,
  ],
  [
    'condition key names are case-insensitive',
    { StringEquals: { 'AWS:PrincipalTag/Team': 'a' } },
    { 'aws:principaltag/team': 'a' },
    Y,
  ],
  [
    'StringNotEquals: value not in list',
    { StringNotEquals: { 'aws:PrincipalTag/team': ['a', 'b'] } },
    { 'aws:PrincipalTag/team': 'c' },
    Y,
  ],
  [
    'StringNotEquals: value in list',
    { StringNotEquals: { 'aws:PrincipalTag/team': ['a', 'b'] } },
    { 'aws:PrincipalTag/team': 'a' },
    N,
  ],
  [
    'StringNotEquals: missing key is true',
    { StringNotEquals: { 'aws:PrincipalTag/team': 'a' } },
    {},
    Y,
  ],
  [
    'StringEqualsIgnoreCase',
    { StringEqualsIgnoreCase: { 'aws:PrincipalTag/team': 'Admin' } },
    { 'aws:PrincipalTag/team': 'ADMIN' },
    Y,
  ],
  [
    'StringNotEqualsIgnoreCase',
    { StringNotEqualsIgnoreCase: { 'aws:PrincipalTag/team': 'admin' } },
    { 'aws:PrincipalTag/team': 'ADMIN' },
    N,
  ],
  [
    'StringLike with *',
    { StringLike: { 's3:prefix': ['', 'home/', 'home/${aws:username}/*'] } },
    { 's3:prefix': 'home/alice/x', 'aws:username': 'alice' },
    Y,
  ],
  [
    'StringLike with variable: other user',
    { StringLike: { 's3:prefix': 'home/${aws:username}/*' } },
    { 's3:prefix': 'home/bob/x', 'aws:username': 'alice' },
    N,
  ],
  [
    'StringLike empty string value',
    { StringLike: { 's3:prefix': ['', 'home/'] } },
    { 's3:prefix': '' },
    Y,
  ],
  [
    'StringLike ? is one character',
    { StringLike: { 's3:prefix': 'a?c' } },
    { 's3:prefix': 'abc' },
    Y,
  ],
  [
    'StringLike ? is exactly one',
    { StringLike: { 's3:prefix': 'a?c' } },
    { 's3:prefix': 'abbc' },
    N,
  ],
  [
    'StringNotLike excludes',
    { StringNotLike: { 's3:prefix': 'secret*' } },
    { 's3:prefix': 'secret/x' },
    N,
  ],
  [
    'StringNotLike allows others',
    { StringNotLike: { 's3:prefix': 'secret*' } },
    { 's3:prefix': 'public/x' },
    Y,
  ],
  [
    '${*} is a literal asterisk',
    { StringLike: { 's3:prefix': 'a${*}b' } },
    { 's3:prefix': 'a*b' },
    Y,
  ],
  [
    '${*} does not match anything',
    { StringLike: { 's3:prefix': 'a${*}b' } },
    { 's3:prefix': 'axb' },
    N,
  ],
  [
    '${?} and ${$} are literals',
    { StringEquals: { 's3:prefix': 'what${?}${$}' } },
    { 's3:prefix': 'what?$' },
    Y,
  ],
  [
    'variable default value',
    { StringEquals: { 's3:prefix': "${aws:PrincipalTag/team, 'none'}" } },
    { 's3:prefix': 'none' },
    Y,
  ],
  [
    'variable with no value and no default matches nothing',
    { StringEquals: { 's3:prefix': '${aws:PrincipalTag/team}' } },
    { 's3:prefix': '' },
    N,
  ],
  [
    'numbers and booleans substitute as text',
    { StringEquals: { 's3:prefix': 'n-${s3:max-keys}' } },
    { 's3:prefix': 'n-10', 's3:max-keys': 10 },
    Y,
  ],
]);

table(
  'Version 2008-10-17: no policy variables',
  [
    [
      '${aws:username} is literal text',
      { StringEquals: { 's3:prefix': '${aws:username}' } },
      { 's3:prefix': '${aws:username}', 'aws:username': 'alice' },
      Y,
    ],
    [
      'and is not substituted',
      { StringEquals: { 's3:prefix': '${aws:username}' } },
      { 's3:prefix': 'alice', 'aws:username': 'alice' },
      N,
    ],
  ],
  '2008-10-17',
);

table('Numeric operators', [
  [
    'NumericLessThanEquals: equal',
    { NumericLessThanEquals: { 's3:max-keys': '10' } },
    { 's3:max-keys': '10' },
    Y,
  ],
  [
    'NumericLessThanEquals: greater',
    { NumericLessThanEquals: { 's3:max-keys': '10' } },
    { 's3:max-keys': '11' },
    N,
  ],
  ['NumericLessThan', { NumericLessThan: { 's3:max-keys': 10 } }, { 's3:max-keys': 9.5 }, Y],
  [
    'NumericGreaterThan with JSON numbers',
    { NumericGreaterThan: { 's3:max-keys': 5 } },
    { 's3:max-keys': 6 },
    Y,
  ],
  [
    'NumericGreaterThanEquals',
    { NumericGreaterThanEquals: { 's3:max-keys': '5' } },
    { 's3:max-keys': '4' },
    N,
  ],
  [
    'NumericEquals 10 and 10.0',
    { NumericEquals: { 's3:max-keys': '10' } },
    { 's3:max-keys': '10.0' },
    Y,
  ],
  [
    'NumericNotEquals: different',
    { NumericNotEquals: { 's3:max-keys': '7' } },
    { 's3:max-keys': '8' },
    Y,
  ],
  [
    'NumericNotEquals: same',
    { NumericNotEquals: { 's3:max-keys': '7' } },
    { 's3:max-keys': '7' },
    N,
  ],
  ['NumericNotEquals: missing key is true', { NumericNotEquals: { 's3:max-keys': '7' } }, {}, Y],
  [
    'a request value that is not a number does not match',
    { NumericLessThan: { 's3:max-keys': '10' } },
    { 's3:max-keys': 'abc' },
    N,
  ],
  ['missing key is false', { NumericLessThan: { 's3:max-keys': '10' } }, {}, N],
]);

table('Date operators', [
  [
    'DateGreaterThan',
    { DateGreaterThan: { 'aws:CurrentTime': '2020-04-01T00:00:00Z' } },
    { 'aws:CurrentTime': '2020-06-30T00:00:00Z' },
    Y,
  ],
  [
    'DateGreaterThan: earlier',
    { DateGreaterThan: { 'aws:CurrentTime': '2020-04-01T00:00:00Z' } },
    { 'aws:CurrentTime': '2019-06-30T00:00:00Z' },
    N,
  ],
  [
    'DateLessThan',
    { DateLessThan: { 'aws:CurrentTime': '2020-06-30T23:59:59Z' } },
    { 'aws:CurrentTime': '2020-06-30T12:00:00Z' },
    Y,
  ],
  [
    'DateEquals: date means midnight UTC',
    { DateEquals: { 'aws:CurrentTime': '2020-01-01' } },
    { 'aws:CurrentTime': '2020-01-01T00:00:00Z' },
    Y,
  ],
  [
    'DateNotEquals',
    { DateNotEquals: { 'aws:CurrentTime': '2020-01-01' } },
    { 'aws:CurrentTime': '2020-01-02' },
    Y,
  ],
  [
    'epoch seconds in the policy',
    { DateLessThanEquals: { 'aws:TokenIssueTime': '1700000000' } },
    { 'aws:TokenIssueTime': '2023-11-14T22:13:20Z' },
    Y,
  ],
  [
    'epoch seconds in the request',
    { DateGreaterThanEquals: { 'aws:EpochTime': '2023-11-14T22:13:20Z' } },
    { 'aws:EpochTime': 1700000000 },
    Y,
  ],
  [
    'time zone offsets',
    { DateEquals: { 'aws:CurrentTime': '2020-01-01T01:00:00+01:00' } },
    { 'aws:CurrentTime': '2020-01-01T00:00:00Z' },
    Y,
  ],
  [
    'time zone offset without colon',
    { DateEquals: { 'aws:CurrentTime': '2020-01-01T01:00:00+0100' } },
    { 'aws:CurrentTime': '2020-01-01T00:00:00Z' },
    Y,
  ],
  [
    'not a date in the request',
    { DateGreaterThan: { 'aws:CurrentTime': '2020-01-01' } },
    { 'aws:CurrentTime': 'yesterday' },
    N,
  ],
]);

table('Bool and BinaryEquals', [
  ['Bool true', { Bool: { 'aws:SecureTransport': 'true' } }, { 'aws:SecureTransport': true }, Y],
  [
    'Bool is case-insensitive',
    { Bool: { 'aws:SecureTransport': true } },
    { 'aws:SecureTransport': 'TRUE' },
    Y,
  ],
  [
    'Bool false vs true',
    { Bool: { 'aws:SecureTransport': 'false' } },
    { 'aws:SecureTransport': 'true' },
    N,
  ],
  ['Bool: missing key is false', { Bool: { 'aws:SecureTransport': 'false' } }, {}, N],
  [
    'BoolIfExists: missing key is true',
    { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
    {},
    Y,
  ],
  [
    'BoolIfExists: present and different',
    { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
    { 'aws:MultiFactorAuthPresent': 'true' },
    N,
  ],
  [
    'BinaryEquals',
    { BinaryEquals: { key: 'QmluYXJ5VmFsdWVJbkJhc2U2NA==' } },
    { key: 'QmluYXJ5VmFsdWVJbkJhc2U2NA==' },
    Y,
  ],
  [
    'BinaryEquals: other bytes',
    { BinaryEquals: { key: 'QmluYXJ5VmFsdWVJbkJhc2U2NA==' } },
    { key: 'b3RoZXI=' },
    N,
  ],
]);

table('IpAddress / NotIpAddress', [
  [
    'IPv4 inside the block',
    { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:DB8:1234:5678::/64'] } },
    { 'aws:SourceIp': '203.0.113.7' },
    Y,
  ],
  [
    'IPv4 outside the block',
    { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:DB8:1234:5678::/64'] } },
    { 'aws:SourceIp': '203.0.114.1' },
    N,
  ],
  [
    'IPv6 inside the block',
    { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:DB8:1234:5678::/64'] } },
    { 'aws:SourceIp': '2001:db8:1234:5678::1' },
    Y,
  ],
  [
    'IPv6 outside the block',
    { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:DB8:1234:5678::/64'] } },
    { 'aws:SourceIp': '2001:db8:1234:5679::1' },
    N,
  ],
  [
    'a bare address is one host',
    { IpAddress: { 'aws:SourceIp': '10.1.2.3' } },
    { 'aws:SourceIp': '10.1.2.3' },
    Y,
  ],
  [
    'a bare address is only that host',
    { IpAddress: { 'aws:SourceIp': '10.1.2.3' } },
    { 'aws:SourceIp': '10.1.2.4' },
    N,
  ],
  [
    '/0 matches every IPv4 address',
    { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } },
    { 'aws:SourceIp': '198.51.100.1' },
    Y,
  ],
  [
    'IPv4-mapped tail in IPv6',
    { IpAddress: { 'aws:SourceIp': '::ffff:192.0.2.0/120' } },
    { 'aws:SourceIp': '::ffff:192.0.2.9' },
    Y,
  ],
  [
    'NotIpAddress inside',
    { NotIpAddress: { 'aws:SourceIp': '192.0.2.0/24' } },
    { 'aws:SourceIp': '192.0.2.9' },
    N,
  ],
  [
    'NotIpAddress outside',
    { NotIpAddress: { 'aws:SourceIp': '192.0.2.0/24' } },
    { 'aws:SourceIp': '10.0.0.1' },
    Y,
  ],
  [
    'NotIpAddress: IPv6 caller is outside an IPv4 block',
    { NotIpAddress: { 'aws:SourceIp': '192.0.2.0/24' } },
    { 'aws:SourceIp': '2001:db8::1' },
    Y,
  ],
  ['IpAddress: missing key is false', { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } }, {}, N],
]);

table('Arn operators', [
  [
    'ArnLike with wildcard region',
    { ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:123456789012:TopicA' } },
    { 'aws:SourceArn': 'arn:aws:sns:us-east-1:123456789012:TopicA' },
    Y,
  ],
  [
    'ArnLike: other account',
    { ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:123456789012:TopicA' } },
    { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111111111111:TopicA' },
    N,
  ],
  [
    'ArnEquals also takes wildcards',
    { ArnEquals: { 'aws:SourceArn': 'arn:aws:s3:::bucket-?' } },
    { 'aws:SourceArn': 'arn:aws:s3:::bucket-a' },
    Y,
  ],
  [
    'ArnLike: * in the resource part crosses / and :',
    { ArnLike: { 'aws:SourceArn': 'arn:aws:logs:us-east-1:1:log-group:*' } },
    { 'aws:SourceArn': 'arn:aws:logs:us-east-1:1:log-group:g:log-stream:s' },
    Y,
  ],
  [
    'ArnLike: * in a segment does not cross :',
    { ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:TopicA:x:y' } },
    { 'aws:SourceArn': 'arn:aws:sns:us-east-1:123:TopicA:x:y' },
    N,
  ],
  [
    'ArnLike is case-sensitive',
    { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::Bucket' } },
    { 'aws:SourceArn': 'arn:aws:s3:::bucket' },
    N,
  ],
  [
    'ArnNotLike',
    { ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/admin-*' } },
    { 'aws:PrincipalArn': 'arn:aws:iam::1:role/app' },
    Y,
  ],
  [
    'ArnNotEquals: missing key is true',
    { ArnNotEquals: { 'aws:SourceArn': 'arn:aws:s3:::b' } },
    {},
    Y,
  ],
  [
    'ArnLike with a policy variable',
    { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::${aws:username}-*' } },
    { 'aws:SourceArn': 'arn:aws:s3:::alice-data', 'aws:username': 'alice' },
    Y,
  ],
]);

table('Null and IfExists', [
  ['Null true: key absent', { Null: { 'aws:TokenIssueTime': 'true' } }, {}, Y],
  [
    'Null true: key present',
    { Null: { 'aws:TokenIssueTime': 'true' } },
    { 'aws:TokenIssueTime': '2020-01-01' },
    N,
  ],
  [
    'Null false: key present',
    { Null: { 'aws:TokenIssueTime': false } },
    { 'aws:TokenIssueTime': '2020-01-01' },
    Y,
  ],
  ['Null false: key absent', { Null: { 'aws:TokenIssueTime': 'false' } }, {}, N],
  [
    'Null true: empty set counts as absent',
    { Null: { 'aws:TagKeys': 'true' } },
    { 'aws:TagKeys': [] },
    Y,
  ],
  [
    'StringEqualsIfExists: key absent',
    { StringEqualsIfExists: { 'ec2:InstanceType': ['t1.*', 't2.*'] } },
    {},
    Y,
  ],
  [
    'StringLikeIfExists: present and matching',
    { StringLikeIfExists: { 'ec2:InstanceType': ['t1.*', 't2.*'] } },
    { 'ec2:InstanceType': 't2.micro' },
    Y,
  ],
  [
    'StringLikeIfExists: present, not matching',
    { StringLikeIfExists: { 'ec2:InstanceType': ['t1.*', 't2.*'] } },
    { 'ec2:InstanceType': 'm5.large' },
    N,
  ],
]);

table('ForAllValues / ForAnyValue', [
  [
    'ForAllValues: every request value is allowed',
    { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['environment', 'cost-center'] } },
    { 'aws:TagKeys': ['environment'] },
    Y,
  ],
  [
    'ForAllValues: one value is not',
    { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['environment', 'cost-center'] } },
    { 'aws:TagKeys': ['environment', 'other'] },
    N,
  ],
  [
    'ForAllValues: missing key is true',
    { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['environment'] } },
    {},
    Y,
  ],
  [
    'ForAllValues: empty set is true',
    { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['environment'] } },
    { 'aws:TagKeys': [] },
    Y,
  ],
  [
    'ForAnyValue: one value matches',
    { 'ForAnyValue:StringEquals': { 'aws:TagKeys': 'environment' } },
    { 'aws:TagKeys': ['environment', 'x'] },
    Y,
  ],
  [
    'ForAnyValue: none matches',
    { 'ForAnyValue:StringEquals': { 'aws:TagKeys': 'environment' } },
    { 'aws:TagKeys': ['x'] },
    N,
  ],
  [
    'ForAnyValue: missing key is false',
    { 'ForAnyValue:StringEquals': { 'aws:TagKeys': 'environment' } },
    {},
    N,
  ],
  [
    'ForAnyValue: empty set is false',
    { 'ForAnyValue:StringEquals': { 'aws:TagKeys': 'environment' } },
    { 'aws:TagKeys': [] },
    N,
  ],
  [
    'ForAnyValue:StringNotEquals: some value differs',
    { 'ForAnyValue:StringNotEquals': { 'aws:TagKeys': 'a' } },
    { 'aws:TagKeys': ['a', 'b'] },
    Y,
  ],
  [
    'ForAnyValue:StringNotEquals: all equal',
    { 'ForAnyValue:StringNotEquals': { 'aws:TagKeys': 'a' } },
    { 'aws:TagKeys': ['a'] },
    N,
  ],
  [
    'ForAllValues:StringNotLike: none is like',
    { 'ForAllValues:StringNotLike': { 'aws:TagKeys': 'tmp*' } },
    { 'aws:TagKeys': ['env', 'team'] },
    Y,
  ],
  [
    'ForAllValues:StringNotLike: one is like',
    { 'ForAllValues:StringNotLike': { 'aws:TagKeys': 'tmp*' } },
    { 'aws:TagKeys': ['env', 'tmpx'] },
    N,
  ],
  [
    'ForAnyValue on a single-valued key reads it as a set of one',
    { 'ForAnyValue:StringLike': { 'aws:PrincipalTag/team': 'dev*' } },
    { 'aws:PrincipalTag/team': 'devops' },
    Y,
  ],
  [
    'multivalued key with one value and no set operator',
    { StringEquals: { 'aws:TagKeys': 'a' } },
    { 'aws:TagKeys': ['a'] },
    Y,
  ],
]);

table('Combining', [
  [
    'operators are ANDed',
    { StringEquals: { 'aws:PrincipalTag/team': 'a' }, Bool: { 'aws:SecureTransport': 'true' } },
    { 'aws:PrincipalTag/team': 'a', 'aws:SecureTransport': 'false' },
    N,
  ],
  [
    'keys of one operator are ANDed',
    { StringEquals: { 'aws:PrincipalTag/team': 'a', 'aws:PrincipalTag/env': 'prod' } },
    { 'aws:PrincipalTag/team': 'a', 'aws:PrincipalTag/env': 'prod' },
    Y,
  ],
  [
    'keys of one operator are ANDed (one fails)',
    { StringEquals: { 'aws:PrincipalTag/team': 'a', 'aws:PrincipalTag/env': 'prod' } },
    { 'aws:PrincipalTag/team': 'a', 'aws:PrincipalTag/env': 'dev' },
    N,
  ],
]);

describe('fail closed', () => {
  test('an unknown operator is rejected by validation', () => {
    assert.throws(
      () =>
        policy({
          Effect: 'Allow',
          Action: '*',
          Resource: '*',
          Condition: { StringSorta: { k: 'v' } },
        }),
      /:\d+:\d+: error: unknown condition operator StringSorta/,
    );
  });
  test('an unknown operator never allows and is reported', () => {
    const d = decide(
      {
        identity: [
          unvalidatedPolicy({
            Effect: 'Allow',
            Action: '*',
            Resource: '*',
            Condition: { StringSorta: { k: 'v' } },
          }),
        ],
      },
      { context: { k: 'v' } },
    );
    assert.equal(d.decision, 'implicit-deny');
    assert.match(d.unverifiable[0]!.reason, /unknown condition operator StringSorta/);
  });
  test('an unknown operator in a Deny denies (and is reported)', () => {
    const d = decide({
      identity: [
        unvalidatedPolicy([
          { Effect: 'Allow', Action: '*', Resource: '*' },
          { Effect: 'Deny', Action: '*', Resource: '*', Condition: { StringSorta: { k: 'v' } } },
        ]),
      ],
    });
    assert.equal(d.decision, 'explicit-deny');
    assert.equal(d.matched[0]!.index, 1);
    assert.equal(d.unverifiable.length, 1);
  });
  test('a definitely-false condition decides an undecidable Deny statement', () => {
    const d = decide(
      {
        identity: [
          unvalidatedPolicy([
            { Effect: 'Allow', Action: '*', Resource: '*' },
            {
              Effect: 'Deny',
              Action: '*',
              Resource: '*',
              Condition: { StringSorta: { k: 'v' }, Bool: { 'aws:SecureTransport': 'false' } },
            },
          ]),
        ],
      },
      { context: { 'aws:SecureTransport': 'true' } },
    );
    assert.equal(d.decision, 'allow');
  });
  test('a multivalued key without a set operator is undecidable', () => {
    const d = decide(
      {
        identity: [
          policy({
            Effect: 'Allow',
            Action: '*',
            Resource: '*',
            Condition: { StringEquals: { 'aws:TagKeys': 'a' } },
          }),
        ],
      },
      { context: { 'aws:TagKeys': ['a', 'b'] } },
    );
    assert.equal(d.decision, 'implicit-deny');
    assert.match(
      d.unverifiable[0]!.reason,
      /multivalued key used without ForAllValues\/ForAnyValue/,
    );
  });
  test('a malformed value (NumericEquals "ten") is undecidable', () => {
    assert.throws(
      () =>
        policy({
          Effect: 'Allow',
          Action: '*',
          Resource: '*',
          Condition: { NumericEquals: { 's3:max-keys': 'ten' } },
        }),
      /"ten" is not a number/,
    );
  });
  test('a variable under a negated operator with no value holds (IAM User Guide)', () => {
    const d = decide(
      {
        identity: [
          policy({
            Effect: 'Allow',
            Action: '*',
            Resource: '*',
            Condition: { StringNotEquals: { 's3:prefix': '${aws:username}' } },
          }),
        ],
      },
      { context: { 's3:prefix': 'x' } },
    );
    assert.equal(d.decision, 'allow');
    assert.deepEqual(d.unverifiable, []);
  });
  test('IfExists and set qualifiers on Null are rejected', () => {
    assert.throws(
      () =>
        policy({
          Effect: 'Allow',
          Action: '*',
          Resource: '*',
          Condition: { NullIfExists: { k: 'true' } },
        }),
      /not valid/,
    );
  });
});
