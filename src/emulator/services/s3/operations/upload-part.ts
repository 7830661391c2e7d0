import { defineOperation } from '../../service-types.js';
import { findUpload } from '../multipart.js';
import { s3Errors } from '../s3-errors.js';
import { checksumOf, checksumOutput } from '../s3-shapes.js';
import { md5Hex, objectArn, type S3Store } from '../s3-store.js';

interface Input {
  Bucket: string;
  Key: string;
  UploadId: string;
  PartNumber: number;
  Body?: Buffer;
}

export const uploadPart = defineOperation<S3Store, Input, object>({
  name: 'UploadPart',
  authorize: (input) => [{ action: 's3:PutObject', resource: objectArn(input.Bucket, input.Key) }],
  handle(input, { store, now }) {
    const upload = findUpload(store.bucket(input.Bucket), input.Key, input.UploadId);
    if (!Number.isInteger(input.PartNumber) || input.PartNumber < 1 || input.PartNumber > 10_000) {
      throw s3Errors.invalidArgument(
        'Part number must be an integer between 1 and 10000, inclusive',
      );
    }
    const body = input.Body ?? Buffer.alloc(0);
    const etag = `"${md5Hex(body)}"`;
    upload.parts.set(input.PartNumber, { body, etag, lastModified: now });
    return {
      ETag: etag,
      ...checksumOutput(checksumOf(input as unknown as Record<string, unknown>)),
    };
  },
});
