import type { StsSession } from '../../identity/identity-store.js';
import type { AwsCredentials } from '../../lambda/runtime/index.js';
import { invalidParameter, type LambdaFunction, type LambdaStore } from './lambda-store.js';

const SESSION_SECONDS = 3600;
/** Renew a little before expiry so an invocation never starts with credentials about to lapse. */
const RENEW_BEFORE_MS = 5 * 60_000;

/**
 * The execution role's session credentials, issued by the emulator's own STS store as Lambda
 * does (AssumeRole by the service, session name = function name), so every call the function
 * makes is authorized as `assumed-role/ROLE/FUNCTION` against the role's current policies.
 */
export function executionCredentials(
  fn: LambdaFunction,
  store: LambdaStore,
  now: Date,
): AwsCredentials {
  const cached = store.sessions.get(fn.name);
  if (cached && cached.expiration.getTime() - now.getTime() > RENEW_BEFORE_MS)
    return toCredentials(cached);
  const role = store.core.identity.roleByArn(fn.role);
  if (role === undefined) {
    throw invalidParameter('The role defined for the function cannot be assumed by Lambda.');
  }
  const session = store.core.identity.createSession(
    {
      kind: 'assumed-role',
      roleName: role.name,
      roleArn: role.arn,
      roleId: role.id,
      sessionName: fn.name,
    },
    { now, durationSeconds: SESSION_SECONDS, sessionPolicies: [] },
  );
  store.sessions.set(fn.name, session);
  // Clients a handler built at import time hold the old session's keys: start fresh workers,
  // as a new Lambda execution environment would.
  if (cached !== undefined) store.pool.restart(fn.arn);
  return toCredentials(session);
}

function toCredentials(session: StsSession): AwsCredentials {
  return {
    accessKeyId: session.accessKeyId,
    secretAccessKey: session.secretAccessKey,
    sessionToken: session.sessionToken,
  };
}
