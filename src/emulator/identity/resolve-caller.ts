import { commonErrors } from '../errors/common-errors.js';
import type { ProtocolName } from '../protocols/model-types.js';
import type { IdentityStore } from './identity-store.js';
import type { Principal } from './principal.js';
import type { SigV4Claim } from './sigv4.js';

/** Admin credentials: any of these secrets is accepted for the key (LocalEmu accepts `test`/`test`). */
export interface AdminCredential {
  accessKeyId: string;
  secretAccessKeys: readonly string[];
  /**
   * Accept a signature made with any secret (LocalEmu/LocalStack do for their well-known keys).
   * Only `iam-mutate emulator` sets it; an emulator that proves policies never does.
   */
  anySecret?: boolean;
}

export const DEFAULT_ADMIN_CREDENTIALS: readonly AdminCredential[] = [
  { accessKeyId: 'test', secretAccessKeys: ['test'] },
  {
    accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
    secretAccessKeys: ['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'test'],
  },
];

/** The well-known keys with any secret: what LocalEmu/LocalStack clients expect. */
export const DROP_IN_ADMIN_CREDENTIALS: readonly AdminCredential[] = DEFAULT_ADMIN_CREDENTIALS.map(
  (admin) => ({ ...admin, anySecret: true }),
);

export interface ResolvedCaller {
  principal: Principal;
  /** Secrets the signature may have been made with (one, except for admin keys). */
  secrets: readonly string[];
  /** An admin key whose signature is not checked (see AdminCredential.anySecret). */
  anySecret?: boolean;
}

/**
 * Maps the signing access key to a principal, answering as AWS does for unknown keys,
 * inactive keys, missing or wrong session tokens and expired sessions.
 */
export function resolveCaller(
  claim: Pick<SigV4Claim, 'accessKeyId' | 'sessionToken'>,
  store: IdentityStore,
  admins: readonly AdminCredential[],
  protocol: ProtocolName,
  now: Date,
): ResolvedCaller {
  const admin = admins.find((a) => a.accessKeyId === claim.accessKeyId);
  if (admin !== undefined) {
    return {
      principal: {
        kind: 'admin',
        arn: `arn:aws:iam::${store.accountId}:root`,
        accountId: store.accountId,
        accessKeyId: claim.accessKeyId,
      },
      secrets: admin.secretAccessKeys,
      ...(admin.anySecret === true && { anySecret: true }),
    };
  }
  const key = store.accessKeys.get(claim.accessKeyId);
  if (key !== undefined) {
    if (key.status !== 'Active') throw commonErrors.unknownAccessKey(protocol);
    const user = store.users.get(key.userName);
    if (user === undefined) throw commonErrors.unknownAccessKey(protocol);
    return {
      principal: {
        kind: 'user',
        arn: user.arn,
        accountId: store.accountId,
        accessKeyId: key.accessKeyId,
        userName: user.name,
        userId: user.id,
      },
      secrets: [key.secretAccessKey],
    };
  }
  const session = store.sessions.get(claim.accessKeyId);
  if (session === undefined) throw commonErrors.unknownAccessKey(protocol);
  if (claim.sessionToken === undefined || claim.sessionToken !== session.sessionToken) {
    throw commonErrors.invalidSessionToken(protocol);
  }
  if (session.expiration.getTime() <= now.getTime()) throw commonErrors.expiredToken(protocol);
  const p = session.principal;
  if (p.kind === 'root') {
    return {
      principal: {
        kind: 'admin',
        arn: `arn:aws:iam::${store.accountId}:root`,
        accountId: store.accountId,
        accessKeyId: session.accessKeyId,
        sessionIssuedAt: session.issuedAt,
      },
      secrets: [session.secretAccessKey],
    };
  }
  if (p.kind === 'user') {
    const user = store.users.get(p.userName);
    if (user === undefined) throw commonErrors.invalidSessionToken(protocol);
    return {
      principal: {
        kind: 'user',
        arn: user.arn,
        accountId: store.accountId,
        accessKeyId: session.accessKeyId,
        userName: user.name,
        userId: user.id,
        sessionIssuedAt: session.issuedAt,
      },
      secrets: [session.secretAccessKey],
    };
  }
  // A session belongs to the role it was issued for, by unique id: once the role is deleted (even
  // if re-created under the same name) its sessions are refused, as AWS does.
  if (store.roles.get(p.roleName)?.id !== p.roleId)
    throw commonErrors.invalidSessionToken(protocol);
  return {
    principal: {
      kind: 'assumed-role',
      arn: `arn:aws:sts::${store.accountId}:assumed-role/${p.roleName}/${p.sessionName}`,
      accountId: store.accountId,
      accessKeyId: session.accessKeyId,
      roleName: p.roleName,
      roleArn: p.roleArn,
      roleId: p.roleId,
      sessionName: p.sessionName,
      issuedAt: session.issuedAt,
      expiration: session.expiration,
    },
    secrets: [session.secretAccessKey],
  };
}
