import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { generateMutants, type StatementUsage } from '../../src/mutate/mutators/index.js';
import { narrowResource } from '../../src/mutate/mutators/narrow-resource.js';
import type { PolicyJson } from '../../src/mutate/mutators/policy-json.js';
import { removeAction } from '../../src/mutate/mutators/remove-action.js';
import { removeDeny } from '../../src/mutate/mutators/remove-deny.js';
import { removeStatement } from '../../src/mutate/mutators/remove-statement.js';

const example = JSON.parse(
  readFileSync('examples/least-privilege/policy.json', 'utf8'),
) as PolicyJson;

function usage(
  actions: Record<string, string[]>,
  resources: Record<string, string[]> = {},
): StatementUsage {
  return {
    actionsByPattern: new Map(Object.entries(actions)),
    resourcesByPattern: new Map(Object.entries(resources)),
  };
}

describe('remove-statement', () => {
  it('makes one mutant per statement of the six-statement example, each without its Sid', () => {
    const mutants = removeStatement.mutate({ policy: example, usage: [] });
    assert.deepEqual(
      mutants.map((m) => [m.id, m.sid, m.withdrawnActions]),
      [
        ['remove-statement:0', 'GetConfig', ['s3:GetObject']],
        ['remove-statement:1', 'DecryptKms', ['kms:Decrypt']],
        ['remove-statement:2', 'ReadParam', ['ssm:GetParameter']],
        ['remove-statement:3', 'ReadSecret', ['secretsmanager:GetSecretValue']],
        ['remove-statement:4', 'WriteEvent', ['dynamodb:PutItem']],
        ['remove-statement:5', 'Notify', ['sns:Publish']],
      ],
    );
    for (const m of mutants) {
      const sids = (m.policy.Statement as { Sid: string }[]).map((s) => s.Sid);
      assert.equal(sids.length, 5);
      assert.ok(!sids.includes(m.sid as string));
      assert.equal(m.policy.Version, '2012-10-17');
    }
  });

  it('handles a lone statement object and statements without Sid; leaves Deny alone', () => {
    const policy: PolicyJson = {
      Version: '2012-10-17',
      Statement: { Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' },
    };
    const [only] = removeStatement.mutate({ policy, usage: [] });
    assert.equal(only?.sid, null);
    assert.equal(only?.description, 'removed statement #0');
    assert.deepEqual(only?.policy.Statement, []);
    const deny: PolicyJson = { Statement: [{ Effect: 'Deny', Action: '*', Resource: '*' }] };
    assert.deepEqual(removeStatement.mutate({ policy: deny, usage: [] }), []);
  });

  it('does not modify the input policy', () => {
    const before = JSON.stringify(example);
    generateMutants({ policy: example, usage: [] });
    assert.equal(JSON.stringify(example), before);
  });
});

describe('remove-action', () => {
  const policy: PolicyJson = {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'Rw', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: '*' },
      { Sid: 'One', Effect: 'Allow', Action: 'sns:Publish', Resource: '*' },
      { Sid: 'Wild', Effect: 'Allow', Action: 'dynamodb:*', Resource: '*' },
    ],
  };

  it('withdraws each listed action of a multi-action statement, keeping the rest', () => {
    const mutants = removeAction.mutate({ policy, usage: [] });
    assert.deepEqual(
      mutants.map((m) => [m.id, (m.policy.Statement as { Action: unknown }[])[0]?.Action]),
      [
        ['remove-action:0:s3:GetObject', 's3:PutObject'],
        ['remove-action:0:s3:PutObject', 's3:GetObject'],
      ],
    );
  });

  it('expands a wildcard only to the actions the baseline used through it', () => {
    const mutants = removeAction.mutate({
      policy,
      usage: [
        undefined,
        undefined,
        usage({ 'dynamodb:*': ['dynamodb:GetItem', 'dynamodb:PutItem'] }),
      ],
    });
    assert.deepEqual(
      mutants
        .filter((m) => m.statementIndex === 2)
        .map((m) => [
          m.id,
          (m.policy.Statement as { Action: unknown }[])[2]?.Action,
          m.withdrawnActions,
        ]),
      [
        ['remove-action:2:dynamodb:GetItem', 'dynamodb:PutItem', ['dynamodb:GetItem']],
        ['remove-action:2:dynamodb:PutItem', 'dynamodb:GetItem', ['dynamodb:PutItem']],
      ],
    );
  });

  it('leaves a wildcard used for a single action to remove-statement', () => {
    const mutants = removeAction.mutate({
      policy,
      usage: [undefined, undefined, usage({ 'dynamodb:*': ['dynamodb:GetItem'] })],
    });
    assert.equal(mutants.filter((m) => m.statementIndex === 2).length, 0);
  });
});

describe('narrow-resource', () => {
  it('replaces a wildcard resource by the resources the baseline touched', () => {
    const policy: PolicyJson = {
      Statement: [
        { Sid: 'All', Effect: 'Allow', Action: 's3:*', Resource: ['*', 'arn:aws:s3:::x'] },
      ],
    };
    const [m] = narrowResource.mutate({
      policy,
      usage: [usage({}, { '*': ['arn:aws:s3:::b/k2', 'arn:aws:s3:::b/k1', 'arn:aws:s3:::b/k1'] })],
    });
    assert.equal(m?.id, 'narrow-resource:0:*');
    assert.deepEqual((m?.policy.Statement as { Resource: unknown }[])[0]?.Resource, [
      'arn:aws:s3:::b/k1',
      'arn:aws:s3:::b/k2',
      'arn:aws:s3:::x',
    ]);
    assert.deepEqual(m?.withdrawnActions, ['s3:*']);
  });

  it('makes no mutant for an unused wildcard or a concrete resource', () => {
    const policy: PolicyJson = {
      Statement: [
        {
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: ['arn:aws:s3:::b/*', 'arn:aws:s3:::c/k'],
        },
      ],
    };
    assert.deepEqual(narrowResource.mutate({ policy, usage: [] }), []);
  });
});

describe('remove-deny', () => {
  it('removes each Deny statement in turn', () => {
    const policy: PolicyJson = {
      Statement: [
        { Sid: 'Allow', Effect: 'Allow', Action: 's3:*', Resource: '*' },
        { Sid: 'NoDelete', Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' },
      ],
    };
    const mutants = removeDeny.mutate({ policy, usage: [] });
    assert.deepEqual(
      mutants.map((m) => [m.id, m.sid]),
      [['remove-deny:1', 'NoDelete']],
    );
    assert.deepEqual(
      (mutants[0]?.policy.Statement as { Sid: string }[]).map((s) => s.Sid),
      ['Allow'],
    );
  });
});
