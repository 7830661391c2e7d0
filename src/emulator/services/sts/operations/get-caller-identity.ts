import type { IdentityStore } from '../../../identity/identity-store.js';
import { principalUserId } from '../../../identity/principal.js';
import { defineOperation } from '../../service-types.js';

/** Never authorized: AWS answers GetCallerIdentity even under an explicit deny. */
export const getCallerIdentity = defineOperation<IdentityStore, object, object>({
  name: 'GetCallerIdentity',
  authorize: () => [],
  handle: (_input, { principal, accountId }) => ({
    UserId: principalUserId(principal),
    Account: principal.kind === 'anonymous' ? accountId : principal.accountId,
    Arn: principal.arn,
  }),
});
