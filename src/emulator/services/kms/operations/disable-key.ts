import { defineOperation } from '../../service-types.js';
import { keyCheck } from '../kms-authz.js';
import { changeableKey } from '../kms-key-state.js';
import type { KmsStore } from '../kms-store.js';

// A disabled key answers DisabledException to every cryptographic call, here and via kms-api.
export const disableKey = defineOperation<KmsStore, { KeyId: string }, object>({
  name: 'DisableKey',
  authorize: ({ KeyId }, ctx) => [keyCheck('kms:DisableKey', KeyId, ctx)],
  handle: ({ KeyId }, ctx) => {
    changeableKey(KeyId, ctx).state = 'Disabled';
    return {};
  },
});
