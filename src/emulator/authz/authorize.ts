import type {
  AuthorizationDecision,
  AuthorizationRequest,
  CompiledPolicy,
  ContextValue,
  PolicySet,
  StatementRef,
} from '../../policy/types.js';
import type { AwsError } from '../errors/aws-error.js';
import type { Principal } from '../identity/principal.js';
import type { ProtocolName } from '../protocols/model-types.js';
import {
  NO_RESOURCE_POLICIES,
  type AuthorizationCheck,
  type OperationContext,
  type ServiceDefinition,
} from '../services/service-types.js';
import type { AuthorizationLog } from './authz-log.js';
import type { AuthorizationRecord, MatchedStatement } from './authz-record.js';
import { globalContextKeys } from './context-keys.js';
import { cachedDecision, rememberDecision, type DecisionInputs } from './decision-cache.js';
import { defaultAccessDenied } from './deny-error.js';
import type { EnforcementMode } from './enforcement.js';
import type { PolicyEngine } from './policy-engine.js';
import { policyNameOf, principalPolicies, type PrincipalPolicies } from './principal-policies.js';

export interface AuthorizeParams<S> {
  checks: readonly AuthorizationCheck[];
  service: ServiceDefinition<S>;
  protocol: ProtocolName;
  ctx: OperationContext<S>;
  mode: EnforcementMode;
  engine: PolicyEngine;
  log: AuthorizationLog;
}

/**
 * Decides every check of one call and logs each decision. Returns the service's AccessDenied
 * for the first denial in strict mode (the caller throws it), undefined when the call may go on.
 * Admin keys are logged as bypassed and never evaluated.
 */
export function authorizeCall<S>(params: AuthorizeParams<S>): AwsError | undefined {
  const { checks, service, ctx, mode, engine, log } = params;
  if (mode === 'off') return undefined;
  const principal = ctx.principal;
  // Hot path (every enforced call): plain property writes, no object spreads; one principal
  // and one global-context object shared by every record of the call.
  const time = isoTime(ctx.now);
  const logPrincipal = logPrincipalOf(principal);
  const globals = globalContextKeys(
    principal,
    ctx.emulator.identity,
    ctx.request,
    ctx.region,
    ctx.now,
  );
  const policies =
    principal.kind === 'admin' ? undefined : principalPolicies(ctx.emulator.identity, principal);
  const requestPrincipal = requestPrincipalOf(principal);
  for (const check of checks) {
    let extra = check.context === undefined || isEmpty(check.context) ? undefined : check.context;
    if (policies === undefined) {
      const record = newRecord(ctx, service, mode, time, logPrincipal, globals, check);
      record.bypass = 'admin';
      log.append(record, extra);
      continue;
    }
    const resourcePolicies =
      service.resourcePolicies?.(check.resource, ctx.store, ctx.emulator) ?? NO_RESOURCE_POLICIES;
    // The engine reads one merged context, but a cached decision needs no engine: the request
    // carries the shared globals until a miss (decision-cache.ts keys on globals + extra text,
    // never on request.context), and only then the merged object (short-lived; the log keeps
    // the shared globals + extras). Object.assign, not a spread: V8 spreads these colon-keyed
    // objects ~20x slower.
    const request: AuthorizationRequest = {
      principal: requestPrincipal,
      action: check.action,
      resource: check.resource,
      context: globals,
    };
    if (check.resourceAccountId !== undefined) request.resourceAccountId = check.resourceAccountId;
    // Only a pure engine's decisions are cached (decision-cache.ts).
    const inputs: DecisionInputs | undefined =
      engine.pure === true
        ? { engine, request, policies, resourcePolicies, shared: globals, extra }
        : undefined;
    let decided = inputs === undefined ? undefined : cachedDecision(inputs);
    if (decided === undefined) {
      if (extra !== undefined) request.context = Object.assign({}, globals, extra);
      const set = policySet(policies, resourcePolicies);
      const decision = engine.evaluate(request, set);
      const kinds = policyKinds(set);
      decided = {
        decision,
        // Frozen: records share it (the log holds one array per decision, not per call).
        matched: Object.freeze(
          decision.matched.map((m) => Object.freeze(describeStatement(m, kinds))),
        ),
        reason:
          decision.decision !== 'allow'
            ? denialReason(engine, request, decision, policies, resourcePolicies, kinds)
            : undefined,
      };
      if (inputs !== undefined) decided = rememberDecision(inputs, decided);
    }
    // A kept decision carries a shared copy of the keys it was made with, equal to this call's.
    if (decided.extra !== undefined) extra = decided.extra;
    const { decision, reason } = decided;
    const denied = decision.decision !== 'allow';
    if (
      decision.nearMisses.length === 0 &&
      decision.unverifiable.length === 0 &&
      reason === undefined
    ) {
      // The common record, made whole at once (seq last, as append numbers it): one object in
      // the log window, no property added after the fact (which would allocate a second one).
      log.append({
        time,
        requestId: ctx.requestId,
        service: service.name,
        operation: ctx.operation,
        principal: logPrincipal,
        enforcement: mode,
        action: check.action,
        resource: check.resource,
        context: globals,
        decision: decision.decision,
        enforced: denied && mode === 'strict',
        matched: decided.matched as MatchedStatement[],
        extraContext: extra,
        seq: 0,
      });
      if (denied && mode === 'strict') return accessDenied(params, principal, check, '');
      continue;
    }
    const record = newRecord(ctx, service, mode, time, logPrincipal, globals, check);
    record.decision = decision.decision;
    record.enforced = denied && mode === 'strict';
    record.matched = decided.matched as MatchedStatement[];
    if (decision.nearMisses.length > 0) record.nearMisses = decision.nearMisses.slice();
    if (decision.unverifiable.length > 0) record.unverifiable = decision.unverifiable.slice();
    if (reason !== undefined) record.reason = reason;
    log.append(record, extra);
    if (denied && mode === 'strict') return accessDenied(params, principal, check, reason ?? '');
  }
  return undefined;
}

