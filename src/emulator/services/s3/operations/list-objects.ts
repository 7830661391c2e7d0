import { defineOperation } from '../../service-types.js';
import { listKeys } from '../list-keys.js';
import { listContext, listEncoder, OWNER } from '../s3-shapes.js';
import { bucketArn, type S3Store } from '../s3-store.js';

interface Input {
  Bucket: string;
  Prefix?: string;
  Delimiter?: string;
  MaxKeys?: number;
  Marker?: string;
  EncodingType?: string;
}

/** ListObjects (v1) is s3:ListBucket too; NextMarker only appears with a delimiter, as in S3. */
export const listObjects = defineOperation<S3Store, Input, object>({
  name: 'ListObjects',
  authorize: (input) => [
    { action: 's3:ListBucket', resource: bucketArn(input.Bucket), context: listContext(input) },
  ],
  xmlRoot: 'ListBucketResult',
  handle(input, { store }) {
    const bucket = store.bucket(input.Bucket);
    const listing = listKeys(bucket, {
      ...(input.Prefix !== undefined && { prefix: input.Prefix }),
      ...(input.Delimiter !== undefined && { delimiter: input.Delimiter }),
      ...(input.Marker !== undefined && { after: input.Marker }),
      ...(input.MaxKeys !== undefined && { maxKeys: input.MaxKeys }),
    });
    const encode = listEncoder(input.EncodingType);
    return {
      IsTruncated: listing.truncated,
      Marker: encode(input.Marker ?? ''),
      ...(listing.truncated &&
        input.Delimiter !== undefined &&
        listing.last !== undefined && { NextMarker: encode(listing.last) }),
      Contents: listing.contents.map((o) => ({
        Key: encode(o.key),
        LastModified: o.lastModified,
        ETag: o.etag,
        ...(o.checksum !== undefined && { ChecksumAlgorithm: [o.checksum.algorithm] }),
        Size: o.body.length,
        StorageClass: o.headers['x-amz-storage-class'] ?? 'STANDARD',
        Owner: OWNER,
      })),
      Name: bucket.name,
      Prefix: encode(input.Prefix ?? ''),
      ...(input.Delimiter !== undefined && { Delimiter: encode(input.Delimiter) }),
      MaxKeys: input.MaxKeys ?? 1000,
      CommonPrefixes: listing.commonPrefixes.map((p) => ({ Prefix: encode(p) })),
      ...(input.EncodingType !== undefined && { EncodingType: input.EncodingType }),
    };
  },
});
