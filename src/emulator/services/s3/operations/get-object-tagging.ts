import { defineOperation } from '../../service-types.js';
import { existingObjectTagContext } from '../s3-shapes.js';
import { objectArn, type S3Store } from '../s3-store.js';
import { findObject } from '../s3-versions.js';

export const getObjectTagging = defineOperation<
  S3Store,
  { Bucket: string; Key: string; VersionId?: string },
  object
>({
  name: 'GetObjectTagging',
  authorize: ({ Bucket, Key, VersionId }, { store }) => [
    {
      // A versionId names one version: S3 authorizes s3:GetObjectVersionTagging then.
      action: VersionId === undefined ? 's3:GetObjectTagging' : 's3:GetObjectVersionTagging',
      resource: objectArn(Bucket, Key),
      context: existingObjectTagContext(store.buckets.get(Bucket)?.objects.get(Key)),
    },
  ],
  xmlRoot: 'Tagging',
  handle: ({ Bucket, Key, VersionId }, { store }) => ({
    TagSet: findObject(store.bucket(Bucket), Key, VersionId).tags,
  }),
});
