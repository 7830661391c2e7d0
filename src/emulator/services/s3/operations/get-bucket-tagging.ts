import { defineOperation } from '../../service-types.js';
import { s3Errors } from '../s3-errors.js';
import { bucketArn, type S3Store } from '../s3-store.js';

export const getBucketTagging = defineOperation<S3Store, { Bucket: string }, object>({
  name: 'GetBucketTagging',
  authorize: ({ Bucket }) => [{ action: 's3:GetBucketTagging', resource: bucketArn(Bucket) }],
  xmlRoot: 'Tagging',
  handle({ Bucket }, { store }) {
    const tags = store.bucket(Bucket).tags;
    if (tags === undefined || tags.length === 0) throw s3Errors.noSuchTagSet(Bucket);
    return { TagSet: tags };
  },
});
