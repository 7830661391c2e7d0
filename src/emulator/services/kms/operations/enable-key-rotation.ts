import { defineOperation } from '../../service-types.js';
import { keyCheck } from '../kms-authz.js';
import { changeableKey } from '../kms-key-state.js';
import type { KmsStore } from '../kms-store.js';

// Rotation is bookkeeping only: old ciphertexts keep decrypting, as they do in AWS.
export const enableKeyRotation = defineOperation<KmsStore, { KeyId: string }, object>({
  name: 'EnableKeyRotation',
  authorize: ({ KeyId }, ctx) => [keyCheck('kms:EnableKeyRotation', KeyId, ctx)],
  handle: ({ KeyId }, ctx) => {
    changeableKey(KeyId, ctx).rotation = true;
    return {};
  },
});
