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
 *  - the context: the caller's shared global-keys object, made anew whenever any of their
 *    inputs changes (each second, each IAM/STS change: see context-keys.ts), and the
 *    operation's own keys merged over it, by their text (extraContextKey; a call whose own
 *    keys cannot be written exactly is never cached);
 *  - the caller's PrincipalPolicies object, made anew on every IAM/STS change (its generation);
 *  - the resource policies, compared one by one (a changed bucket policy is a new object);
 *  - the engine, the principal's ARN, role ARN and account, the action, resource and resource
 *    account.
 * Any difference is a miss, and a miss evaluates: the cache can only repeat a decision the
 * engine made for the same inputs, never make one.
 */
type SharedContext = Readonly<Record<string, ContextValue>>;
const byContext = new WeakMap<SharedContext, Map<string, Entry>>();

/** Entries per context object: a caller's distinct calls within one second. */
const MAX_ENTRIES = 64;

function keyOf(request: AuthorizationRequest, extra: string): string {
  const p = request.principal;
  return `${request.action}\n${request.resource}\n${request.resourceAccountId ?? ''}\n${p.arn}\n${p.roleArn ?? ''}\n${extra}`;
}

/**
 * The text of an operation's own context keys ('' when none), or undefined when some value is
 * not a finite number, boolean, string or list of strings (then the call is not cached). Keys
 * in order: the same keys in another order are another text, a miss, never a wrong hit.
 */
export function extraContextKey(
  extra: Readonly<Record<string, ContextValue>> | undefined,
): string | undefined {
  if (extra === undefined) return '';
  for (const key in extra) {
    const value: unknown = extra[key];
    if (typeof value === 'string' || typeof value === 'boolean') continue;
    if (typeof value === 'number' && Number.isFinite(value)) continue;
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) continue;
    return undefined;
  }
  return JSON.stringify(extra);
}

/**
 * The entry for the request's context and key. The last lookup's inputs are compared first
 * (consecutive calls are usually the same call of one caller), sparing the key string.
 */
function lookUp(
  request: AuthorizationRequest,
  shared: SharedContext,
  extra: string,
): Entry | undefined {
  const last = lastLookUp;
  const p = request.principal;
  if (
    last !== undefined &&
    last.context === shared &&
    last.extra === extra &&
    last.action === request.action &&
    last.resource === request.resource &&
    last.resourceAccountId === request.resourceAccountId &&
    last.arn === p.arn &&
    last.roleArn === p.roleArn
  )
    return last.entry;
  const entry = byContext.get(shared)?.get(keyOf(request, extra));
  if (entry !== undefined)
    lastLookUp = {
      context: shared,
      extra,
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
      context: SharedContext;
      extra: string;
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

/** The request's context is `shared` with the keys whose extraContextKey is `extra` over it. */
export interface DecisionInputs {
  engine: PolicyEngine;
  request: AuthorizationRequest;
  policies: PrincipalPolicies;
  resourcePolicies: readonly CompiledPolicy[];
  shared: SharedContext;
  extra: string;
}

export function cachedDecision(inputs: DecisionInputs): CachedDecision | undefined {
  const { engine, request, policies, resourcePolicies } = inputs;
  const entry = lookUp(request, inputs.shared, inputs.extra);
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

export function rememberDecision(inputs: DecisionInputs, decided: CachedDecision): void {
  const { engine, request, policies, resourcePolicies, shared } = inputs;
  lastLookUp = undefined;
  let entries = byContext.get(shared);
  if (entries === undefined) byContext.set(shared, (entries = new Map()));
  if (entries.size >= MAX_ENTRIES) entries.clear();
  entries.set(keyOf(request, inputs.extra), {
    ...decided,
    engine,
    policies,
    resourcePolicies: resourcePolicies.slice(),
    accountId: request.principal.accountId,
  });
}
