import type { Tag } from '../../../identity/identity-store.js';
import { defineOperation } from '../../service-types.js';
import { checkTags, existingObjectTagContext, requestObjectTagContext } from '../s3-shapes.js';
import { objectArn, type S3Store } from '../s3-store.js';

export const putObjectTagging = defineOperation<
  S3Store,
  { Bucket: string; Key: string; Tagging: { TagSet?: Tag[] } },
  object
>({
  name: 'PutObjectTagging',
  authorize: ({ Bucket, Key, Tagging }, { store }) => [
    {
      action: 's3:PutObjectTagging',
      resource: objectArn(Bucket, Key),
      context: {
        ...existingObjectTagContext(store.buckets.get(Bucket)?.objects.get(Key)),
        ...requestObjectTagContext(Tagging.TagSet ?? []),
      },
    },
  ],
  handle({ Bucket, Key, Tagging }, { store }) {
    store.object(Bucket, Key).tags = checkTags(Tagging.TagSet ?? [], 10);
    return {};
  },
});
