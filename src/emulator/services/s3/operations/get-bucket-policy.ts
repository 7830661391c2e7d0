import { defineOperation } from '../../service-types.js';
import { s3Errors } from '../s3-errors.js';
import { bucketArn, type S3Store } from '../s3-store.js';

export const getBucketPolicy = defineOperation<S3Store, { Bucket: string }, object>({
  name: 'GetBucketPolicy',
  authorize: ({ Bucket }) => [{ action: 's3:GetBucketPolicy', resource: bucketArn(Bucket) }],
  handle({ Bucket }, { store }) {
    const policy = store.bucket(Bucket).policy;
    if (policy === undefined) throw s3Errors.noSuchBucketPolicy(Bucket);
    return { Policy: policy.text };
  },
});
