import { defineOperation } from '../../service-types.js';
import { s3Errors } from '../s3-errors.js';
import { bucketArn, type S3Store } from '../s3-store.js';

interface Input {
  Bucket: string;
  ACL?: string;
  CreateBucketConfiguration?: { LocationConstraint?: string };
}

const VALID_NAME = /^(?!\d+\.\d+\.\d+\.\d+$)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

export const createBucket = defineOperation<S3Store, Input, object>({
  name: 'CreateBucket',
  authorize: (input) => [
    {
      action: 's3:CreateBucket',
      resource: bucketArn(input.Bucket),
      context: {
        ...(input.ACL !== undefined && { 's3:x-amz-acl': input.ACL }),
        ...(input.CreateBucketConfiguration?.LocationConstraint !== undefined && {
          's3:LocationConstraint': input.CreateBucketConfiguration.LocationConstraint,
        }),
      },
    },
  ],
  handle(input, { store, now, region }) {
    if (!VALID_NAME.test(input.Bucket) || input.Bucket.includes('..'))
      throw s3Errors.invalidBucketName(input.Bucket);
    // API_CreateBucket: us-east-1 is the default and may not be named; a request sent to another
    // region's endpoint must name that region (the global us-east-1 endpoint may name any).
    const constraint = input.CreateBucketConfiguration?.LocationConstraint || undefined;
    if (constraint === 'us-east-1') throw s3Errors.invalidLocationConstraint(constraint);
    if (region !== 'us-east-1' && constraint !== region)
      throw s3Errors.illegalLocationConstraint(constraint);
    if (store.buckets.has(input.Bucket)) {
      // us-east-1 keeps S3's legacy answer: creating a bucket you already own succeeds.
      if (region === 'us-east-1') return { Location: `/${input.Bucket}` };
      throw s3Errors.bucketAlreadyOwnedByYou(input.Bucket);
    }
    store.buckets.set(input.Bucket, {
      name: input.Bucket,
      createDate: now,
      region: input.CreateBucketConfiguration?.LocationConstraint || region,
      objects: new Map(),
      uploads: new Map(),
      config: new Map(),
    });
    return { Location: `/${input.Bucket}` };
  },
});
