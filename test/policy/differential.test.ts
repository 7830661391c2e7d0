/**
 * Differential test: our evaluator against an independent one, @cloud-copilot/iam-simulate
 * (AGPL: a devDependency used only here and in bench/, never by src/ or dist/), on thousands of
 * generated (policies, request) pairs from a fixed seed. Every disagreement must be explained
 * by an entry of EXPLAINED below, each a documented difference in reading the AWS docs, or the
 * test fails and prints the first unexplained cases.
 *
 * The generated policies include the forms issue 15 made the engine accept or decide as AWS
 * documents: short resource ARNs (`arn:aws:sqs:*`), an action with whitespace, a policy variable
 * with no value under a negated operator and NotResource, and sts:TagSession against a role's
 * trust policy (on which iam-simulate agrees with us, so it needs no entry below).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Simulation, runSimulation, runUnsafeSimulation } from '@cloud-copilot/iam-simulate';
import type { AuthorizationDecision, StatementRef } from '../../src/policy/index.js';
import { evaluateCase } from './support/evaluate-case.js';
import { type GeneratedCase, createRng, randomCase } from './support/random-policies.js';

const PAIRS = 4000;
const SEED = 20261123;

type TheirResult = 'Allowed' | 'ExplicitlyDenied' | 'ImplicitlyDenied';
const THEIRS_TO_OURS: Record<TheirResult, AuthorizationDecision['decision']> = {
  Allowed: 'allow',
  ExplicitlyDenied: 'explicit-deny',
  ImplicitlyDenied: 'implicit-deny',
};

interface Disagreement {
  c: GeneratedCase;
  ours: AuthorizationDecision;
  theirs: AuthorizationDecision['decision'];
}

/**
 * Known, documented differences. Each returns true when it accounts for the disagreement.
 * Engine behaviours that need no entry because iam-simulate decides them as we do: ARNs in the
 * aws-cn and aws-us-gov partitions (the generator's resources and patterns include them; a
 * pattern matches only its own partition, `arn:*` every one).
 */
