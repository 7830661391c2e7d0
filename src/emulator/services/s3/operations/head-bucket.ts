import { defineOperation } from '../../service-types.js';
import { bucketArn, type S3Store } from '../s3-store.js';

/** HeadBucket is authorized as s3:ListBucket on the bucket. */
export const headBucket = defineOperation<S3Store, { Bucket: string }, object>({
  name: 'HeadBucket',
  authorize: ({ Bucket }) => [{ action: 's3:ListBucket', resource: bucketArn(Bucket) }],
  handle({ Bucket }, { store }) {
    const bucket = store.bucket(Bucket);
    return { BucketRegion: bucket.region, AccessPointAlias: false };
  },
});
