import { defineOperation } from '../../service-types.js';
import { copyChecks, parseCopySource } from '../copy-source.js';
import { s3Errors } from '../s3-errors.js';
import { checksumOutput, parseTaggingHeader, storedHeaders } from '../s3-shapes.js';
import type { S3Store } from '../s3-store.js';
import { findObject, writeObject } from '../s3-versions.js';

interface Input {
  Bucket: string;
  Key: string;
  CopySource: string;
  MetadataDirective?: 'COPY' | 'REPLACE';
  TaggingDirective?: 'COPY' | 'REPLACE';
  Tagging?: string;
  ContentType?: string;
  Metadata?: Record<string, string>;
  [header: string]: unknown;
}

/** CopyObject needs two checks: s3:GetObject on the source and s3:PutObject on the target. */
export const copyObject = defineOperation<S3Store, Input, object>({
  name: 'CopyObject',
  authorize: (input, { store }) =>
    copyChecks(store, input, {
      's3:x-amz-metadata-directive': input.MetadataDirective ?? 'COPY',
    }),
  handle(input, { store, now }) {
    const source = parseCopySource(input.CopySource);
    const from = findObject(store.bucket(source.bucket), source.key, source.versionId);
    const target = store.bucket(input.Bucket);
    const replace = input.MetadataDirective === 'REPLACE';
    if (!replace && source.bucket === input.Bucket && source.key === input.Key) {
      throw s3Errors.invalidArgument(
        "This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes.",
      );
    }
    const versionId = writeObject(target, {
      key: input.Key,
      body: from.body,
      etag: from.etag,
      lastModified: now,
      contentType: replace ? (input.ContentType ?? 'binary/octet-stream') : from.contentType,
      headers: replace ? storedHeaders(input) : { ...from.headers },
      metadata: replace ? (input.Metadata ?? {}) : { ...from.metadata },
      tags:
        input.TaggingDirective === 'REPLACE' ? parseTaggingHeader(input.Tagging) : [...from.tags],
      ...(from.checksum !== undefined && { checksum: from.checksum }),
    });
    return {
      ...(versionId !== undefined && { VersionId: versionId }),
      ...(from.versionId !== undefined && { CopySourceVersionId: from.versionId }),
      CopyObjectResult: { ETag: from.etag, LastModified: now, ...checksumOutput(from.checksum) },
    };
  },
});