const EXPLAINED: {
  name: string;
  why: string;
  applies: (d: Disagreement) => boolean | Promise<boolean>;
}[] = [
  {
    name: 'undecidable-deny',
    why:
      'Fail closed: a Deny statement we cannot decide (e.g. a multivalued key without a set ' +
      'operator, which AWS leaves undefined) counts as applying. iam-simulate decides it.',
    applies: (d) =>
      d.ours.decision === 'explicit-deny' &&
      d.ours.matched.every((m) => d.ours.unverifiable.some((u) => sameStatement(u.statement, m))),
  },
  {
    name: 'variables-in-2008-policy',
    why:
      'AWS: policy variables only work with "Version": "2012-10-17"; in older policies ${...} ' +
      'is literal text. iam-simulate substitutes them whatever the Version.',
    // Verified, not assumed: reading every 2008 policy as 2012 makes us agree.
    applies: async (d) => {
      const text = JSON.stringify(d.c);
      if (!text.includes('"2008-10-17"')) return false;
      const upgraded = JSON.parse(text.replaceAll('"2008-10-17"', '"2012-10-17"')) as GeneratedCase;
      const again: Disagreement = { c: upgraded, ours: ours(upgraded), theirs: d.theirs };
      return again.ours.decision === d.theirs || (await explain(again)) !== undefined;
    },
  },
  {
    name: 'not-principal-deny-chain',
    why:
      'Deny with NotPrincipal: AWS checks the caller as a chain (account, role, session or user) ' +
      'and documents that every link must be listed to escape the Deny, and that the Deny always ' +
      'applies to a principal with a permissions boundary. iam-simulate lets a listed account ' +
      '(or the user alone) escape it.',
    applies: (d) =>
      d.ours.decision === 'explicit-deny' &&
      d.ours.matched.every(
        (m) => m.policyId.startsWith('resource-') && statementOf(d.c, m).NotPrincipal !== undefined,
      ),
  },
  {
    name: 'not-principal-allow',
    why:
      'Allow with NotPrincipal: AWS documents it as not supported, so it grants nothing here ' +
      '(fail closed); iam-simulate grants it to everyone not listed.',
    applies: (d) =>
      d.theirs === 'allow' &&
      (
        (d.c.resourcePolicy as { Statement?: Record<string, unknown>[] } | undefined)?.Statement ??
        []
      ).some((st) => st.Effect === 'Allow' && st.NotPrincipal !== undefined),
  },
  {
    name: 'epoch-seconds-vs-iso-date',
    why:
      'A Date operator comparing epoch seconds (aws:EpochTime) with an ISO 8601 date. AWS ' +
      'accepts either format on either side; iam-simulate reads epoch values as seconds but ' +
      'ISO dates as milliseconds, so mixed comparisons are off by a factor of 1000.',
    applies: (d) => mixesDateFormats(d.c),
  },
  {
    name: 'kms-without-key-policy',
    why:
      'A KMS request with no key policy in the set. Every real key has one; iam-simulate reads ' +
      'its absence as "nothing allows". Our API reads it as "the caller does not model key ' +
      'policies" and lets the identity side decide, which is what the default key policy ' +
      '(the account root, delegating to IAM) does.',
    applies: (d) =>
      /^kms:/i.test(d.c.action) && d.c.resourcePolicy === undefined && d.theirs === 'implicit-deny',
  },
  {
    name: 'session-arn-grant-and-session-policy',
    why:
      'The resource policy names the role session ARN itself, and the session policy does not ' +
      'allow the action. AWS: such a grant is added after the session is created and is not ' +
      'limited by the session policy. iam-simulate limits it by the session policy.',
    applies: (d) =>
      d.c.session !== undefined &&
      d.ours.decision === 'allow' &&
      d.theirs === 'implicit-deny' &&
      d.ours.matched.some(
        (m) =>
          m.policyId.startsWith('resource-') &&
          JSON.stringify(statementOf(d.c, m).Principal ?? '').includes(d.c.principal.arn),
      ),
  },
  {
    name: 'wildcard-principal-and-boundary',
    why:
      'Same account, the resource policy grants to Principal "*", and the permissions boundary ' +
      'does not allow the action. AWS documents that grants naming the user or the role session ' +
      'are not limited by a boundary, and grants naming the role are; it says nothing of "*". ' +
      'We read "*" as limited (fail closed); iam-simulate treats "*" as naming the caller.',
    applies: (d) =>
      d.theirs === 'allow' &&
      d.ours.deniedBy === 'permissions-boundary' &&
      /"Principal":"\*"|"AWS":"\*"/.test(JSON.stringify(d.c.resourcePolicy ?? {})),
  },
  {
    name: 'not-ip-address-ipv6-request',
    why:
      'NotIpAddress with IPv4 blocks and an IPv6 aws:SourceIp: the address is outside every ' +
      'block, so NotIpAddress holds (AWS: "all IP addresses except the specified range"). ' +
      'iam-simulate evaluates it as false (yet as true for IPv6 blocks and an IPv4 address).',
    applies: (d) =>
      String(d.c.context['aws:SourceIp'] ?? '').includes(':') &&
      JSON.stringify(d.c).includes('"NotIpAddress"'),
  },
  {
    name: 'missing-variable-documented',
    why:
      'A policy variable with no value in the request. IAM User Guide ("Policy variables with no ' +
      'value"): it matches nothing, so a negated operator (StringNotEquals, ...) holds and a ' +
      'NotResource entry excludes no resource. iam-simulate lets such a NotResource entry ' +
      'exclude the resource.',
    // Verified, not assumed: replacing each such variable with text that matches nothing makes
    // iam-simulate decide as we do (or leaves a disagreement explained otherwise).
    applies: (d) => {
      const keys = Object.keys(d.c.context).map((k) => k.toLowerCase());
      return rewrittenAgrees(d, (text) =>
        text.replace(/\$\{([A-Za-z0-9:/_-]+)\}/g, (whole, key: string) =>
          keys.includes(key.toLowerCase()) ? whole : 'no-value-matches-nothing',
        ),
      );
    },
  },
  {
    name: 'short-arn-under-not-resource',
    why:
      'A short resource ARN with a trailing * ("arn:aws:sqs:*", as in AWS managed policies). IAM ' +
      'User Guide (Resource element): that * matches past colon boundaries, so it covers every ' +
      'ARN of the service. iam-simulate expands it under Resource but under NotResource lets ' +
      '"arn:aws:sqs:*" exclude an S3 object.',
    // Verified, not assumed: writing the short ARNs out to six segments makes iam-simulate
    // decide as we do (or leaves a disagreement explained otherwise).
    applies: (d) =>
      rewrittenAgrees(d, (text) =>
        text.replace(/"(arn:[^":]*:[^":]*(?::[^":]*)?)\*"/g, (whole, head: string) => {
          const colons = head.split(':').length - 1;
          return colons >= 5 ? whole : `"${head}*${':*'.repeat(5 - colons)}"`;
        }),
      ),
  },
  {
    name: 'whitespace-in-action',
    why:
      'An action written with whitespace ("s3: GetObject", as in AWS managed policies "amplifybackend: *"). ' +
      'IAM accepts it and does not document how it matches: undecidable for us (an Allow ' +
      'grants nothing, a Deny applies); iam-simulate matches it as if the whitespace were absent.',
    applies: (d) =>
      d.ours.decision !== 'allow' && d.ours.unverifiable.some((u) => /whitespace/.test(u.reason)),
  },
];

