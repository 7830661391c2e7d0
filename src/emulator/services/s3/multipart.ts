import { createHash, randomBytes } from 'node:crypto';
import { s3Errors } from './s3-errors.js';
import type { Bucket, MultipartUpload } from './s3-store.js';

export function newUploadId(): string {
  return randomBytes(32).toString('base64url');
}

export function findUpload(bucket: Bucket, key: string, uploadId: string): MultipartUpload {
  const upload = bucket.uploads.get(uploadId);
  if (upload === undefined || upload.key !== key) throw s3Errors.noSuchUpload(uploadId);
  return upload;
}

/** S3's multipart ETag: md5 of the concatenated binary part md5s, then `-<part count>`. */
export function multipartEtag(partEtags: readonly string[]): string {
  const hash = createHash('md5');
  for (const etag of partEtags) hash.update(Buffer.from(etag.replace(/"/g, ''), 'hex'));
  return `"${hash.digest('hex')}-${partEtags.length}"`;
}
