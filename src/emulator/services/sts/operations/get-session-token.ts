import { AwsError } from '../../../errors/aws-error.js';
import type { IdentityStore } from '../../../identity/identity-store.js';
import { defineOperation } from '../../service-types.js';

/** The account owner's (root's) sessions last at most an hour, whatever was asked. */
const ROOT_MAX_SECONDS = 3600;

/**
 * Needs no permission (as in AWS). Long-term keys only: an IAM user's, or the account root's
 * (the emulator's admin keys), never session credentials.
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html
 */
export const getSessionToken = defineOperation<IdentityStore, { DurationSeconds?: number }, object>(
  {
    name: 'GetSessionToken',
    authorize: () => [],
    handle(input, { store, principal, now }) {
      if (
        (principal.kind !== 'user' && principal.kind !== 'admin') ||
        principal.sessionIssuedAt !== undefined
      ) {
        throw new AwsError(
          'AccessDenied',
          'Cannot call GetSessionToken with session credentials',
          403,
        );
      }
      const requested = input.DurationSeconds ?? 43_200;
      if (requested < 900 || requested > 129_600) {
        throw new AwsError(
          'ValidationError',
          `1 validation error detected: Value '${requested}' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 129600`,
          400,
        );
      }
      const root = principal.kind === 'admin';
      const duration = root ? Math.min(requested, ROOT_MAX_SECONDS) : requested;
      const session = store.createSession(
        root ? { kind: 'root' } : { kind: 'user', userName: principal.userName },
        { now, durationSeconds: duration, sessionPolicies: [] },
      );
      return {
        Credentials: {
          AccessKeyId: session.accessKeyId,
          SecretAccessKey: session.secretAccessKey,
          SessionToken: session.sessionToken,
          Expiration: session.expiration,
        },
      };
    },
  },
);
