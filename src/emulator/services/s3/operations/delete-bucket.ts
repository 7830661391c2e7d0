import { defineOperation } from '../../service-types.js';
import { s3Errors } from '../s3-errors.js';
import { bucketArn, type S3Store } from '../s3-store.js';

export const deleteBucket = defineOperation<S3Store, { Bucket: string }, object>({
  name: 'DeleteBucket',
  authorize: ({ Bucket }) => [{ action: 's3:DeleteBucket', resource: bucketArn(Bucket) }],
  handle({ Bucket }, { store }) {
    const bucket = store.bucket(Bucket);
    if (bucket.objects.size > 0) throw s3Errors.bucketNotEmpty(Bucket);
    store.buckets.delete(Bucket);
    return {};
  },
});
