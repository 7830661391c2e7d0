/**
 * Properties that must hold for every policy set and request (generated, fixed seeds):
 * monotonicity of Deny and Allow, fail-closed handling of what cannot be evaluated, and
 * invariance under spelling that IAM ignores.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { evaluateCase } from './support/evaluate-case.js';
import {
  type GeneratedCase,
  createRng,
  randomCase,
  randomStatement,
} from './support/random-policies.js';

const RUNS = { numRuns: 400 };
const seed = fc.integer({ min: 0, max: 0x7fffffff });

type Statement = Record<string, unknown>;
type Policy = { Version: string; Statement: Statement[] };

function clone(c: GeneratedCase): GeneratedCase {
  return JSON.parse(JSON.stringify(c)) as GeneratedCase;
}

function identityPolicies(c: GeneratedCase): Policy[] {
  return c.identity as Policy[];
}

test('adding a Deny statement never turns a decision into an Allow', () => {
  fc.assert(
    fc.property(seed, (s) => {
      const rng = createRng(s);
      const c = randomCase(rng);
      const before = evaluateCase(c).decision;
      const after = clone(c);
      const target = identityPolicies(after)[rng.int(after.identity.length)]!;
      target.Statement.splice(
        rng.int(target.Statement.length + 1),
        0,
        randomStatement(rng, { effect: 'Deny' }) as Statement,
      );
      const decision = evaluateCase(after).decision;
      if (before !== 'allow') assert.notEqual(decision, 'allow');
      if (before === 'explicit-deny') assert.equal(decision, 'explicit-deny');
    }),
    { ...RUNS, seed: 11 },
  );
});

test('removing an Allow statement never turns a Deny into an Allow', () => {
  fc.assert(
    fc.property(seed, (s) => {
      const rng = createRng(s);
      const c = randomCase(rng);
      const before = evaluateCase(c).decision;
      const after = clone(c);
      const policies = identityPolicies(after);
      const allows = policies.flatMap((p, pi) =>
        p.Statement.map((st, si) => ({ st, pi, si })).filter((x) => x.st.Effect === 'Allow'),
      );
      if (allows.length === 0) return;
      const { pi, si } = allows[rng.int(allows.length)]!;
      policies[pi]!.Statement.splice(si, 1);
      if (policies[pi]!.Statement.length === 0) policies.splice(pi, 1);
      const decision = evaluateCase(after).decision;
      if (before !== 'allow') assert.notEqual(decision, 'allow');
    }),
    { ...RUNS, seed: 12 },
  );
});

test('adding an Allow statement never turns an Allow into a Deny', () => {
  fc.assert(
    fc.property(seed, (s) => {
      const rng = createRng(s);
      const c = randomCase(rng);
      const before = evaluateCase(c).decision;
      const after = clone(c);
      identityPolicies(after)[0]!.Statement.push(
        randomStatement(rng, { effect: 'Allow' }) as Statement,
      );
      if (before === 'allow') assert.equal(evaluateCase(after).decision, 'allow');
    }),
    { ...RUNS, seed: 13 },
  );
});

test('an Allow statement that cannot be evaluated never allows (fail closed)', () => {
  fc.assert(
    fc.property(seed, (s) => {
      const rng = createRng(s);
      const c = randomCase(rng);
      // An unverifiable condition in every Allow statement: nothing may be allowed by identity.
      const after = clone(c);
      delete after.resourcePolicy;
      for (const p of identityPolicies(after)) {
        for (const st of p.Statement) {
          if (st.Effect === 'Allow')
            st.Condition = {
              ...(st.Condition as object),
              'ForAnyValue:StringEquals': { 'aws:TagKeys': 'env' },
              StringEquals: { 'aws:TagKeys': 'x' },
            };
        }
      }
      after.context['aws:TagKeys'] = ['env', 'x'];
      assert.notEqual(evaluateCase(after).decision, 'allow');
    }),
    { ...RUNS, seed: 14 },
  );
});

test('attribution: an allow lists Allow statements, an explicit deny lists Deny statements', () => {
  fc.assert(
    fc.property(seed, (s) => {
      const c = randomCase(createRng(s));
      const d = evaluateCase(c);
      const effectOf = (policyId: string, index: number): string => {
        // compileCase numbers policies in this order: identity..., boundary, resource, SCPs, session.
        const n = Number(policyId.split('-').pop());
        const all = [
          ...c.identity,
          ...(c.boundary ? [c.boundary] : []),
          ...(c.resourcePolicy ? [c.resourcePolicy] : []),
          ...(c.scps ?? []),
          ...(c.session ? [c.session] : []),
        ] as Policy[];
        return all[n]!.Statement[index]!.Effect as string;
      };
      if (d.decision === 'allow')
        assert.ok(
          d.matched.length > 0 && d.matched.every((m) => effectOf(m.policyId, m.index) === 'Allow'),
        );
      if (d.decision === 'explicit-deny')
        assert.ok(
          d.matched.length > 0 && d.matched.every((m) => effectOf(m.policyId, m.index) === 'Deny'),
        );
      if (d.decision === 'implicit-deny') assert.equal(d.matched.length, 0);
    }),
    { ...RUNS, seed: 15 },
  );
});

test('the decision does not depend on the case of action names', () => {
  fc.assert(
    fc.property(seed, (s) => {
      const c = randomCase(createRng(s));
      const upper = clone(c);
      upper.action = c.action.toUpperCase();
      assert.equal(evaluateCase(upper).decision, evaluateCase(c).decision);
    }),
    { ...RUNS, seed: 16 },
  );
});
