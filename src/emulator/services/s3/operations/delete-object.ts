import { defineOperation } from '../../service-types.js';
import { existingObjectTagContext } from '../s3-shapes.js';
import { objectArn, type S3Store } from '../s3-store.js';

/** Deleting a missing key succeeds (204), as in S3. */
export const deleteObject = defineOperation<
  S3Store,
  { Bucket: string; Key: string; VersionId?: string },
  object
>({
  name: 'DeleteObject',
  authorize: (input, { store }) => [
    {
      action: input.VersionId === undefined ? 's3:DeleteObject' : 's3:DeleteObjectVersion',
      resource: objectArn(input.Bucket, input.Key),
      context: existingObjectTagContext(store.buckets.get(input.Bucket)?.objects.get(input.Key)),
    },
  ],
  handle(input, { store }) {
    store.bucket(input.Bucket).objects.delete(input.Key);
    return {};
  },
});
