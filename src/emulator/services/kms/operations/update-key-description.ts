import { defineOperation } from '../../service-types.js';
import { keyCheck } from '../kms-authz.js';
import type { KmsStore } from '../kms-store.js';

export const updateKeyDescription = defineOperation<
  KmsStore,
  { KeyId: string; Description: string },
  object
>({
  name: 'UpdateKeyDescription',
  authorize: ({ KeyId }, ctx) => [keyCheck('kms:UpdateKeyDescription', KeyId, ctx)],
  handle: ({ KeyId, Description }, { store, region }) => {
    store.getKey(KeyId, region).description = Description;
    return {};
  },
});
