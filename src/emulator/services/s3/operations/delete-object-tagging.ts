import { defineOperation } from '../../service-types.js';
import { existingObjectTagContext } from '../s3-shapes.js';
import { objectArn, type S3Store } from '../s3-store.js';
import { findObject } from '../s3-versions.js';

export const deleteObjectTagging = defineOperation<
  S3Store,
  { Bucket: string; Key: string; VersionId?: string },
  object
>({
  name: 'DeleteObjectTagging',
  authorize: ({ Bucket, Key, VersionId }, { store }) => [
    {
      // A versionId names one version: S3 authorizes s3:DeleteObjectVersionTagging then.
      action: VersionId === undefined ? 's3:DeleteObjectTagging' : 's3:DeleteObjectVersionTagging',
      resource: objectArn(Bucket, Key),
      context: existingObjectTagContext(store.buckets.get(Bucket)?.objects.get(Key)),
    },
  ],
  handle({ Bucket, Key, VersionId }, { store }) {
    findObject(store.bucket(Bucket), Key, VersionId).tags = [];
    return {};
  },
});
