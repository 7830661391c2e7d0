import type { AuthorizationCheck } from '../../service-types.js';
import { defineOperation } from '../../service-types.js';
import { s3Errors } from '../s3-errors.js';
import {
  checkTags,
  checksumOf,
  checksumOutput,
  encryptionOutput,
  parseTaggingHeader,
  requestObjectTagContext,
  storedHeaders,
} from '../s3-shapes.js';
import { md5Hex, objectArn, type S3Store } from '../s3-store.js';
import { writeObject } from '../s3-versions.js';

interface Input {
  Bucket: string;
  Key: string;
  Body?: Buffer;
  ContentType?: string;
  ContentMD5?: string;
  Metadata?: Record<string, string>;
  Tagging?: string;
  ACL?: string;
  ServerSideEncryption?: string;
  StorageClass?: string;
  [header: string]: unknown;
}

/** s3:PutObject on the object; setting tags in the same call also needs s3:PutObjectTagging. */
export const putObject = defineOperation<S3Store, Input, object>({
  name: 'PutObject',
  authorize(input) {
    const tags = parseTaggingHeader(input.Tagging);
    const resource = objectArn(input.Bucket, input.Key);
    const context = {
      ...requestObjectTagContext(tags),
      ...(input.ACL !== undefined && { 's3:x-amz-acl': input.ACL }),
      ...(input.ServerSideEncryption !== undefined && {
        's3:x-amz-server-side-encryption': input.ServerSideEncryption,
      }),
      ...(input.StorageClass !== undefined && { 's3:x-amz-storage-class': input.StorageClass }),
    };
    const checks: AuthorizationCheck[] = [{ action: 's3:PutObject', resource, context }];
    if (tags.length > 0) checks.push({ action: 's3:PutObjectTagging', resource, context });
    return checks;
  },
  handle(input, { store, now }) {
    const bucket = store.bucket(input.Bucket);
    const body = input.Body ?? Buffer.alloc(0);
    const md5 = md5Hex(body);
    if (
      input.ContentMD5 !== undefined &&
      Buffer.from(input.ContentMD5, 'base64').toString('hex') !== md5
    ) {
      throw s3Errors.badDigest();
    }
    const etag = `"${md5}"`;
    const checksum = checksumOf(input);
    const headers = storedHeaders(input);
    const versionId = writeObject(bucket, {
      key: input.Key,
      body,
      etag,
      lastModified: now,
      contentType: input.ContentType ?? 'binary/octet-stream',
      headers,
      metadata: input.Metadata ?? {},
      tags: checkTags(parseTaggingHeader(input.Tagging), 10),
      ...(checksum !== undefined && { checksum }),
    });
    return {
      ETag: etag,
      ...checksumOutput(checksum),
      ...encryptionOutput(headers),
      ...(versionId !== undefined && { VersionId: versionId }),
    };
  },
});