/**
 * Whether iam-simulate, asked again about the case rewritten into a form it reads as AWS
 * documents (a rewrite that leaves our decision unchanged), agrees with us or disagrees only in
 * an otherwise explained way. False when the rewrite changes nothing.
 */
async function rewrittenAgrees(
  d: Disagreement,
  rewrite: (text: string) => string,
): Promise<boolean> {
  const text = JSON.stringify(d.c);
  const changed = rewrite(text);
  if (changed === text) return false;
  const c = JSON.parse(changed) as GeneratedCase;
  const mine = ours(c);
  if (mine.decision !== d.ours.decision) return false;
  const again =
    c.session || c.resource === '*'
      ? await theirsValidated(c)
      : { c, ours: mine, theirs: theirs(c) };
  if (again === undefined) return false;
  if (again === 'agree' || again.ours.decision === again.theirs) return true;
  return (await explain(again)) !== undefined;
}

async function explain(d: Disagreement): Promise<(typeof EXPLAINED)[number] | undefined> {
  for (const e of EXPLAINED) if (await e.applies(d)) return e;
  return undefined;
}

/** The statement a ref points at (evaluate-case.ts numbers policies identity..., boundary, resource, SCPs, session). */
function statementOf(c: GeneratedCase, ref: StatementRef): Record<string, unknown> {
  const all = [
    ...c.identity,
    ...(c.boundary ? [c.boundary] : []),
    ...(c.resourcePolicy ? [c.resourcePolicy] : []),
    ...(c.scps ?? []),
    ...(c.session ? [c.session] : []),
  ];
  const policy = all[Number(ref.policyId.split('-').pop())] as {
    Statement: Record<string, unknown>[];
  };
  return policy.Statement[ref.index]!;
}

/** Whether some Date condition compares an epoch value with an ISO date (either way round). */
function mixesDateFormats(c: GeneratedCase): boolean {
  const epoch = (v: unknown) => typeof v === 'string' && /^\d+$/.test(v);
  const all = [...c.identity, c.boundary, c.resourcePolicy, c.session, ...(c.scps ?? [])] as (
    { Statement: { Condition?: Record<string, Record<string, unknown>> }[] } | undefined
  )[];
  return all.some((p) =>
    (p?.Statement ?? []).some((st) =>
      Object.entries(st.Condition ?? {}).some(
        ([op, block]) =>
          /Date/.test(op) &&
          Object.entries(block).some(([key, values]) => {
            const request = c.context[key];
            if (request === undefined) return false;
            const list = Array.isArray(values) ? values : [values];
            return list.some((v) => epoch(v) !== epoch(request));
          }),
      ),
    ),
  );
}

function sameStatement(a: StatementRef, b: StatementRef): boolean {
  return a.policyId === b.policyId && a.index === b.index;
}

const ours = evaluateCase;

function simulation(c: GeneratedCase): Simulation {
  return {
    request: {
      principal: c.principal.arn,
      action: c.action,
      resource: { resource: c.resource, accountId: c.resourceAccount },
      contextVariables: c.context,
    },
    identityPolicies: c.identity.map((policy, i) => ({ name: `identity-${i}`, policy })),
    ...(c.session ? { sessionPolicy: c.session } : {}),
    serviceControlPolicies: (c.scps ?? []).map((policy, i) => ({
      orgIdentifier: `ou-${i}`,
      policies: [{ name: `scp-${i}`, policy }],
    })),
    resourceControlPolicies: [],
    // runUnsafeSimulation loads the resource policy without a name and then reads its name
    // (a TypeError in 0.1.173); handing it an already "validated" policy carries one.
    ...(c.resourcePolicy
      ? {
          resourcePolicy: {
            __validated: true,
            policyDocument: c.resourcePolicy,
            metadata: { name: 'resource' },
            errors: [],
          },
        }
      : {}),
    ...(c.boundary
      ? { permissionBoundaryPolicies: [{ name: 'boundary', policy: c.boundary }] }
      : {}),
  };
}

