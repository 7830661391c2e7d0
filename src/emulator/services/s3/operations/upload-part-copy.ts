import { defineOperation } from '../../service-types.js';
import { findUpload } from '../multipart.js';
import { s3Errors } from '../s3-errors.js';
import { existingObjectTagContext } from '../s3-shapes.js';
import { md5Hex, objectArn, type S3Store } from '../s3-store.js';
import { parseCopySource } from './copy-object.js';

interface Input {
  Bucket: string;
  Key: string;
  UploadId: string;
  PartNumber: number;
  CopySource: string;
  CopySourceRange?: string;
}

/** Like CopyObject: s3:GetObject on the source and s3:PutObject on the target. */
export const uploadPartCopy = defineOperation<S3Store, Input, object>({
  name: 'UploadPartCopy',
  authorize(input, { store }) {
    const source = parseCopySource(input.CopySource);
    return [
      {
        action: 's3:GetObject',
        resource: objectArn(source.bucket, source.key),
        context: existingObjectTagContext(
          store.buckets.get(source.bucket)?.objects.get(source.key),
        ),
      },
      {
        action: 's3:PutObject',
        resource: objectArn(input.Bucket, input.Key),
        context: { 's3:x-amz-copy-source': input.CopySource },
      },
    ];
  },
  xmlRoot: 'CopyPartResult',
  handle(input, { store, now }) {
    const source = parseCopySource(input.CopySource);
    const from = store.object(source.bucket, source.key);
    const upload = findUpload(store.bucket(input.Bucket), input.Key, input.UploadId);
    let body = from.body;
    if (input.CopySourceRange !== undefined) {
      const m = /^bytes=(\d+)-(\d+)$/.exec(input.CopySourceRange);
      if (m === null || Number(m[1]) > Number(m[2]) || Number(m[2]) >= body.length) {
        throw s3Errors.invalidArgument(
          'The x-amz-copy-source-range value must be of the form bytes=first-last where first and last are the zero-based offsets of the first and last bytes to copy',
        );
      }
      body = body.subarray(Number(m[1]), Number(m[2]) + 1);
    }
    const etag = `"${md5Hex(body)}"`;
    upload.parts.set(input.PartNumber, { body, etag, lastModified: now });
    return { CopyPartResult: { ETag: etag, LastModified: now } };
  },
});
