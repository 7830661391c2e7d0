/**
 * AWS policy evaluation logic (IAM User Guide, "Policy evaluation logic"), for one request:
 *
 *  1. An explicit Deny in any policy (identity, resource, boundary, session, SCP) -> Deny.
 *  2. Service control policies: each one in the set (one per level of the organisation, root
 *     first) must allow, or -> implicit deny.
 *  3. Same account: allowed when the identity side allows (identity policies, AND the
 *     permissions boundary if any, AND the session policies if any), or when the resource
 *     policy grants it alone:
 *       - naming the caller itself (user, role session, federated user): not limited by an
 *         implicit deny anywhere else;
 *       - naming the caller's role, or `*`: limited by the boundary and session policies;
 *       - naming only the account: delegates to the account, the identity side must allow.
 *     Cross account: the identity side AND the resource policy must both allow.
 *     KMS key policies and role trust policies (when passed as `resource`) must allow even in
 *     the same account: a grant naming the caller suffices, otherwise the identity side AND
 *     the key/trust policy must allow.
 *
 * Fail closed: an Allow statement that cannot be decided grants nothing; a Deny statement that
 * cannot be decided denies (it is in both `matched` and `unverifiable`), so an undecidable
 * guard never lets an Allow through. The price is a spurious deny, which the report shows with
 * its reason instead of hiding a possible escalation.
 */
import { CompiledPolicyImpl, type CompiledStatement } from './compile-policy.js';
import { type RequestView, evaluateStatement } from './evaluate-statement.js';
import type { PrincipalMatch } from './principal-match.js';
import { roleArnOfSession } from './principal-match.js';
import { TRUE, UNKNOWN } from './tri-state.js';
import type {
  AuthorizationDecision,
  AuthorizationRequest,
  CompiledPolicy,
  ContextValue,
  NearMiss,
  PolicyKind,
  PolicySet,
  StatementRef,
  Unverifiable,
} from './types.js';

interface Grant {
  ref: StatementRef;
  principal: PrincipalMatch;
}

/** What one group of policies (all identity policies, the boundary, ...) says. */
interface GroupResult {
  allows: Grant[];
  denies: StatementRef[];
}

interface Accumulator {
  nearMisses: NearMiss[];
  unverifiable: Unverifiable[];
}

function asCompiled(policy: CompiledPolicy): CompiledPolicyImpl {
  if (policy instanceof CompiledPolicyImpl) return policy;
  throw new TypeError(`policy ${policy.id} was not made by compilePolicy/compilePolicyText`);
}

export function prepareRequest(request: AuthorizationRequest, hasBoundary = false): RequestView {
  const context = new Map<string, ContextValue>();
  for (const key of Object.keys(request.context)) {
    context.set(key.toLowerCase(), request.context[key]!);
  }
  const lookup = (keyLower: string) => context.get(keyLower);
  const caller: RequestView['caller'] = {
    arn: request.principal.arn,
    accountId: request.principal.accountId,
  };
  const roleArn = request.principal.roleArn ?? roleArnOfSession(request.principal.arn);
  if (roleArn !== undefined) caller.roleArn = roleArn;
  return {
    actionLower: request.action.toLowerCase(),
    resource: request.resource,
    caller,
    hasBoundary,
    lookup,
    context: lookup,
    reasons: [],
  };
}

function evaluateGroup(
  policies: readonly CompiledPolicy[],
  view: RequestView,
  acc: Accumulator,
  checkPrincipal: boolean,
): GroupResult {
  const result: GroupResult = { allows: [], denies: [] };
  for (const p of policies) {
    const statements: readonly CompiledStatement[] = asCompiled(p).statementsFor(view.actionLower);
    for (const s of statements) {
      const outcome = evaluateStatement(s, view, checkPrincipal);
      if (outcome.applies === TRUE) {
        if (s.effect === 'Deny') result.denies.push(s.ref);
        else result.allows.push({ ref: s.ref, principal: outcome.principal });
      } else if (outcome.applies === UNKNOWN) {
        for (const reason of outcome.reasons ?? ['cannot be evaluated'])
          acc.unverifiable.push({ statement: s.ref, reason });
        if (s.effect === 'Deny') result.denies.push(s.ref);
      } else if (outcome.nearMiss && s.effect === 'Allow') {
        acc.nearMisses.push(outcome.nearMiss);
      }
    }
  }
  return result;
}

/**
 * Actions whose resource policy (key policy, trust policy) must allow even in the same account.
 * Besides sts:AssumeRole*, the role's trust policy must allow sts:TagSession, sts:SetSourceIdentity
 * and sts:SetContext when the caller passes session tags, a source identity or context (IAM User
 * Guide: "Permissions required to add session tags", "Permissions required to set source
 * identity"; STS API Reference, AssumeRole ProvidedContexts).
 */
