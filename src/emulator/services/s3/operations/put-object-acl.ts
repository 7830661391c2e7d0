import { defineOperation } from '../../service-types.js';
import { objectArn, type S3Store } from '../s3-store.js';

/** Accepted and authorized (s3:PutObjectAcl with s3:x-amz-acl); ACLs have no effect here. */
export const putObjectAcl = defineOperation<
  S3Store,
  { Bucket: string; Key: string; ACL?: string },
  object
>({
  name: 'PutObjectAcl',
  authorize: ({ Bucket, Key, ACL }) => [
    {
      action: 's3:PutObjectAcl',
      resource: objectArn(Bucket, Key),
      ...(ACL !== undefined && { context: { 's3:x-amz-acl': ACL } }),
    },
  ],
  handle({ Bucket, Key }, { store }) {
    store.object(Bucket, Key);
    return {};
  },
});
