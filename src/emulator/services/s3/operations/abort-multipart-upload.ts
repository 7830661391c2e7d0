import { defineOperation } from '../../service-types.js';
import { findUpload } from '../multipart.js';
import { objectArn, type S3Store } from '../s3-store.js';

export const abortMultipartUpload = defineOperation<
  S3Store,
  { Bucket: string; Key: string; UploadId: string },
  object
>({
  name: 'AbortMultipartUpload',
  authorize: (input) => [
    { action: 's3:AbortMultipartUpload', resource: objectArn(input.Bucket, input.Key) },
  ],
  handle(input, { store }) {
    const bucket = store.bucket(input.Bucket);
    findUpload(bucket, input.Key, input.UploadId);
    bucket.uploads.delete(input.UploadId);
    return {};
  },
});
