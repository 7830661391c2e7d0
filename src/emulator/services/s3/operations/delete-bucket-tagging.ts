import { defineOperation } from '../../service-types.js';
import { bucketArn, type S3Store } from '../s3-store.js';

/** S3 has no s3:DeleteBucketTagging action: deleting tags needs s3:PutBucketTagging. */
export const deleteBucketTagging = defineOperation<S3Store, { Bucket: string }, object>({
  name: 'DeleteBucketTagging',
  authorize: ({ Bucket }) => [{ action: 's3:PutBucketTagging', resource: bucketArn(Bucket) }],
  handle({ Bucket }, { store }) {
    delete store.bucket(Bucket).tags;
    return {};
  },
});
