import { defineOperation } from '../../service-types.js';
import { copyChecks, parseCopySource } from '../copy-source.js';
import { findUpload } from '../multipart.js';
import { s3Errors } from '../s3-errors.js';
import { md5Hex, type S3Store } from '../s3-store.js';

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
  authorize: (input, { store }) => copyChecks(store, input),
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
