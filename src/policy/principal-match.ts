/**
 * Principal / NotPrincipal of resource-based policies. How a statement names the caller decides
 * how far its grant reaches (evaluate-request.ts), so a match says which form matched.
 */
import type { ParsedPrincipal } from './parsed-policy.js';

/**
 * - `direct`: the caller's own ARN (IAM user, role session, federated user, service principal);
 *   AWS does not limit such a grant by an implicit deny in identity policies, boundaries or
 *   session policies.
 * - `role`: the role whose session is calling; limited by the boundary and session policies.
 * - `wildcard`: `"*"`; treated like `role` (limited), the conservative reading.
 * - `account`: the caller's account (`123456789012` or its `:root` ARN); delegates to the
 *   account, so the caller's identity-side permissions must allow too.
 */
export type PrincipalMatch = 'none' | 'direct' | 'role' | 'wildcard' | 'account';

/** Facts about the caller, derived once per request. */
export interface CallerIdentity {
  arn: string;
  accountId: string;
  /** For role sessions: the role's ARN (from the request, or derived without its path). */
  roleArn?: string;
}

export interface CompiledPrincipal {
  wildcard: boolean;
  aws: string[];
  /** Service, Federated and CanonicalUser identifiers: compared with the caller's ARN. */
  others: string[];
}

export function compilePrincipal(p: ParsedPrincipal): CompiledPrincipal {
  const out: CompiledPrincipal = { wildcard: p.wildcard, aws: [], others: [] };
  for (const entry of p.entries) {
    const values = entry.values.map((v) => v.value);
    if (entry.type.value === 'AWS') {
      if (values.includes('*')) out.wildcard = true;
      out.aws.push(...values.filter((v) => v !== '*'));
    } else out.others.push(...values);
  }
  return out;
}

const ASSUMED_ROLE = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\/[^/]+$/;

/** `arn:aws:sts::1:assumed-role/R/s` -> `arn:aws:iam::1:role/R` (the path is not in the session ARN). */
export function roleArnOfSession(sessionArn: string): string | undefined {
  const m = ASSUMED_ROLE.exec(sessionArn);
  return m ? `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` : undefined;
}

function roleName(arn: string): string | undefined {
  const m = /^arn:[^:]+:iam::\d{12}:role\/(?:.*\/)?([^/]+)$/.exec(arn);
  return m?.[1];
}

export function matchPrincipal(p: CompiledPrincipal, caller: CallerIdentity): PrincipalMatch {
  let best: PrincipalMatch = 'none';
  for (const id of p.aws) {
    if (id === caller.arn) return 'direct';
    if (caller.roleArn !== undefined && (id === caller.roleArn || sameRole(id, caller.roleArn)))
      best = 'role';
    else if (best === 'none' && isAccount(id, caller.accountId)) best = 'account';
  }
  for (const id of p.others) if (id === caller.arn) return 'direct';
  if (best !== 'none') return best;
  return p.wildcard ? 'wildcard' : 'none';
}

/** A policy naming `role/path/R` matches a session of R whose role ARN we derived without path. */
function sameRole(policyArn: string, callerRoleArn: string): boolean {
  if (!policyArn.includes(':role/') || !callerRoleArn.includes(':role/')) return false;
  const prefix = (a: string) => a.slice(0, a.indexOf(':role/'));
  return (
    prefix(policyArn) === prefix(callerRoleArn) && roleName(policyArn) === roleName(callerRoleArn)
  );
}

function isAccount(id: string, accountId: string): boolean {
  return id === accountId || /^arn:[^:]+:iam::(\d{12}):root$/.exec(id)?.[1] === accountId;
}

/**
 * Whether a `Deny` + NotPrincipal statement leaves the caller out. AWS checks the caller as a
 * chain (the account, then the role, then the role session or user) and the Deny applies if any
 * link is not listed; so the caller is excluded only when the account AND the user (or the role
 * AND the session) are all listed. And a NotPrincipal Deny always applies to a principal with a
 * permissions boundary, whatever it lists (IAM User Guide, "NotPrincipal").
 */
export function excludedByNotPrincipal(
  p: CompiledPrincipal,
  caller: CallerIdentity,
  hasBoundary: boolean,
): boolean {
  if (hasBoundary) return false;
  if (p.wildcard) return true;
  if (p.others.includes(caller.arn)) return true;
  const listed = (arn: string) => p.aws.includes(arn);
  const accountListed = p.aws.some((id) => isAccount(id, caller.accountId));
  if (!accountListed || !listed(caller.arn)) return false;
  if (caller.roleArn === undefined || caller.roleArn === caller.arn) return true;
  return p.aws.some((id) => id === caller.roleArn || sameRole(id, caller.roleArn!));
}
