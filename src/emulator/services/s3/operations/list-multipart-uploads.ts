import { defineOperation } from '../../service-types.js';
import { OWNER } from '../s3-shapes.js';
import { bucketArn, type S3Store } from '../s3-store.js';

export const listMultipartUploads = defineOperation<
  S3Store,
  { Bucket: string; Prefix?: string; MaxUploads?: number },
  object
>({
  name: 'ListMultipartUploads',
  authorize: (input) => [
    { action: 's3:ListBucketMultipartUploads', resource: bucketArn(input.Bucket) },
  ],
  xmlRoot: 'ListMultipartUploadsResult',
  handle(input, { store }) {
    const bucket = store.bucket(input.Bucket);
    const max = input.MaxUploads ?? 1000;
    const uploads = [...bucket.uploads.values()]
      .filter((u) => u.key.startsWith(input.Prefix ?? ''))
      .sort((a, b) => a.key.localeCompare(b.key));
    return {
      Bucket: input.Bucket,
      KeyMarker: '',
      UploadIdMarker: '',
      ...(input.Prefix !== undefined && { Prefix: input.Prefix }),
      MaxUploads: max,
      IsTruncated: uploads.length > max,
      Uploads: uploads.slice(0, max).map((u) => ({
        UploadId: u.uploadId,
        Key: u.key,
        Initiated: u.initiated,
        StorageClass: 'STANDARD',
        Owner: OWNER,
        Initiator: { ID: OWNER.ID, DisplayName: OWNER.DisplayName },
      })),
    };
  },
});
