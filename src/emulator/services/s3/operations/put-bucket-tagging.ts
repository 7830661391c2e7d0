import type { Tag } from '../../../identity/identity-store.js';
import { requestTagContext } from '../../common/tag-context.js';
import { defineOperation } from '../../service-types.js';
import { checkTags } from '../s3-shapes.js';
import { bucketArn, type S3Store } from '../s3-store.js';

export const putBucketTagging = defineOperation<
  S3Store,
  { Bucket: string; Tagging: { TagSet?: Tag[] } },
  object
>({
  name: 'PutBucketTagging',
  authorize: ({ Bucket, Tagging }) => [
    {
      action: 's3:PutBucketTagging',
      resource: bucketArn(Bucket),
      context: requestTagContext(Tagging.TagSet),
    },
  ],
  handle({ Bucket, Tagging }, { store }) {
    store.bucket(Bucket).tags = checkTags(Tagging.TagSet ?? [], 50);
    return {};
  },
});
