import { defineOperation } from '../../service-types.js';
import { keyCheck } from '../kms-authz.js';
import type { KmsStore } from '../kms-store.js';

export const listResourceTags = defineOperation<KmsStore, { KeyId: string }, object>({
  name: 'ListResourceTags',
  authorize: ({ KeyId }, ctx) => [keyCheck('kms:ListResourceTags', KeyId, ctx)],
  handle: ({ KeyId }, { store, region }) => ({
    Tags: store.getKey(KeyId, region).tags.map((t) => ({ TagKey: t.Key, TagValue: t.Value })),
    Truncated: false,
  }),
});
