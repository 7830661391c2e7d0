import { defineOperation } from '../../service-types.js';
import { findUpload } from '../multipart.js';
import { OWNER } from '../s3-shapes.js';
import { objectArn, type S3Store } from '../s3-store.js';

interface Input {
  Bucket: string;
  Key: string;
  UploadId: string;
  MaxParts?: number;
  PartNumberMarker?: string;
}

export const listParts = defineOperation<S3Store, Input, object>({
  name: 'ListParts',
  authorize: (input) => [
    { action: 's3:ListMultipartUploadParts', resource: objectArn(input.Bucket, input.Key) },
  ],
  xmlRoot: 'ListPartsResult',
  handle(input, { store }) {
    const upload = findUpload(store.bucket(input.Bucket), input.Key, input.UploadId);
    const marker = Number(input.PartNumberMarker ?? '0');
    const max = input.MaxParts ?? 1000;
    const numbers = [...upload.parts.keys()].filter((n) => n > marker).sort((a, b) => a - b);
    const page = numbers.slice(0, max);
    const truncated = numbers.length > max;
    return {
      Bucket: input.Bucket,
      Key: input.Key,
      UploadId: input.UploadId,
      PartNumberMarker: String(marker),
      ...(page.length > 0 && { NextPartNumberMarker: String(page[page.length - 1]) }),
      MaxParts: max,
      IsTruncated: truncated,
      Parts: page.map((n) => {
        const part = upload.parts.get(n)!;
        return {
          PartNumber: n,
          LastModified: part.lastModified,
          ETag: part.etag,
          Size: part.body.length,
        };
      }),
      Initiator: { ID: OWNER.ID, DisplayName: OWNER.DisplayName },
      Owner: OWNER,
      StorageClass: 'STANDARD',
    };
  },
});
