/** Evaluates a generated case with our engine (shared by the differential and property tests). */
import {
  type AuthorizationDecision,
  type CompiledPolicy,
  type PolicyKind,
  type PolicySet,
  compilePolicyText,
  evaluateRequest,
} from '../../../src/policy/index.js';
import type { GeneratedCase } from './random-policies.js';

export function compileCase(c: GeneratedCase): PolicySet {
  let n = 0;
  const compile = (policy: object, kind: PolicyKind): CompiledPolicy =>
    compilePolicyText(JSON.stringify(policy), { id: `${kind}-${n++}`, kind });
  const set: PolicySet = { identity: c.identity.map((p) => compile(p, 'identity')) };
  if (c.boundary) set.permissionsBoundary = compile(c.boundary, 'permissions-boundary');
  if (c.resourcePolicy) set.resource = [compile(c.resourcePolicy, 'resource')];
  if (c.scps) set.serviceControl = c.scps.map((p) => compile(p, 'service-control'));
  if (c.session) set.session = [compile(c.session, 'session')];
  return set;
}

export function evaluateCase(c: GeneratedCase): AuthorizationDecision {
  return evaluateRequest(
    {
      principal: { arn: c.principal.arn, accountId: '111111111111' },
      action: c.action,
      resource: c.resource,
      resourceAccountId: c.resourceAccount,
      context: c.context,
    },
    compileCase(c),
  );
}
