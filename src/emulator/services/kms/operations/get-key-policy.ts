import { defineOperation } from '../../service-types.js';
import { keyCheck } from '../kms-authz.js';
import type { KmsStore } from '../kms-store.js';

export const getKeyPolicy = defineOperation<
  KmsStore,
  { KeyId: string; PolicyName?: string },
  object
>({
  name: 'GetKeyPolicy',
  authorize: ({ KeyId }, ctx) => [keyCheck('kms:GetKeyPolicy', KeyId, ctx)],
  handle: ({ KeyId }, { store, region }) => ({
    Policy: store.getKey(KeyId, region).policy.text,
    PolicyName: 'default',
  }),
});
