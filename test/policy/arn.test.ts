/** ARN parsing and matching as AWS documents Resource and ArnLike matching. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { arnMatches, formatArn, parseArn } from '../../src/policy/index.js';

test('parseArn splits six segments; the resource keeps its colons', () => {
  const arn = parseArn('arn:aws:logs:us-east-1:123456789012:log-group:g:log-stream:s')!;
  assert.deepEqual(arn, {
    partition: 'aws',
    service: 'logs',
    region: 'us-east-1',
    accountId: '123456789012',
    resource: 'log-group:g:log-stream:s',
  });
  assert.equal(formatArn(arn), 'arn:aws:logs:us-east-1:123456789012:log-group:g:log-stream:s');
  assert.deepEqual(parseArn('arn:aws:s3:::bucket/key'), {
    partition: 'aws',
    service: 's3',
    region: '',
    accountId: '',
    resource: 'bucket/key',
  });
  assert.equal(parseArn('arn:aws:s3:bucket'), undefined);
  assert.equal(parseArn('*'), undefined);
  assert.equal(parseArn('urn:aws:s3:::b'), undefined);
});

const rows: [string, string, boolean][] = [
  ['*', 'arn:aws:s3:::b', true],
  ['*', '*', true],
  ['arn:aws:s3:::b/*', '*', false],
  ['arn:aws:s3:::b', 'arn:aws:s3:::b', true],
  ['arn:aws:s3:::b', 'arn:aws:s3:::B', false],
  ['arn:aws:s3:::b/*', 'arn:aws:s3:::b/a/b/c', true],
  ['arn:aws:s3:::b/*', 'arn:aws:s3:::b', false],
  ['arn:aws:s3:::b*', 'arn:aws:s3:::b/x', true],
  ['arn:aws:s3:::b?', 'arn:aws:s3:::bx', true],
  ['arn:aws:s3:::b?', 'arn:aws:s3:::bxy', false],
  ['arn:aws:iam::*:role/*', 'arn:aws:iam::123456789012:role/x', true],
  ['arn:aws:iam::1*:role/*', 'arn:aws:iam::123456789012:role/path/x', true],
  ['arn:aws:*:us-east-1:*:*', 'arn:aws:sqs:us-east-1:1:q', true],
  ['arn:aws:*:us-east-1:*:*', 'arn:aws:sqs:eu-west-1:1:q', false],
  // a wildcard in a segment does not swallow the following colons
  ['arn:aws:sqs:*:q', 'arn:aws:sqs:us-east-1:1:q', false],
  ['arn:aws:logs:*:*:log-group:g:*', 'arn:aws:logs:us-east-1:1:log-group:g:log-stream:s', true],
  ['arn:aws:logs:*:*:log-group:g', 'arn:aws:logs:us-east-1:1:log-group:g:log-stream:s', false],
  ['arn:aws:s3:::a.b+c(d)', 'arn:aws:s3:::a.b+c(d)', true],
  ['arn:aws:s3:::a.b', 'arn:aws:s3:::axb', false],
];

for (const [pattern, arn, expected] of rows) {
  test(`arnMatches(${pattern}, ${arn}) is ${expected}`, () =>
    assert.equal(arnMatches(pattern, arn), expected));
}

test('actionMatches: case-insensitive, * and ?', async () => {
  const { actionMatches } = await import('../../src/policy/index.js');
  assert.equal(actionMatches('s3:Get*', 'S3:GETOBJECT'), true);
  assert.equal(actionMatches('S3:?etObject', 's3:getobject'), true);
  assert.equal(actionMatches('*', 'iam:PassRole'), true);
  assert.equal(actionMatches('s3:Get*', 's3:PutObject'), false);
  assert.equal(actionMatches('s3:GetObject', 's3:GetObjectAcl'), false);
});
