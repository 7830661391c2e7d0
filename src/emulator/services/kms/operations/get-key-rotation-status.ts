import { defineOperation } from '../../service-types.js';
import { keyCheck } from '../kms-authz.js';
import type { KmsStore } from '../kms-store.js';

export const getKeyRotationStatus = defineOperation<KmsStore, { KeyId: string }, object>({
  name: 'GetKeyRotationStatus',
  authorize: ({ KeyId }, ctx) => [keyCheck('kms:GetKeyRotationStatus', KeyId, ctx)],
  handle: ({ KeyId }, { store, region }) => {
    const key = store.getKey(KeyId, region);
    return { KeyRotationEnabled: key.rotation, KeyId: key.arn };
  },
});
