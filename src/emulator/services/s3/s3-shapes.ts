import type { ContextValue } from '../../../policy/types.js';
import type { Tag } from '../../identity/identity-store.js';
import { s3Errors } from './s3-errors.js';
import type { ObjectChecksum, S3Object } from './s3-store.js';

const CHECKSUM_MEMBERS = [
  'ChecksumCRC32',
  'ChecksumCRC32C',
  'ChecksumCRC64NVME',
  'ChecksumSHA1',
  'ChecksumSHA256',
];

/**
 * The flexible checksum of an upload (`x-amz-checksum-crc32` header or aws-chunked trailer,
 * bound to ChecksumCRC32 etc. by the model). Stored and echoed, not verified.
 */
export function checksumOf(input: Record<string, unknown>): ObjectChecksum | undefined {
  for (const member of CHECKSUM_MEMBERS) {
    const value = input[member];
    if (typeof value === 'string')
      return { member, algorithm: member.slice('Checksum'.length), value };
  }
  return undefined;
}

export function checksumOutput(checksum: ObjectChecksum | undefined): Record<string, string> {
  return checksum === undefined ? {} : { [checksum.member]: checksum.value };
}

export const OWNER = {
  DisplayName: 'webfile',
  ID: '75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a',
};

/** Upload headers kept with an object and answered again by GetObject/HeadObject. */
export const STORED_HEADERS = {
  CacheControl: 'cache-control',
  ContentDisposition: 'content-disposition',
  ContentEncoding: 'content-encoding',
  ContentLanguage: 'content-language',
  StorageClass: 'x-amz-storage-class',
  WebsiteRedirectLocation: 'x-amz-website-redirect-location',
  ServerSideEncryption: 'x-amz-server-side-encryption',
  SSEKMSKeyId: 'x-amz-server-side-encryption-aws-kms-key-id',
  BucketKeyEnabled: 'x-amz-server-side-encryption-bucket-key-enabled',
} as const;

/** PutObject's StorageClass values (API reference, PutObject `x-amz-storage-class`). */
const STORAGE_CLASSES = new Set([
  'STANDARD',
  'REDUCED_REDUNDANCY',
  'STANDARD_IA',
  'ONEZONE_IA',
  'INTELLIGENT_TIERING',
  'GLACIER',
  'DEEP_ARCHIVE',
  'OUTPOSTS',
  'GLACIER_IR',
  'SNOW',
  'EXPRESS_ONEZONE',
]);

export function storedHeaders(input: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [member, header] of Object.entries(STORED_HEADERS)) {
    const v = input[member];
    // aws-chunked is how the body travelled, not how it is stored.
    if (typeof v === 'string' && !(header === 'content-encoding' && v === 'aws-chunked'))
      out[header] = v;
    if (typeof v === 'boolean') out[header] = String(v);
  }
  const storageClass = out['x-amz-storage-class'];
  if (storageClass !== undefined && !STORAGE_CLASSES.has(storageClass))
    throw s3Errors.invalidStorageClass(storageClass);
  // S3 does not answer x-amz-storage-class for STANDARD objects.
  if (storageClass === 'STANDARD') delete out['x-amz-storage-class'];
  return out;
}

/** STORED_HEADERS as [member, header] pairs, listed once (GetObject/HeadObject read them all). */
const STORED_HEADER_ENTRIES = Object.entries(STORED_HEADERS);

/** The members describing how a stored object is encrypted, as PutObject/GetObject answer them. */
export function encryptionOutput(headers: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (headers['x-amz-server-side-encryption'] !== undefined)
    out['ServerSideEncryption'] = headers['x-amz-server-side-encryption'];
  if (headers['x-amz-server-side-encryption-aws-kms-key-id'] !== undefined)
    out['SSEKMSKeyId'] = headers['x-amz-server-side-encryption-aws-kms-key-id'];
  if (headers['x-amz-server-side-encryption-bucket-key-enabled'] !== undefined)
    out['BucketKeyEnabled'] = headers['x-amz-server-side-encryption-bucket-key-enabled'] === 'true';
  return out;
}

