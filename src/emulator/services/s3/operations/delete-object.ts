import { defineOperation } from '../../service-types.js';
import { existingObjectTagContext } from '../s3-shapes.js';
import { objectArn, type S3Store } from '../s3-store.js';
import { deleteObject as deleteVersioned } from '../s3-versions.js';

/**
 * Deleting a missing key succeeds (204), as in S3; versioned buckets get a delete marker, and a
 * VersionId removes that version (s3:DeleteObjectVersion).
 */
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
  handle: (input, { store, now }) =>
    deleteVersioned(store.bucket(input.Bucket), input.Key, input.VersionId, now),
});
