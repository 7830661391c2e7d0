import { defineOperation } from '../../service-types.js';
import { listKeys } from '../list-keys.js';
import { listContext, listEncoder, OWNER } from '../s3-shapes.js';
import { bucketArn, type S3Store } from '../s3-store.js';

interface Input {
  Bucket: string;
  Prefix?: string;
  Delimiter?: string;
  MaxKeys?: number;
  ContinuationToken?: string;
  StartAfter?: string;
  FetchOwner?: boolean;
  EncodingType?: string;
}

/** ListObjectsV2 is authorized as s3:ListBucket on the bucket ARN, with s3:prefix etc. */
export const listObjectsV2 = defineOperation<S3Store, Input, object>({
  name: 'ListObjectsV2',
  authorize: (input) => [
    { action: 's3:ListBucket', resource: bucketArn(input.Bucket), context: listContext(input) },
  ],
  xmlRoot: 'ListBucketResult',
  handle(input, { store }) {
    const bucket = store.bucket(input.Bucket);
    const after =
      input.ContinuationToken !== undefined
        ? Buffer.from(input.ContinuationToken, 'base64').toString('utf8')
        : input.StartAfter;
    const listing = listKeys(bucket, {
      ...(input.Prefix !== undefined && { prefix: input.Prefix }),
      ...(input.Delimiter !== undefined && { delimiter: input.Delimiter }),
      ...(after !== undefined && { after }),
      ...(input.MaxKeys !== undefined && { maxKeys: input.MaxKeys }),
    });
    const encode = listEncoder(input.EncodingType);
    return {
      IsTruncated: listing.truncated,
      Contents: listing.contents.map((o) => ({
        Key: encode(o.key),
        LastModified: o.lastModified,
        ETag: o.etag,
        ...(o.checksum !== undefined && { ChecksumAlgorithm: [o.checksum.algorithm] }),
        Size: o.body.length,
        StorageClass: o.headers['x-amz-storage-class'] ?? 'STANDARD',
        ...(input.FetchOwner && { Owner: OWNER }),
      })),
      Name: bucket.name,
      Prefix: encode(input.Prefix ?? ''),
      ...(input.Delimiter !== undefined && { Delimiter: encode(input.Delimiter) }),
      MaxKeys: input.MaxKeys ?? 1000,
      CommonPrefixes: listing.commonPrefixes.map((p) => ({ Prefix: encode(p) })),
      ...(input.EncodingType !== undefined && { EncodingType: input.EncodingType }),
      KeyCount: listing.contents.length + listing.commonPrefixes.length,
      ...(input.ContinuationToken !== undefined && { ContinuationToken: input.ContinuationToken }),
      ...(listing.truncated &&
        listing.last !== undefined && {
          NextContinuationToken: Buffer.from(listing.last).toString('base64'),
        }),
      ...(input.StartAfter !== undefined && { StartAfter: encode(input.StartAfter) }),
    };
  },
});
