import { defineOperation } from '../../service-types.js';
import { existingObjectTagContext } from '../s3-shapes.js';
import { objectArn, type S3Store } from '../s3-store.js';

export const deleteObjectTagging = defineOperation<
  S3Store,
  { Bucket: string; Key: string },
  object
>({
  name: 'DeleteObjectTagging',
  authorize: ({ Bucket, Key }, { store }) => [
    {
      action: 's3:DeleteObjectTagging',
      resource: objectArn(Bucket, Key),
      context: existingObjectTagContext(store.buckets.get(Bucket)?.objects.get(Key)),
    },
  ],
  handle({ Bucket, Key }, { store }) {
    store.object(Bucket, Key).tags = [];
    return {};
  },
});
