import { createHash } from 'node:crypto';
import type { CompiledPolicy } from '../../../policy/types.js';
import type { Tag } from '../../identity/identity-store.js';
import { s3Errors } from './s3-errors.js';

export interface S3Object {
  key: string;
  body: Buffer;
  /** Quoted, as S3 sends it: `"md5hex"` or `"md5hex-N"` for multipart uploads. */
  etag: string;
  lastModified: Date;
  contentType: string;
  /** Content-Encoding, Cache-Control, ... as given at upload. */
  headers: Record<string, string>;
  metadata: Record<string, string>;
  tags: Tag[];
  /** The flexible checksum the client sent (`x-amz-checksum-*`), echoed back as S3 does. */
  checksum?: ObjectChecksum;
  /** Set once the bucket's versioning has been enabled: a generated id, or `null` (suspended). */
  versionId?: string;
  /** Byte sizes of the parts of a multipart upload, for GetObject/HeadObject `partNumber`. */
  partSizes?: number[];
}

export interface ObjectChecksum {
  /** Output member name, e.g. `ChecksumCRC32`. */
  member: string;
  algorithm: string;
  value: string;
}

export interface MultipartUpload {
  uploadId: string;
  key: string;
  initiated: Date;
  contentType: string;
  metadata: Record<string, string>;
  parts: Map<number, { body: Buffer; etag: string; lastModified: Date }>;
}

export interface Bucket {
  name: string;
  createDate: Date;
  region: string;
  objects: Map<string, S3Object>;
  uploads: Map<string, MultipartUpload>;
  policy?: { text: string; compiled: CompiledPolicy };
  tags?: Tag[];
  /** Bucket configuration documents (versioning, encryption, CORS, ...) by subresource name. */
  config: Map<string, Record<string, unknown>>;
  /**
   * Once versioning has been enabled: every version and delete marker of each key, oldest first
   * (`s3-versions.ts`). `objects` keeps the current version of each key that has one.
   */
  versions?: Map<string, ObjectVersion[]>;
}

/** One entry of a key's version history: an object version or a delete marker. */
export interface ObjectVersion {
  versionId: string;
  object?: S3Object;
  deleteMarker?: { lastModified: Date };
}

/** S3's state: buckets with their objects, multipart uploads, policies and tags. */
export class S3Store {
  readonly buckets = new Map<string, Bucket>();

  bucket(name: string): Bucket {
    const bucket = this.buckets.get(name);
    if (bucket === undefined) throw s3Errors.noSuchBucket(name);
    return bucket;
  }

  object(bucketName: string, key: string): S3Object {
    const object = this.bucket(bucketName).objects.get(key);
    if (object === undefined) throw s3Errors.noSuchKey(key);
    return object;
  }
}

export function md5Hex(body: Buffer): string {
  return createHash('md5').update(body).digest('hex');
}

export function bucketArn(bucket: string): string {
  return `arn:aws:s3:::${bucket}`;
}

export function objectArn(bucket: string, key: string): string {
  return `arn:aws:s3:::${bucket}/${key}`;
}

/** The bucket an S3 ARN names (`arn:aws:s3:::bucket` or `arn:aws:s3:::bucket/key`). */
export function bucketOfArn(arn: string): string | undefined {
  if (!arn.startsWith('arn:aws:s3:::')) return undefined;
  const rest = arn.slice('arn:aws:s3:::'.length);
  const slash = rest.indexOf('/');
  return slash === -1 ? rest : rest.slice(0, slash);
}
