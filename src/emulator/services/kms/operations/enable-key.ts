import { defineOperation } from '../../service-types.js';
import { keyCheck } from '../kms-authz.js';
import { changeableKey } from '../kms-key-state.js';
import type { KmsStore } from '../kms-store.js';

export const enableKey = defineOperation<KmsStore, { KeyId: string }, object>({
  name: 'EnableKey',
  authorize: ({ KeyId }, ctx) => [keyCheck('kms:EnableKey', KeyId, ctx)],
  handle: ({ KeyId }, ctx) => {
    changeableKey(KeyId, ctx).state = 'Enabled';
    return {};
  },
});
