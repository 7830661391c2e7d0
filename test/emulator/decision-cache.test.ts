import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PolicyEngine } from '../../src/emulator/authz/policy-engine.js';
import type { PrincipalPolicies } from '../../src/emulator/authz/principal-policies.js';
import {
  cachedDecision,
  extraContextText,
  rememberDecision,
  type CachedDecision,
  type DecisionInputs,
} from '../../src/emulator/authz/decision-cache.js';
import type { AuthorizationRequest, ContextValue } from '../../src/policy/types.js';

// The cache is exercised through real calls by the e2e suites; these pin down its exactness:
// a hit only for equal inputs, whichever path (last entry by value, or the key text) finds it.
const engine = { pure: true } as unknown as PolicyEngine;
const policies = {
  identity: [],
  session: [],
  sessionAsIdentity: [],
} as unknown as PrincipalPolicies;

function inputs(
  shared: Record<string, ContextValue>,
  extra: Record<string, ContextValue> | undefined,
  action = 'dynamodb:GetItem',
): DecisionInputs {
  const request: AuthorizationRequest = {
    principal: { arn: 'arn:aws:iam::000000000000:user/u', accountId: '000000000000' },
    action,
    resource: 'arn:aws:dynamodb:us-east-1:000000000000:table/T',
    context: shared,
  };
  return { engine, request, policies, resourcePolicies: [], shared, extra };
}

function decided(tag: string): CachedDecision {
  return {
    decision: { decision: 'allow', matched: [], nearMisses: [], unverifiable: [] },
    matched: [],
    reason: tag,
  } as unknown as CachedDecision;
}

describe('decision cache', () => {
  it('repeats a decision only for equal own keys, in any key order', () => {
    const shared = {};
    const kept = rememberDecision(
      inputs(shared, { 'dynamodb:LeadingKeys': ['a'], 'dynamodb:Select': 'ALL' }),
      decided('first'),
    );
    assert.ok(Object.isFrozen(kept.extra), 'the kept keys are a frozen copy records may share');
    const same = cachedDecision(
      inputs(shared, { 'dynamodb:Select': 'ALL', 'dynamodb:LeadingKeys': ['a'] }),
    );
    assert.equal(same?.reason, 'first');
    const others: Array<Record<string, ContextValue> | undefined> = [
      { 'dynamodb:LeadingKeys': ['b'], 'dynamodb:Select': 'ALL' },
      { 'dynamodb:LeadingKeys': ['a', 'b'], 'dynamodb:Select': 'ALL' },
      { 'dynamodb:LeadingKeys': ['a'] },
      { 'dynamodb:LeadingKeys': ['a'], 'dynamodb:Select': 'ALL', 'dynamodb:ReturnValues': 'NONE' },
      { 'dynamodb:LeadingKeys': 'a', 'dynamodb:Select': 'ALL' },
      undefined,
    ];
    for (const other of others)
      assert.equal(cachedDecision(inputs(shared, other)), undefined, JSON.stringify(other));
    assert.equal(
      cachedDecision(inputs({}, { 'dynamodb:LeadingKeys': ['a'], 'dynamodb:Select': 'ALL' })),
      undefined,
      'another shared context is another entry',
    );
    assert.equal(
      cachedDecision(
        inputs(
          shared,
          { 'dynamodb:Select': 'ALL', 'dynamodb:LeadingKeys': ['a'] },
          'dynamodb:Query',
        ),
      ),
      undefined,
    );
  });

  it('never caches keys it cannot write exactly', () => {
    const shared = {};
    const odd = { 'aws:Thing': { nested: true } } as unknown as Record<string, ContextValue>;
    assert.equal(extraContextText(odd), undefined);
    const kept = rememberDecision(inputs(shared, odd), decided('odd'));
    assert.equal(kept.extra, undefined);
    assert.equal(cachedDecision(inputs(shared, odd)), undefined);
    assert.equal(extraContextText({ n: Number.NaN }), undefined);
  });

  it('writes texts that no two different contexts share', () => {
    const contexts: Array<Record<string, ContextValue>> = [
      { a: 'b:c' },
      { 'a:b': 'c' },
      { a: ['b', 'c'] },
      { a: ['b,c'] },
      { a: 'b,c' },
      { a: '1' },
      { a: 1 },
      { a: true },
      { a: 'true' },
      { a: [] },
      { a: '' },
    ];
    const texts = contexts.map((c) => extraContextText(c));
    assert.equal(new Set(texts).size, texts.length, texts.join(' | '));
  });
});
