import { defineOperation } from '../../service-types.js';
import { keyCheck } from '../kms-authz.js';
import { changeableKey } from '../kms-key-state.js';
import type { KmsStore } from '../kms-store.js';

export const disableKeyRotation = defineOperation<KmsStore, { KeyId: string }, object>({
  name: 'DisableKeyRotation',
  authorize: ({ KeyId }, ctx) => [keyCheck('kms:DisableKeyRotation', KeyId, ctx)],
  handle: ({ KeyId }, ctx) => {
    changeableKey(KeyId, ctx).rotation = false;
    return {};
  },
});