/**
 * A record to be completed by the caller (the uncommon ones: admin bypass, near misses, denials).
 * A function of its own, not a closure made in the loop: that was an allocation per check.
 */
function newRecord<S>(
  ctx: OperationContext<S>,
  service: ServiceDefinition<S>,
  mode: EnforcementMode,
  time: string,
  principal: AuthorizationRecord['principal'],
  globals: Readonly<Record<string, ContextValue>>,
  check: AuthorizationCheck,
): Omit<AuthorizationRecord, 'seq'> {
  return {
    time,
    requestId: ctx.requestId,
    service: service.name,
    operation: ctx.operation,
    principal,
    enforcement: mode,
    action: check.action,
    resource: check.resource,
    context: globals,
    decision: 'allow',
    enforced: false,
    matched: [],
  };
}

/**
 * The principal as records show it. Records share it (never mutated): one caller's consecutive
 * calls reuse the last one, so the log window holds one object per caller, not per call.
 */
function logPrincipalOf(principal: Principal): AuthorizationRecord['principal'] {
  const accessKeyId = principal.kind === 'anonymous' ? undefined : principal.accessKeyId;
  const last = lastLogPrincipal;
  if (
    last !== undefined &&
    last.arn === principal.arn &&
    last.kind === principal.kind &&
    last.accessKeyId === accessKeyId
  )
    return last;
  lastLogPrincipal =
    accessKeyId === undefined
      ? { arn: principal.arn, kind: principal.kind }
      : { arn: principal.arn, kind: principal.kind, accessKeyId };
  return lastLogPrincipal;
}
let lastLogPrincipal: AuthorizationRecord['principal'] | undefined;

/** The principal as the engine reads it (read-only), reused like logPrincipalOf's. */
function requestPrincipalOf(principal: Principal): AuthorizationRequest['principal'] {
  const roleArn = principal.kind === 'assumed-role' ? principal.roleArn : undefined;
  const last = lastRequestPrincipal;
  if (
    last !== undefined &&
    last.arn === principal.arn &&
    last.accountId === principal.accountId &&
    last.roleArn === roleArn
  )
    return last;
  lastRequestPrincipal =
    roleArn === undefined
      ? { arn: principal.arn, accountId: principal.accountId }
      : { arn: principal.arn, accountId: principal.accountId, roleArn };
  return lastRequestPrincipal;
}
let lastRequestPrincipal: AuthorizationRequest['principal'] | undefined;

/** `toISOString()`, formatted once per millisecond (calls arrive many per millisecond). */
function isoTime(now: Date): string {
  const ms = now.getTime();
  if (ms !== lastTime.ms) {
    lastTime.text = now.toISOString();
    lastTime.ms = ms;
  }
  return lastTime.text;
}
const lastTime = { ms: NaN, text: '' };

function isEmpty(object: object): boolean {
  for (const _ in object) return false;
  return true;
}

