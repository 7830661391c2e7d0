import { defineOperation } from '../../service-types.js';
import { keyCheck } from '../kms-authz.js';
import { keyMetadata, type KmsStore } from '../kms-store.js';

export const describeKey = defineOperation<KmsStore, { KeyId: string }, object>({
  name: 'DescribeKey',
  authorize: ({ KeyId }, ctx) => [keyCheck('kms:DescribeKey', KeyId, ctx)],
  handle: ({ KeyId }, { store, region }) => ({
    KeyMetadata: keyMetadata(store.getKey(KeyId, region)),
  }),
});
