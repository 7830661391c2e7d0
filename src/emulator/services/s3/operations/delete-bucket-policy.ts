import { defineOperation } from '../../service-types.js';
import { bucketArn, type S3Store } from '../s3-store.js';

export const deleteBucketPolicy = defineOperation<S3Store, { Bucket: string }, object>({
  name: 'DeleteBucketPolicy',
  authorize: ({ Bucket }) => [{ action: 's3:DeleteBucketPolicy', resource: bucketArn(Bucket) }],
  handle({ Bucket }, { store }) {
    delete store.bucket(Bucket).policy;
    return {};
  },
});