function policySet(policies: PrincipalPolicies, resource: readonly CompiledPolicy[]): PolicySet {
  const set: PolicySet = { identity: policies.identity };
  if (resource.length > 0) set.resource = resource;
  if (policies.permissionsBoundary !== undefined)
    set.permissionsBoundary = policies.permissionsBoundary;
  if (policies.session.length > 0) set.session = policies.session;
  return set;
}

function policyKinds(set: PolicySet): Map<string, string> {
  // Without resource policies the map depends only on the caller's (cached) identity side.
  const cacheable = set.resource === undefined;
  if (cacheable) {
    const cached = kindsCache.get(set.identity);
    if (
      cached !== undefined &&
      cached.set.permissionsBoundary === set.permissionsBoundary &&
      cached.set.session === set.session
    ) {
      return cached.kinds;
    }
  }
  const kinds = new Map<string, string>();
  for (const p of set.identity) kinds.set(p.id, 'identity');
  for (const p of set.resource ?? []) kinds.set(p.id, 'resource');
  for (const p of set.session ?? []) kinds.set(p.id, 'session');
  if (set.permissionsBoundary !== undefined)
    kinds.set(set.permissionsBoundary.id, 'permissions-boundary');
  if (cacheable) kindsCache.set(set.identity, { set, kinds });
  return kinds;
}
const kindsCache = new WeakMap<
  readonly CompiledPolicy[],
  { set: PolicySet; kinds: Map<string, string> }
>();

function describeStatement(ref: StatementRef, kinds: Map<string, string>): MatchedStatement {
  return {
    policyId: ref.policyId,
    policyName: policyNameOf(ref.policyId),
    policyKind: kinds.get(ref.policyId) ?? 'identity',
    index: ref.index,
    ...(ref.sid !== undefined && { sid: ref.sid }),
  };
}

const EXPLICIT_PHRASE: Record<string, string> = {
  identity: 'an identity-based policy',
  resource: 'a resource-based policy',
  'permissions-boundary': 'a permissions boundary',
  session: 'a session policy',
};

const IMPLICIT_PHRASE: Record<string, string> = {
  identity: 'identity-based policy',
  resource: 'resource-based policy',
  'permissions-boundary': 'permissions boundary',
  session: 'session policy',
  'service-control': 'service control policy',
};

/**
 * AWS's reason clause. For an implicit deny it names the first layer that does not allow:
 * identity (and resource) policies, then the permissions boundary, then session policies.
 */
function denialReason(
  engine: PolicyEngine,
  request: AuthorizationRequest,
  decision: AuthorizationDecision,
  policies: PrincipalPolicies,
  resource: readonly CompiledPolicy[],
  kinds: Map<string, string>,
): string {
  if (decision.decision === 'explicit-deny') {
    const kind = decision.deniedBy ?? kinds.get(decision.matched[0]?.policyId ?? '') ?? 'identity';
    return `with an explicit deny in ${EXPLICIT_PHRASE[kind] ?? EXPLICIT_PHRASE.identity}`;
  }
  if (decision.deniedBy !== undefined && IMPLICIT_PHRASE[decision.deniedBy] !== undefined) {
    return `because no ${IMPLICIT_PHRASE[decision.deniedBy]} allows the ${request.action} action`;
  }
  // An engine that does not say which layer denied: find the first layer that does not allow.
  const allows = (set: PolicySet) => engine.evaluate(request, set).decision === 'allow';
  const identityAllows = allows({
    identity: policies.identity,
    ...(resource.length > 0 && { resource }),
  });
  if (!identityAllows)
    return `because no identity-based policy allows the ${request.action} action`;
  if (
    policies.boundaryAsIdentity !== undefined &&
    !allows({ identity: [policies.boundaryAsIdentity] })
  ) {
    return `because no permissions boundary allows the ${request.action} action`;
  }
  if (policies.sessionAsIdentity.length > 0 && !allows({ identity: policies.sessionAsIdentity })) {
    return `because no session policy allows the ${request.action} action`;
  }
  return `because no identity-based policy allows the ${request.action} action`;
}

function accessDenied<S>(
  params: AuthorizeParams<S>,
  principal: Principal,
  check: AuthorizationCheck,
  reason: string,
): AwsError {
  const details = {
    principalArn: principal.arn,
    action: check.action,
    resource: check.messageResource ?? check.resource,
    reason,
  };
  return params.service.accessDenied?.(details) ?? defaultAccessDenied(params.protocol, details);
}