const RESOURCE_POLICY_REQUIRED =
  /^(?:kms:|sts:assumerole|sts:(?:tagsession|setsourceidentity|setcontext)$)/;

const EMPTY: GroupResult = { allows: [], denies: [] };

export function evaluateRequest(
  request: AuthorizationRequest,
  policies: PolicySet,
): AuthorizationDecision {
  const view = prepareRequest(request, policies.permissionsBoundary !== undefined);
  const acc: Accumulator = { nearMisses: [], unverifiable: [] };
  const identity = evaluateGroup(policies.identity, view, acc, false);
  const resource = policies.resource?.length
    ? evaluateGroup(policies.resource, view, acc, true)
    : EMPTY;
  const boundary = policies.permissionsBoundary
    ? evaluateGroup([policies.permissionsBoundary], view, acc, false)
    : undefined;
  const session = policies.session?.length
    ? evaluateGroup(policies.session, view, acc, false)
    : undefined;
  const scps = (policies.serviceControl ?? []).map((p) => evaluateGroup([p], view, acc, false));

  const denied: { kind: PolicyKind; refs: StatementRef[] }[] = [
    { kind: 'service-control', refs: scps.flatMap((g) => g.denies) },
    { kind: 'resource', refs: resource.denies },
    { kind: 'permissions-boundary', refs: boundary?.denies ?? [] },
    { kind: 'session', refs: session?.denies ?? [] },
    { kind: 'identity', refs: identity.denies },
  ];
  const explicit = denied.filter((d) => d.refs.length > 0);
  if (explicit.length > 0) {
    return {
      decision: 'explicit-deny',
      matched: explicit.flatMap((d) => d.refs),
      nearMisses: [],
      unverifiable: acc.unverifiable,
      deniedBy: explicit.find((d) => d.kind === 'identity')?.kind ?? explicit[0]!.kind,
    };
  }

  const implicit = (deniedBy: PolicyKind): AuthorizationDecision => ({
    decision: 'implicit-deny',
    matched: [],
    nearMisses: acc.nearMisses,
    unverifiable: acc.unverifiable,
    deniedBy,
  });
  if (scps.some((g) => g.allows.length === 0)) return implicit('service-control');

  const boundaryOk = !boundary || boundary.allows.length > 0;
  const sessionOk = !session || session.allows.length > 0;
  const identitySide = identity.allows.length > 0 && boundaryOk && sessionOk;
  const sameAccount =
    (request.resourceAccountId ?? request.principal.accountId) === request.principal.accountId;
  const limitedOk = boundaryOk && sessionOk;
  const usableGrants = sameAccount
    ? resource.allows.filter(
        (g) =>
          g.principal === 'direct' ||
          ((g.principal === 'role' || g.principal === 'wildcard') && limitedOk),
      )
    : resource.allows;
  // KMS key policies and role trust policies are the documented exceptions: the resource
  // policy must allow even within the account (naming the caller, or the account to delegate
  // to IAM policies). Applied when the caller passed that policy; without one we cannot know.
  const resourceMustAllow =
    !sameAccount ||
    (policies.resource !== undefined && RESOURCE_POLICY_REQUIRED.test(view.actionLower));
  let allowed: boolean;
  let usedGrants: Grant[];
  if (!sameAccount) {
    allowed = identitySide && resource.allows.length > 0;
    usedGrants = resource.allows;
  } else if (resourceMustAllow) {
    // A key or trust policy naming the caller (or its role, within the boundary) suffices;
    // one naming only the account needs the identity side as well.
    allowed = usableGrants.length > 0 || (identitySide && resource.allows.length > 0);
    usedGrants = identitySide ? resource.allows : usableGrants;
  } else {
    allowed = identitySide || usableGrants.length > 0;
    usedGrants = usableGrants;
  }

  if (!allowed) {
    let deniedBy: PolicyKind = 'identity';
    if (identity.allows.length > 0 || resource.allows.length > 0) {
      if (!boundaryOk) deniedBy = 'permissions-boundary';
      else if (!sessionOk) deniedBy = 'session';
      else if (resourceMustAllow && identitySide) deniedBy = 'resource';
    }
    return implicit(deniedBy);
  }
  const matched: StatementRef[] = [];
  if (identitySide) matched.push(...identity.allows.map((g) => g.ref));
  matched.push(...usedGrants.map((g) => g.ref));
  const limits = identitySide || usedGrants.some((g) => g.principal !== 'direct');
  if (limits) {
    if (boundary) matched.push(...boundary.allows.map((g) => g.ref));
    if (session) matched.push(...session.allows.map((g) => g.ref));
  }
  for (const g of scps) matched.push(...g.allows.map((a) => a.ref));
  return { decision: 'allow', matched, nearMisses: [], unverifiable: acc.unverifiable };
}
