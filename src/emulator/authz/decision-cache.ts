import type {
  AuthorizationDecision,
  AuthorizationRequest,
  CompiledPolicy,
  ContextValue,
} from '../../policy/types.js';
import type { MatchedStatement } from './authz-record.js';
import type { PolicyEngine } from './policy-engine.js';
import type { PrincipalPolicies } from './principal-policies.js';

/** What a decision adds to its authorization record, worked out once per cached decision. */
export interface CachedDecision {
  decision: AuthorizationDecision;
  matched: readonly MatchedStatement[];
  reason: string | undefined;
}

interface Entry extends CachedDecision {
  engine: PolicyEngine;
  policies: PrincipalPolicies;
  resourcePolicies: readonly CompiledPolicy[];
  accountId: string;
}

/**
 * Decisions of one request context. An engine's decision is a pure function of the request
 * (principal, action, resource, resource account, context) and the compiled policies, which
 * never change once compiled. The cache is keyed by the things that identify them:
 *  - the context object: the caller's shared global keys, made anew whenever any of their
 *    inputs changes (each second, each IAM/STS change: see context-keys.ts); calls with
 *    operation-specific keys merged in are never cached;
 *  - the caller's PrincipalPolicies object, made anew on every IAM/STS change (its generation);
 *  - the resource policies, compared one by one (a changed bucket policy is a new object);
 *  - the engine, the principal's ARN, role ARN and account, the action, resource and resource
 *    account.
 * Any difference is a miss, and a miss evaluates: the cache can only repeat a decision the
 * engine made for the same inputs, never make one.
 */
const byContext = new WeakMap<Readonly<Record<string, ContextValue>>, Map<string, Entry>>();

/** Entries per context object: a caller's distinct calls within one second. */
const MAX_ENTRIES = 64;

function keyOf(request: AuthorizationRequest): string {
  const p = request.principal;
  return `${request.action}\n${request.resource}\n${request.resourceAccountId ?? ''}\n${p.arn}\n${p.roleArn ?? ''}`;
}

/**
 * The entry for the request's context and key. The last lookup's inputs are compared first
 * (consecutive calls are usually the same call of one caller), sparing the key string.
 */
function lookUp(request: AuthorizationRequest): Entry | undefined {
  const last = lastLookUp;
  const p = request.principal;
  if (
    last !== undefined &&
    last.context === request.context &&
    last.action === request.action &&
    last.resource === request.resource &&
    last.resourceAccountId === request.resourceAccountId &&
    last.arn === p.arn &&
    last.roleArn === p.roleArn
  )
    return last.entry;
  const entry = byContext.get(request.context)?.get(keyOf(request));
  if (entry !== undefined)
    lastLookUp = {
      context: request.context,
      action: request.action,
      resource: request.resource,
      resourceAccountId: request.resourceAccountId,
      arn: p.arn,
      roleArn: p.roleArn,
      entry,
    };
  return entry;
}
let lastLookUp:
  | {
      context: AuthorizationRequest['context'];
      action: string;
      resource: string;
      resourceAccountId: string | undefined;
      arn: string;
      roleArn: string | undefined;
      entry: Entry;
    }
  | undefined;

function samePolicies(a: readonly CompiledPolicy[], b: readonly CompiledPolicy[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function cachedDecision(
  engine: PolicyEngine,
  request: AuthorizationRequest,
  policies: PrincipalPolicies,
  resourcePolicies: readonly CompiledPolicy[],
): CachedDecision | undefined {
  const entry = lookUp(request);
  if (
    entry === undefined ||
    entry.engine !== engine ||
    entry.policies !== policies ||
    entry.accountId !== request.principal.accountId ||
    !samePolicies(entry.resourcePolicies, resourcePolicies)
  )
    return undefined;
  return entry;
}

export function rememberDecision(
  engine: PolicyEngine,
  request: AuthorizationRequest,
  policies: PrincipalPolicies,
  resourcePolicies: readonly CompiledPolicy[],
  decided: CachedDecision,
): void {
  lastLookUp = undefined;
  let entries = byContext.get(request.context);
  if (entries === undefined) byContext.set(request.context, (entries = new Map()));
  if (entries.size >= MAX_ENTRIES) entries.clear();
  entries.set(keyOf(request), {
    ...decided,
    engine,
    policies,
    resourcePolicies: resourcePolicies.slice(),
    accountId: request.principal.accountId,
  });
}
