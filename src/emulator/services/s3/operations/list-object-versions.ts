import { defineOperation } from '../../service-types.js';
import { listContext, listEncoder, OWNER } from '../s3-shapes.js';
import { bucketArn, type S3Store } from '../s3-store.js';
import { versionEntries } from '../s3-versions.js';

interface Input {
  Bucket: string;
  Prefix?: string;
  Delimiter?: string;
  MaxKeys?: number;
  KeyMarker?: string;
  VersionIdMarker?: string;
  EncodingType?: string;
}

/**
 * s3:ListBucketVersions: every version and delete marker, by key in UTF-8 binary order and newest
 * first within a key; a bucket never versioned lists each object as its only version `null`.
 * Pages end at MaxKeys entries (versions, markers and common prefixes), continued from
 * KeyMarker/VersionIdMarker.
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
    const prefix = input.Prefix ?? '';
    const maxKeys = Math.min(input.MaxKeys ?? 1000, 1000);
    const encode = listEncoder(input.EncodingType);
    const keys = [...new Set([...bucket.objects.keys(), ...(bucket.versions?.keys() ?? [])])]
      .filter((k) => k.startsWith(prefix))
      .filter(
        (k) =>
          input.KeyMarker === undefined ||
          k > input.KeyMarker ||
          (k === input.KeyMarker && input.VersionIdMarker !== undefined),
      )
      .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    const versions: Array<Record<string, unknown>> = [];
    const markers: Array<Record<string, unknown>> = [];
    const commonPrefixes: string[] = [];
    let count = 0;
    let truncated = false;
    let next: { key: string; versionId?: string } | undefined;
    outer: for (const key of keys) {
      if (input.Delimiter !== undefined && input.Delimiter !== '') {
        const at = key.indexOf(input.Delimiter, prefix.length);
        if (at !== -1) {
          const rollup = key.slice(0, at + input.Delimiter.length);
          if (commonPrefixes[commonPrefixes.length - 1] === rollup) continue;
          if (count >= maxKeys) {
            truncated = true;
            break;
          }
          commonPrefixes.push(rollup);
          count++;
          next = { key: rollup };
          continue;
        }
      }
      let entries = versionEntries(bucket, key);
      if (key === input.KeyMarker && input.VersionIdMarker !== undefined) {
        const at = entries.findIndex((e) => e.versionId === input.VersionIdMarker);
        entries = at === -1 ? [] : entries.slice(at + 1);
      }
      for (const [index, entry] of entries.entries()) {
        if (count >= maxKeys) {
          truncated = true;
          break outer;
        }
        // The newest entry is the latest, unless this page resumes inside the key.
        const isLatest =
          index === 0 && !(key === input.KeyMarker && input.VersionIdMarker !== undefined);
        const common = {
          Key: encode(key),
          VersionId: entry.versionId,
          IsLatest: isLatest,
          Owner: OWNER,
        };
        if (entry.object === undefined)
          markers.push({ ...common, LastModified: entry.deleteMarker!.lastModified });
        else
          versions.push({
            ...common,
            ETag: entry.object.etag,
            Size: entry.object.body.length,
            StorageClass: entry.object.headers['x-amz-storage-class'] ?? 'STANDARD',
            LastModified: entry.object.lastModified,
          });
        count++;
        next = { key, versionId: entry.versionId };
      }
    }
    return {
      IsTruncated: truncated,
      KeyMarker: encode(input.KeyMarker ?? ''),
      VersionIdMarker: input.VersionIdMarker ?? '',
      ...(truncated &&
        next !== undefined && {
          NextKeyMarker: encode(next.key),
          ...(next.versionId !== undefined && { NextVersionIdMarker: next.versionId }),
        }),
      Versions: versions,
      DeleteMarkers: markers,
      Name: bucket.name,
      Prefix: encode(prefix),
      ...(input.Delimiter !== undefined && { Delimiter: encode(input.Delimiter) }),
      MaxKeys: input.MaxKeys ?? 1000,
      CommonPrefixes: commonPrefixes.map((p) => ({ Prefix: encode(p) })),
      ...(input.EncodingType !== undefined && { EncodingType: input.EncodingType }),
    };
  },
});
