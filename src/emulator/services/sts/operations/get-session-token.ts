import { AwsError } from '../../../errors/aws-error.js';
import type { IdentityStore } from '../../../identity/identity-store.js';
import { defineOperation } from '../../service-types.js';

/** Needs no permission (as in AWS); only IAM users' long-term keys may call it. */
export const getSessionToken = defineOperation<IdentityStore, { DurationSeconds?: number }, object>(
  {
    name: 'GetSessionToken',
    authorize: () => [],
    handle(input, { store, principal, now }) {
      if (principal.kind !== 'user' || principal.sessionIssuedAt !== undefined) {
        throw new AwsError(
          'AccessDenied',
          'Cannot call GetSessionToken with session credentials',
          403,
        );
      }
      const duration = input.DurationSeconds ?? 43_200;
      if (duration < 900 || duration > 129_600) {
        throw new AwsError(
          'ValidationError',
          `1 validation error detected: Value '${duration}' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 129600`,
          400,
        );
      }
      const session = store.createSession(
        { kind: 'user', userName: principal.userName },
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
