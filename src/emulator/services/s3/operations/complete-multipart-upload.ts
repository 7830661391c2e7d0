import { defineOperation } from '../../service-types.js';
import { findUpload, multipartEtag } from '../multipart.js';
import { s3Errors } from '../s3-errors.js';
import { objectArn, type S3Store } from '../s3-store.js';
import { writeObject } from '../s3-versions.js';

interface Input {
  Bucket: string;
  Key: string;
  UploadId: string;
  MultipartUpload?: { Parts?: Array<{ PartNumber?: number; ETag?: string }> };
}

export const completeMultipartUpload = defineOperation<S3Store, Input, object>({
  name: 'CompleteMultipartUpload',
  authorize: (input) => [{ action: 's3:PutObject', resource: objectArn(input.Bucket, input.Key) }],
  xmlRoot: 'CompleteMultipartUploadResult',
  handle(input, { store, now, request }) {
    const bucket = store.bucket(input.Bucket);
    const upload = findUpload(bucket, input.Key, input.UploadId);
    const requested = input.MultipartUpload?.Parts ?? [];
    if (requested.length === 0) {
      throw s3Errors.invalidArgument('You must specify at least one part');
    }
    let previous = 0;
    const bodies: Buffer[] = [];
    const etags: string[] = [];
    for (const part of requested) {
      const number = part.PartNumber ?? 0;
      if (number <= previous) throw s3Errors.invalidPartOrder();
      previous = number;
      const stored = upload.parts.get(number);
      if (
        stored === undefined ||
        (part.ETag !== undefined && part.ETag.replace(/"/g, '') !== stored.etag.replace(/"/g, ''))
      ) {
        throw s3Errors.invalidPart();
      }
      bodies.push(stored.body);
      etags.push(stored.etag);
    }
    const etag = multipartEtag(etags);
    const versionId = writeObject(bucket, {
      key: input.Key,
      body: Buffer.concat(bodies),
      partSizes: bodies.map((b) => b.length),
      etag,
      lastModified: now,
      contentType: upload.contentType,
      headers: {},
      metadata: upload.metadata,
      tags: [],
    });
    bucket.uploads.delete(input.UploadId);
    return {
      // S3 answers the object's URL; ours is on the host the client used.
      Location: `http://${request.headers['host'] ?? 'localhost'}/${input.Bucket}/${input.Key}`,
      Bucket: input.Bucket,
      Key: input.Key,
      ETag: etag,
      ...(versionId !== undefined && { VersionId: versionId }),
    };
  },
});
