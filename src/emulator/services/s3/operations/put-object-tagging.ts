import type { Tag } from '../../../identity/identity-store.js';
import { defineOperation } from '../../service-types.js';
import { checkTags, existingObjectTagContext, requestObjectTagContext } from '../s3-shapes.js';
import { objectArn, type S3Store } from '../s3-store.js';
import { findObject } from '../s3-versions.js';

export const putObjectTagging = defineOperation<
  S3Store,
  { Bucket: string; Key: string; VersionId?: string; Tagging: { TagSet?: Tag[] } },
  object
>({
  name: 'PutObjectTagging',
  authorize: ({ Bucket, Key, VersionId, Tagging }, { store }) => [
    {
      // A versionId names one version: S3 authorizes s3:PutObjectVersionTagging then.
      action: VersionId === undefined ? 's3:PutObjectTagging' : 's3:PutObjectVersionTagging',
      resource: objectArn(Bucket, Key),
      context: {
        ...existingObjectTagContext(store.buckets.get(Bucket)?.objects.get(Key)),
        ...requestObjectTagContext(Tagging.TagSet ?? []),
      },
    },
  ],
  handle({ Bucket, Key, VersionId, Tagging }, { store }) {
    findObject(store.bucket(Bucket), Key, VersionId).tags = checkTags(Tagging.TagSet ?? [], 10);
    return {};
  },
});