function theirs(c: GeneratedCase): AuthorizationDecision['decision'] {
  return THEIRS_TO_OURS[runUnsafeSimulation(simulation(c), {}) as TheirResult];
}

/**
 * iam-simulate's validating entry point, runSimulation, for what runUnsafeSimulation gets wrong
 * or ignores:
 *  - a request for a resource-less action (resource "*", ec2:DescribeInstances):
 *    runUnsafeSimulation reads "*" as "every resource" (its wildcard-simulation mode: a specific
 *    Allow resource matches, a specific Deny resource does not) because only runSimulation marks
 *    wildcard-only actions; AWS and we match the literal "*";
 *  - session policies, which runUnsafeSimulation drops.
 * runSimulation also drops context keys that do not apply to the action: we drop the same
 * ones. Undefined when it rejects the input (its validation is stricter than IAM's).
 */
async function theirsValidated(c: GeneratedCase): Promise<Disagreement | 'agree' | undefined> {
  const result = await runSimulation(simulation(c), {});
  if (result.resultType !== 'single') return undefined;
  const ignored = new Set(result.result.ignoredContextKeys ?? []);
  const context = Object.fromEntries(Object.entries(c.context).filter(([k]) => !ignored.has(k)));
  const again = { ...c, context };
  const d: Disagreement = {
    c: again,
    ours: ours(again),
    theirs: THEIRS_TO_OURS[result.overallResult as TheirResult],
  };
  return d.ours.decision === d.theirs ? 'agree' : d;
}

test(`differential: ${PAIRS} generated pairs agree with iam-simulate or are explained`, async () => {
  const rng = createRng(SEED);
  const unexplained: Disagreement[] = [];
  const explainedCounts = new Map<string, number>();
  const decisions = new Map<string, number>();
  const wildcardOnly: Disagreement[] = [];
  const withSession: GeneratedCase[] = [];
  const count = (name: string) => explainedCounts.set(name, (explainedCounts.get(name) ?? 0) + 1);
  for (let i = 0; i < PAIRS; i++) {
    const c = randomCase(rng);
    const mine = ours(c);
    decisions.set(mine.decision, (decisions.get(mine.decision) ?? 0) + 1);
    if (c.session) {
      withSession.push(c);
      continue;
    }
    const other = theirs(c);
    if (mine.decision === other) continue;
    const d = { c, ours: mine, theirs: other };
    if (c.resource === '*') {
      wildcardOnly.push(d);
      continue;
    }
    const reason = await explain(d);
    if (reason) count(reason.name);
    else unexplained.push(d);
  }
  let sessionCompared = 0;
  let sessionRejected = 0;
  for (const c of withSession) {
    const again = await theirsValidated(c);
    if (again === undefined) sessionRejected++;
    else sessionCompared++;
    if (again === undefined || again === 'agree') continue;
    const reason = await explain(again);
    if (reason) count(reason.name);
    else unexplained.push(again);
  }
  for (const d of wildcardOnly) {
    const again = await theirsValidated(d.c);
    const reason =
      again === 'agree' ? 'wildcard-only-action' : again && (await explain(again))?.name;
    if (reason) count(reason);
    else unexplained.push(again && again !== 'agree' ? again : d);
  }
  const summary = `decisions ${JSON.stringify(Object.fromEntries(decisions))}; explained ${JSON.stringify(
    Object.fromEntries(explainedCounts),
  )}; unexplained ${unexplained.length}; with a session policy ${sessionCompared} compared, ${sessionRejected} rejected by runSimulation's validation`;
  console.log(`differential: ${PAIRS} pairs, ${summary}`);
  // Every decision kind must be exercised, or the comparison proves little.
  for (const kind of ['allow', 'explicit-deny', 'implicit-deny'])
    assert.ok((decisions.get(kind) ?? 0) > PAIRS / 20, `too few ${kind}`);
  if (unexplained.length > 0) {
    const shown = unexplained
      .slice(0, 3)
      .map((d) => JSON.stringify({ ...d.c, ours: d.ours, theirs: d.theirs }, null, 1));
    assert.fail(
      `${unexplained.length} unexplained disagreements (${summary}); first:\n${shown.join('\n')}`,
    );
  }
});
