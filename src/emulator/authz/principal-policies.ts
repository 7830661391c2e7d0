import type { CompiledPolicy } from '../../policy/types.js';
import type { IdentityStore, IamGroup, IamRole, IamUser } from '../identity/identity-store.js';
import type { Principal } from '../identity/principal.js';

/** The identity-side policies in force for a principal (identity, boundary, session). */
export interface PrincipalPolicies {
  identity: CompiledPolicy[];
  permissionsBoundary?: CompiledPolicy;
  /** Also compiled as identity policy, to tell which layer denied when phrasing the message. */
  boundaryAsIdentity?: CompiledPolicy;
  session: CompiledPolicy[];
  sessionAsIdentity: CompiledPolicy[];
}

function entityPolicies(
  store: IdentityStore,
  entity: IamUser | IamRole | IamGroup,
): Omit<PrincipalPolicies, 'session' | 'sessionAsIdentity'> {
  const identity: CompiledPolicy[] = [];
  for (const doc of entity.inline.values()) identity.push(store.compiledAs(doc, 'identity'));
  for (const arn of entity.attached) {
    const policy = store.policies.get(arn);
    if (policy !== undefined)
      identity.push(store.compiledAs(store.defaultVersion(policy).document, 'identity'));
  }
  const boundaryPolicy =
    entity.permissionsBoundaryArn === undefined
      ? undefined
      : store.policies.get(entity.permissionsBoundaryArn);
  if (boundaryPolicy === undefined) return { identity };
  const doc = store.defaultVersion(boundaryPolicy).document;
  return {
    identity,
    permissionsBoundary: store.compiledAs(doc, 'permissions-boundary'),
    boundaryAsIdentity: store.compiledAs(doc, 'identity'),
  };
}

/** The caller's policies, recomputed only when IAM or STS changed something since last time. */
export function principalPolicies(store: IdentityStore, principal: Principal): PrincipalPolicies {
  if (principal.kind === 'admin' || principal.kind === 'anonymous')
    return computePolicies(store, principal);
  const cached = store.callerPolicyCache.get(principal.accessKeyId);
  if (cached !== undefined && cached.generation === store.generation)
    return cached.value as PrincipalPolicies;
  const value = computePolicies(store, principal);
  if (store.callerPolicyCache.size > 10_000) store.callerPolicyCache.clear();
  store.callerPolicyCache.set(principal.accessKeyId, { generation: store.generation, value });
  return value;
}

function computePolicies(store: IdentityStore, principal: Principal): PrincipalPolicies {
  switch (principal.kind) {
    case 'admin':
    case 'anonymous':
      return { identity: [], session: [], sessionAsIdentity: [] };
    case 'user': {
      const user = store.users.get(principal.userName);
      if (user === undefined) return { identity: [], session: [], sessionAsIdentity: [] };
      const own = entityPolicies(store, user);
      // Policies of the user's groups are identity policies of the user (a group has no boundary).
      for (const group of store.groups.values()) {
        if (group.members.includes(user.name))
          own.identity.push(...entityPolicies(store, group).identity);
      }
      return { ...own, session: [], sessionAsIdentity: [] };
    }
    case 'assumed-role': {
      const role = store.roles.get(principal.roleName);
      const session = store.sessions.get(principal.accessKeyId);
      const docs = session?.sessionPolicies ?? [];
      const base = role === undefined ? { identity: [] } : entityPolicies(store, role);
      return {
        ...base,
        session: docs.map((d) => store.compiledAs(d, 'session')),
        sessionAsIdentity: docs.map((d) => store.compiledAs(d, 'identity')),
      };
    }
  }
}

/** The human name of a policy from the id the emulator gave it (memoised: ids repeat). */
export function policyNameOf(policyId: string): string {
  let name = policyNames.get(policyId);
  if (name === undefined) {
    name = computePolicyName(policyId);
    if (policyNames.size >= 4096) policyNames.clear();
    policyNames.set(policyId, name);
  }
  return name;
}
const policyNames = new Map<string, string>();

function computePolicyName(policyId: string): string {
  const managed = /^arn:aws:iam::[^:]*:policy\/(?:.*\/)?([^/]+)$/.exec(policyId);
  if (managed !== null) return managed[1]!;
  const inline = /\/inline\/(.+)$/.exec(policyId);
  if (inline !== null) return inline[1]!;
  const last = policyId.split('/');
  return last.length >= 2 ? `${last[last.length - 1]}` : policyId;
}
