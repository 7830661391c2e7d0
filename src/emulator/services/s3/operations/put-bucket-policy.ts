import { defineOperation } from '../../service-types.js';
import { s3Errors } from '../s3-errors.js';
import { bucketArn, type S3Store } from '../s3-store.js';

/** The policy id names its source in the authorization log: `s3/BUCKET/bucket-policy`. */
export function bucketPolicyId(bucket: string): string {
  return `s3/${bucket}/bucket-policy`;
}

export const putBucketPolicy = defineOperation<S3Store, { Bucket: string; Policy: string }, object>(
  {
    name: 'PutBucketPolicy',
    authorize: ({ Bucket }) => [{ action: 's3:PutBucketPolicy', resource: bucketArn(Bucket) }],
    handle({ Bucket, Policy }, { store, emulator }) {
      const bucket = store.bucket(Bucket);
      if (!Policy.trimStart().startsWith('{')) {
        throw s3Errors.malformedPolicy(
          "Policies must be valid JSON and the first byte must be '{'",
        );
      }
      const result = emulator.policyEngine.compile(Policy, {
        id: bucketPolicyId(Bucket),
        kind: 'resource',
      });
      if (result.policy === undefined) throw s3Errors.malformedPolicy(result.errors.join('; '));
      bucket.policy = { text: Policy, compiled: result.policy };
      return {};
    },
  },
);
