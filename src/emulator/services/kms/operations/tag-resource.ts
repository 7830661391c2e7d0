import { requestTagContext } from '../../common/tag-context.js';
import { defineOperation } from '../../service-types.js';
import { keyCheck } from '../kms-authz.js';
import type { KmsStore } from '../kms-store.js';

type KmsTag = { TagKey: string; TagValue: string };

export const tagResource = defineOperation<KmsStore, { KeyId: string; Tags: KmsTag[] }, object>({
  name: 'TagResource',
  authorize: ({ KeyId, Tags }, ctx) => [
    keyCheck(
      'kms:TagResource',
      KeyId,
      ctx,
      requestTagContext(Tags.map((t) => ({ Key: t.TagKey, Value: t.TagValue }))),
    ),
  ],
  handle: ({ KeyId, Tags }, { store, region }) => {
    const key = store.getKey(KeyId, region);
    for (const t of Tags) {
      key.tags = key.tags.filter((x) => x.Key !== t.TagKey);
      key.tags.push({ Key: t.TagKey, Value: t.TagValue });
    }
    return {};
  },
});
