import { defineOperation } from '../../service-types.js';
import { listKeys } from '../list-keys.js';
import { listContext, listEncoder, OWNER } from '../s3-shapes.js';
import { bucketArn, type S3Store } from '../s3-store.js';

interface Input {
  Bucket: string;
  Prefix?: string;
  Delimiter?: string;
  MaxKeys?: number;
  KeyMarker?: string;
  EncodingType?: string;
}

/**
 * s3:ListBucketVersions. The emulator keeps one version per key (no versioning semantics), so
 * each object is listed as its only, latest version `null`, as S3 lists unversioned buckets.
 */
export const listObjectVersions = defineOperation<S3Store, Input, object>({
  name: 'ListObjectVersions',
  authorize: (input) => [
    {
      action: 's3:ListBucketVersions',
      resource: bucketArn(input.Bucket),
      context: listContext(input),
    },
  ],
  xmlRoot: 'ListVersionsResult',
  handle(input, { store }) {
    const bucket = store.bucket(input.Bucket);
    const listing = listKeys(bucket, {
      ...(input.Prefix !== undefined && { prefix: input.Prefix }),
      ...(input.Delimiter !== undefined && { delimiter: input.Delimiter }),
      ...(input.KeyMarker !== undefined && { after: input.KeyMarker }),
      ...(input.MaxKeys !== undefined && { maxKeys: input.MaxKeys }),
    });
    const encode = listEncoder(input.EncodingType);
    return {
      IsTruncated: listing.truncated,
      KeyMarker: encode(input.KeyMarker ?? ''),
      VersionIdMarker: '',
      ...(listing.truncated &&
        listing.last !== undefined && {
          NextKeyMarker: encode(listing.last),
          NextVersionIdMarker: 'null',
        }),
      Versions: listing.contents.map((o) => ({
        ETag: o.etag,
        Size: o.body.length,
        StorageClass: 'STANDARD',
        Key: encode(o.key),
        VersionId: 'null',
        IsLatest: true,
        LastModified: o.lastModified,
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
