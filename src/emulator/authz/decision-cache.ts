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
  /**
   * The operation's own context keys the decision was made with (a frozen copy), set on a
   * cached entry: records of later calls with equal keys share it instead of keeping their own
   * (the log window keeps 20,000 records; one object per record less to promote and collect).
   */
  extra?: ExtraContext;
}

type ExtraContext = Readonly<Record<string, ContextValue>>;

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
 *    operation's own keys merged over it, by their text (extraContextText; a call whose own
 *    keys cannot be written exactly is never cached), or, for the last entry found, by value;
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

function keyOf(request: AuthorizationRequest, extraText: string): string {
  const p = request.principal;
  return `${request.action}\n${request.resource}\n${request.resourceAccountId ?? ''}\n${p.arn}\n${p.roleArn ?? ''}\n${extraText}`;
}

/**
 * The text of an operation's own context keys ('' when none), or undefined when some value is
 * not a finite number, boolean, string or list of strings (then the call is not cached). Every
 * key and string is written with its length first, so two different contexts never share a
 * text whatever characters they hold. Keys in order: the same keys in another order are another
 * text, a miss, never a wrong hit.
 */
export function extraContextText(extra: ExtraContext | undefined): string | undefined {
  if (extra === undefined) return '';
  let text = '';
  for (const key in extra) {
    const value: unknown = extra[key];
    text += `${key.length}:${key}`;
    if (typeof value === 'string') text += `s${value.length}:${value}`;
    else if (typeof value === 'boolean') text += value ? 't' : 'f';
    else if (typeof value === 'number' && Number.isFinite(value)) text += `n${value};`;
    else if (Array.isArray(value)) {
      text += `a${value.length}:`;
      for (const item of value as unknown[]) {
        if (typeof item !== 'string') return undefined;
        text += `${item.length}:${item}`;
      }
    } else return undefined;
  }
  return text;
}

/**
 * Whether a call's own keys equal a cached entry's, by value: the same keys (in any order: the
 * engine reads a context by key) with the same values. No text is built: consecutive calls of
 * one caller usually repeat the last call, and this is the check they take.
 */
function sameExtra(cached: ExtraContext | undefined, extra: ExtraContext | undefined): boolean {
  if (cached === extra) return true;
  if (cached === undefined || extra === undefined) return false;
  let keys = 0;
  for (const key in extra) {
    keys++;
    if (!Object.prototype.hasOwnProperty.call(cached, key)) return false;
    const a: unknown = cached[key];
    const b: unknown = extra[key];
    if (a === b) continue;
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  }
  for (const _ in cached) keys--;
  return keys === 0;
}

/** A frozen copy of a call's own keys (lists copied too), for an entry to share. */
function frozenCopy(extra: ExtraContext): ExtraContext {
  const copy: Record<string, ContextValue> = {};
  for (const key in extra) {
    const value = extra[key]!;
    copy[key] = Array.isArray(value) ? (Object.freeze(value.slice()) as ContextValue) : value;
  }
  return Object.freeze(copy);
}

/** The request's context is `shared` with the operation's own keys, `extra`, over it. */
export interface DecisionInputs {
  engine: PolicyEngine;
  request: AuthorizationRequest;
  policies: PrincipalPolicies;
  resourcePolicies: readonly CompiledPolicy[];
  shared: SharedContext;
  extra: ExtraContext | undefined;
}

/**
 * The last entry found, with what it was found for: consecutive calls are usually the same
 * call of one caller, and this spares them the key text.
 */
let lastFound: { context: SharedContext; call: CallKey; entry: Entry } | undefined;

/** What identifies a call besides its context (sameRequest reads nothing else). */
type CallKey = Pick<
  AuthorizationRequest,
  'action' | 'resource' | 'resourceAccountId' | 'principal'
>;

function lookUp(inputs: DecisionInputs): Entry | undefined {
  const { request, shared, extra } = inputs;
  const last = lastFound;
  if (
    last !== undefined &&
    last.context === shared &&
    sameRequest(last.call, request) &&
    sameExtra(last.entry.extra, extra)
  )
    return last.entry;
  const extraText = extraContextText(extra);
  if (extraText === undefined) return undefined;
  const entry = byContext.get(shared)?.get(keyOf(request, extraText));
  // The text matched; the value check above is what later calls take, so it must agree.
  if (entry !== undefined) lastFound = { context: shared, call: callKeyOf(request), entry };
  return entry;
}

function sameRequest(a: CallKey, b: CallKey): boolean {
  return (
    a.action === b.action &&
    a.resource === b.resource &&
    a.resourceAccountId === b.resourceAccountId &&
    a.principal.arn === b.principal.arn &&
    a.principal.roleArn === b.principal.roleArn
  );
}

/** What sameRequest reads, kept apart from the caller's object (which it may change). */
function callKeyOf(request: AuthorizationRequest): CallKey {
  return {
    action: request.action,
    resource: request.resource,
    resourceAccountId: request.resourceAccountId,
    principal: request.principal,
  };
}

function samePolicies(a: readonly CompiledPolicy[], b: readonly CompiledPolicy[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function cachedDecision(inputs: DecisionInputs): CachedDecision | undefined {
  const { engine, request, policies, resourcePolicies } = inputs;
  const entry = lookUp(inputs);
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

/** Keeps a decision for later calls with the same inputs; returns it as kept. */
export function rememberDecision(inputs: DecisionInputs, decided: CachedDecision): CachedDecision {
  const { engine, request, policies, resourcePolicies, shared, extra } = inputs;
  const extraText = extraContextText(extra);
  if (extraText === undefined) return decided;
  let entries = byContext.get(shared);
  if (entries === undefined) byContext.set(shared, (entries = new Map()));
  if (entries.size >= MAX_ENTRIES) entries.clear();
  const entry: Entry = {
    decision: decided.decision,
    matched: decided.matched,
    reason: decided.reason,
    engine,
    policies,
    resourcePolicies: resourcePolicies.slice(),
    accountId: request.principal.accountId,
  };
  if (extra !== undefined) entry.extra = frozenCopy(extra);
  entries.set(keyOf(request, extraText), entry);
  // The next call is most likely this one again.
  lastFound = { context: shared, call: callKeyOf(request), entry };
  return entry;
}
