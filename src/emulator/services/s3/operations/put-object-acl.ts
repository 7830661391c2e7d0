import { defineOperation } from '../../service-types.js';
import { objectArn, type S3Store } from '../s3-store.js';
import { findObject } from '../s3-versions.js';

/** Accepted and authorized (s3:PutObjectAcl with s3:x-amz-acl); ACLs have no effect here. */
export const putObjectAcl = defineOperation<
  S3Store,
  { Bucket: string; Key: string; VersionId?: string; ACL?: string },
  object
>({
  name: 'PutObjectAcl',
  authorize: ({ Bucket, Key, VersionId, ACL }) => [
    {
      // A versionId names one version: S3 authorizes s3:PutObjectVersionAcl then.
      action: VersionId === undefined ? 's3:PutObjectAcl' : 's3:PutObjectVersionAcl',
      resource: objectArn(Bucket, Key),
      ...(ACL !== undefined && { context: { 's3:x-amz-acl': ACL } }),
    },
  ],
  handle({ Bucket, Key, VersionId }, { store }) {
    findObject(store.bucket(Bucket), Key, VersionId);
    return {};
  },
});
