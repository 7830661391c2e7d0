import { defineOperation } from '../../service-types.js';
import { newUploadId } from '../multipart.js';
import { objectArn, type S3Store } from '../s3-store.js';

interface Input {
  Bucket: string;
  Key: string;
  ContentType?: string;
  Metadata?: Record<string, string>;
}

/** Every step of a multipart upload except Abort/ListParts is s3:PutObject on the object. */
export const createMultipartUpload = defineOperation<S3Store, Input, object>({
  name: 'CreateMultipartUpload',
  authorize: (input) => [{ action: 's3:PutObject', resource: objectArn(input.Bucket, input.Key) }],
  xmlRoot: 'InitiateMultipartUploadResult',
  handle(input, { store, now }) {
    const bucket = store.bucket(input.Bucket);
    const uploadId = newUploadId();
    bucket.uploads.set(uploadId, {
      uploadId,
      key: input.Key,
      initiated: now,
      contentType: input.ContentType ?? 'binary/octet-stream',
      metadata: input.Metadata ?? {},
      parts: new Map(),
    });
    return { Bucket: input.Bucket, Key: input.Key, UploadId: uploadId };
  },
});
