/**
 * Who signed a request. A discriminated union: admin keys bypass enforcement, every other
 * principal is authorized against its policies.
 */
export type Principal = AdminPrincipal | UserPrincipal | AssumedRolePrincipal | AnonymousPrincipal;

export interface AdminPrincipal {
  kind: 'admin';
  arn: string;
  accountId: string;
  accessKeyId: string;
  /** Set when the root signs with its GetSessionToken credentials. */
  sessionIssuedAt?: Date;
}

export interface UserPrincipal {
  kind: 'user';
  arn: string;
  accountId: string;
  accessKeyId: string;
  userName: string;
  userId: string;
  /** Set when the user signs with GetSessionToken credentials. */
  sessionIssuedAt?: Date;
}

export interface AssumedRolePrincipal {
  kind: 'assumed-role';
  /** arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION */
  arn: string;
  accountId: string;
  accessKeyId: string;
  roleName: string;
  roleArn: string;
  roleId: string;
  sessionName: string;
  issuedAt: Date;
  expiration: Date;
}

/** Unsigned requests (S3 public-read and the like); only resource policies can allow them. */
export interface AnonymousPrincipal {
  kind: 'anonymous';
  arn: '*';
  accountId: '';
}

/** aws:userid as AWS reports it: user id, `ROLEID:session`, or the account for root. */
export function principalUserId(principal: Principal): string {
  switch (principal.kind) {
    case 'admin':
      return principal.accountId;
    case 'user':
      return principal.userId;
    case 'assumed-role':
      return `${principal.roleId}:${principal.sessionName}`;
    case 'anonymous':
      return 'anonymous';
  }
}
