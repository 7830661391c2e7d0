import { defineOperation } from '../../service-types.js';
import { existingObjectTagContext } from '../s3-shapes.js';
import { objectArn, type S3Store } from '../s3-store.js';

export const getObjectTagging = defineOperation<S3Store, { Bucket: string; Key: string }, object>({
  name: 'GetObjectTagging',
  authorize: ({ Bucket, Key }, { store }) => [
    {
      action: 's3:GetObjectTagging',
      resource: objectArn(Bucket, Key),
      context: existingObjectTagContext(store.buckets.get(Bucket)?.objects.get(Key)),
    },
  ],
  xmlRoot: 'Tagging',
  handle: ({ Bucket, Key }, { store }) => ({ TagSet: store.object(Bucket, Key).tags }),
});
