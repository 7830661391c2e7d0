import { AwsError } from '../../../errors/aws-error.js';
import type { Principal } from '../../../identity/principal.js';

/**
 * Several IAM calls default UserName to the caller (GetUser, CreateAccessKey, ListAccessKeys);
 * a role session has no user, and AWS says so in a ValidationError.
 */
export function userNameOrCaller(
  userName: string | undefined,
  principal: Principal,
): string | undefined {
  if (userName !== undefined) return userName;
  if (principal.kind === 'user') return principal.userName;
  return undefined;
}

export function requireUserName(userName: string | undefined, principal: Principal): string {
  const name = userNameOrCaller(userName, principal);
  if (name === undefined) {
    throw new AwsError(
      'ValidationError',
      'Must specify userName when calling with non-User credentials',
      400,
    );
  }
  return name;
}
