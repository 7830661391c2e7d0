import { defineOperation } from '../../service-types.js';
import { keyCheck } from '../kms-authz.js';
import type { KmsStore } from '../kms-store.js';

export const listKeyPolicies = defineOperation<KmsStore, { KeyId: string }, object>({
  name: 'ListKeyPolicies',
  authorize: ({ KeyId }, ctx) => [keyCheck('kms:ListKeyPolicies', KeyId, ctx)],
  handle: ({ KeyId }, { store, region }) => {
    store.getKey(KeyId, region);
    return { PolicyNames: ['default'], Truncated: false };
  },
});
