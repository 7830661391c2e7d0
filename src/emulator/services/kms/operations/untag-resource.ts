import { defineOperation } from '../../service-types.js';
import { keyCheck } from '../kms-authz.js';
import type { KmsStore } from '../kms-store.js';

export const untagResource = defineOperation<
  KmsStore,
  { KeyId: string; TagKeys: string[] },
  object
>({
  name: 'UntagResource',
  authorize: ({ KeyId, TagKeys }, ctx) => [
    keyCheck('kms:UntagResource', KeyId, ctx, { 'aws:TagKeys': TagKeys }),
  ],
  handle: ({ KeyId, TagKeys }, { store, region }) => {
    const key = store.getKey(KeyId, region);
    key.tags = key.tags.filter((t) => !TagKeys.includes(t.Key));
    return {};
  },
});
