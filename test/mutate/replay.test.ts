import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LoggedCall } from '../../src/mutate/logged-call.js';
import { generateMutants } from '../../src/mutate/mutators/index.js';
import type { PolicyJson } from '../../src/mutate/mutators/policy-json.js';
import { predictMutant } from '../../src/mutate/replay.js';
import { actionMatches } from '../../src/policy/index.js';
import { statementUsage } from '../../src/mutate/statement-usage.js';

const principalArn = 'arn:aws:sts::000000000000:assumed-role/app/session';

function call(
  action: string,
  resource: string,
  indices: number[],
  grantedElsewhere = 0,
): LoggedCall {
  return {
    action,
    resource,
    decision: 'allow',
    matched: indices.map((index) => ({ policyId: 'role/app/inline/p', index })),
    grantedElsewhere,
    context: { 'aws:SecureTransport': false },
    principalArn,
  };
}

const policy: PolicyJson = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'Read',
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:PutObject'],
      Resource: 'arn:aws:s3:::b/*',
    },
    { Sid: 'Table', Effect: 'Allow', Action: 'dynamodb:*', Resource: '*' },
    { Sid: 'Twin', Effect: 'Allow', Action: 'dynamodb:PutItem', Resource: '*' },
    { Sid: 'Unused', Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' },
  ],
};

const baseline = [
  call('s3:GetObject', 'arn:aws:s3:::b/config.json', [0]),
  call('dynamodb:GetItem', 'arn:aws:dynamodb:us-east-1:000000000000:table/t', [1]),
  call('dynamodb:PutItem', 'arn:aws:dynamodb:us-east-1:000000000000:table/t', [1, 2]),
];

describe('statementUsage', () => {
  it('maps each Action and Resource entry to what the baseline used through it', () => {
    const usage = statementUsage(policy, baseline);
    assert.deepEqual([...(usage[0]?.actionsByPattern ?? [])], [['s3:GetObject', ['s3:GetObject']]]);
    assert.deepEqual(
      [...(usage[1]?.actionsByPattern ?? [])],
      [['dynamodb:*', ['dynamodb:GetItem', 'dynamodb:PutItem']]],
    );
    assert.deepEqual(
      [...(usage[1]?.resourcesByPattern ?? [])],
      [['*', ['arn:aws:dynamodb:us-east-1:000000000000:table/t']]],
    );
    assert.equal(usage[3], undefined);
  });

  it('matches actions case-insensitively with wildcards', () => {
    assert.ok(actionMatches('s3:get*', 's3:GetObject'));
    assert.ok(actionMatches('S3:GetObjec?', 's3:GetObject'));
    assert.ok(!actionMatches('s3:Get', 's3:GetObject'));
  });
});

describe('predictMutant', () => {
  const mutants = generateMutants({ policy, usage: statementUsage(policy, baseline) });
  const predict = (id: string) => {
    const mutant = mutants.find((m) => m.id === id);
    assert.ok(mutant, `mutant ${id} exists (have ${mutants.map((m) => m.id).join(', ')})`);
    return predictMutant(mutant, baseline);
  };

  it('removing the only grant of a call predicts a denial on that call', () => {
    assert.deepEqual(predict('remove-statement:0'), {
      kind: 'denied',
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::b/config.json',
      callIndex: 0,
    });
    assert.equal((predict('remove-statement:1') as { action: string }).action, 'dynamodb:GetItem');
  });

  it('a statement whose calls another statement also grants survives', () => {
    assert.deepEqual(predict('remove-statement:2'), { kind: 'passed' });
  });

  it('an unused statement survives (the run plan reports it as no-coverage)', () => {
    assert.deepEqual(predict('remove-statement:3'), { kind: 'passed' });
  });

  it('withdrawing an unused action survives; withdrawing a used one is denied', () => {
    assert.deepEqual(predict('remove-action:0:s3:PutObject'), { kind: 'passed' });
    assert.equal(
      (predict('remove-action:0:s3:GetObject') as { action: string }).action,
      's3:GetObject',
    );
    assert.equal(
      (predict('remove-action:1:dynamodb:GetItem') as { action: string }).action,
      'dynamodb:GetItem',
    );
    // PutItem is also granted by Twin.
    assert.deepEqual(predict('remove-action:1:dynamodb:PutItem'), { kind: 'passed' });
  });

  it('narrowing a wildcard resource to what was used survives', () => {
    assert.deepEqual(predict('narrow-resource:1:*'), { kind: 'passed' });
  });

  it('a call granted by another policy stays allowed', () => {
    const elsewhere = [call('s3:GetObject', 'arn:aws:s3:::b/config.json', [0], 1)];
    const mutant = mutants.find((m) => m.id === 'remove-statement:0');
    assert.ok(mutant);
    assert.deepEqual(predictMutant(mutant, elsewhere), { kind: 'passed' });
  });
});