/**
 * The GetObject/HeadObject output members describing a stored object; the stored checksum only
 * when the caller asked for it (`x-amz-checksum-mode: ENABLED`), as S3 does.
 */
export function objectHeaders(object: S3Object, checksumMode?: string): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ETag: object.etag,
    LastModified: object.lastModified,
    ContentType: object.contentType,
    ContentLength: object.body.length,
    AcceptRanges: 'bytes',
    ...(Object.keys(object.metadata).length > 0 && { Metadata: object.metadata }),
    ...(object.tags.length > 0 && { TagCount: object.tags.length }),
  };
  for (const [member, header] of STORED_HEADER_ENTRIES) {
    const v = object.headers[header];
    if (v !== undefined) out[member] = member === 'BucketKeyEnabled' ? v === 'true' : v;
  }
  if (object.versionId !== undefined) out['VersionId'] = object.versionId;
  if (object.partSizes !== undefined) out['PartsCount'] = object.partSizes.length;
  if (checksumMode === 'ENABLED') Object.assign(out, checksumOutput(object.checksum));
  return out;
}

/** `x-amz-tagging: k1=v1&k2=v2` (URL-encoded) -> tags. */
export function parseTaggingHeader(header: string | undefined): Tag[] {
  if (header === undefined || header === '') return [];
  return Array.from(new URLSearchParams(header), ([Key, Value]) => ({ Key, Value }));
}

export function checkTags(tags: readonly Tag[], limit: number): Tag[] {
  if (tags.length > limit) throw s3Errors.invalidTag(`Object tags cannot be greater than ${limit}`);
  const keys = new Set<string>();
  for (const t of tags) {
    if (keys.has(t.Key))
      throw s3Errors.invalidTag('Cannot provide multiple Tags with the same key');
    keys.add(t.Key);
  }
  return tags.map((t) => ({ Key: t.Key, Value: t.Value ?? '' }));
}

/** s3:RequestObjectTag/KEY and s3:RequestObjectTagKeys for calls that set object tags. */
export function requestObjectTagContext(tags: readonly Tag[]): Record<string, ContextValue> {
  if (tags.length === 0) return {};
  const context: Record<string, ContextValue> = {
    's3:RequestObjectTagKeys': tags.map((t) => t.Key),
  };
  for (const t of tags) context[`s3:RequestObjectTag/${t.Key}`] = t.Value;
  return context;
}

/** s3:ExistingObjectTag/KEY for calls on an existing object. */
export function existingObjectTagContext(
  object: S3Object | undefined,
): Record<string, ContextValue> {
  const context: Record<string, ContextValue> = {};
  for (const t of object?.tags ?? []) context[`s3:ExistingObjectTag/${t.Key}`] = t.Value;
  return context;
}

/** S3 list responses with EncodingType=url encode keys (botocore asks for it by default). */
export function listEncoder(encodingType: string | undefined): (text: string) => string {
  if (encodingType !== 'url') return (text) => text;
  return (text) => encodeURIComponent(text).replace(/%2F/g, '/');
}

/** Only these headers and query parameters may narrow an S3 list; shared by v1 and v2. */
export function listContext(input: {
  Prefix?: string;
  Delimiter?: string;
  MaxKeys?: number;
}): Record<string, ContextValue> {
  return {
    's3:prefix': input.Prefix ?? '',
    ...(input.Delimiter !== undefined && { 's3:delimiter': input.Delimiter }),
    's3:max-keys': String(input.MaxKeys ?? 1000),
  };
}

/** `?response-content-type=...` and friends override the stored headers of one GET/HEAD. */
export function responseOverrides(input: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [member, parameter] of RESPONSE_OVERRIDES) {
    const value = input[parameter];
    if (value !== undefined) out[member] = value;
  }
  return out;
}
const RESPONSE_OVERRIDES = [
  'CacheControl',
  'ContentDisposition',
  'ContentEncoding',
  'ContentLanguage',
  'ContentType',
  'Expires',
].map((member) => [member, `Response${member}`] as const);
