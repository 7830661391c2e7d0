/**
 * What CopyObject and UploadPartCopy share: the `x-amz-copy-source` header and the two checks a
 * copy needs (s3:GetObject on the source, s3:PutObject on the target).
 */
import type { AuthorizationCheck } from '../service-types.js';
import { s3Errors } from './s3-errors.js';
import { existingObjectTagContext } from './s3-shapes.js';
import { objectArn, type S3Store } from './s3-store.js';

/** `x-amz-copy-source: [/]bucket/key[?versionId=...]`, URL-encoded. */
export function parseCopySource(copySource: string): {
  bucket: string;
  key: string;
  versionId?: string;
} {
  const [path = '', query = ''] = copySource.split('?');
  const versionId = new URLSearchParams(query).get('versionId') ?? undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path.replace(/^\//, ''));
  } catch {
    decoded = path.replace(/^\//, '');
  }
  const slash = decoded.indexOf('/');
  if (slash <= 0 || slash === decoded.length - 1) {
    throw s3Errors.invalidArgument(
      'Copy Source must mention the source bucket and key: sourcebucket/sourcekey',
    );
  }
  return {
    bucket: decoded.slice(0, slash),
    key: decoded.slice(slash + 1),
    ...(versionId !== undefined && { versionId }),
  };
}

/**
 * s3:GetObject on the source (with the source object's tags as context) and s3:PutObject on the
 * target, whose context has `s3:x-amz-copy-source` plus what the caller adds.
 */
export function copyChecks(
  store: S3Store,
  input: { Bucket: string; Key: string; CopySource: string },
  targetContext: Record<string, string> = {},
): AuthorizationCheck[] {
  const source = parseCopySource(input.CopySource);
  return [
    {
      // Copying a named version reads it with s3:GetObjectVersion.
      action: source.versionId === undefined ? 's3:GetObject' : 's3:GetObjectVersion',
      resource: objectArn(source.bucket, source.key),
      context: existingObjectTagContext(store.buckets.get(source.bucket)?.objects.get(source.key)),
    },
    {
      action: 's3:PutObject',
      resource: objectArn(input.Bucket, input.Key),
      context: { 's3:x-amz-copy-source': input.CopySource, ...targetContext },
    },
  ];
}
