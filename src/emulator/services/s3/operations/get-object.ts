import { RESPONSE_STATUS } from '../../../protocols/protocol.js';
import { defineOperation } from '../../service-types.js';
import { s3Errors } from '../s3-errors.js';
import { existingObjectTagContext, objectHeaders, responseOverrides } from '../s3-shapes.js';
import { objectArn, type S3Object, type S3Store } from '../s3-store.js';

interface Input {
  Bucket: string;
  Key: string;
  VersionId?: string;
  Range?: string;
  IfMatch?: string;
  IfNoneMatch?: string;
  IfModifiedSince?: Date;
  IfUnmodifiedSince?: Date;
  ChecksumMode?: string;
  PartNumber?: number;
}

/** If-Match / If-None-Match / If-(Un)Modified-Since, in S3's order of precedence. */
export function checkPreconditions(object: S3Object, input: Input): void {
  const etags = (list: string) => list.split(',').map((e) => e.trim());
  if (
    input.IfMatch !== undefined &&
    !etags(input.IfMatch).some((e) => e === '*' || e === object.etag || `"${e}"` === object.etag)
  ) {
    throw s3Errors.preconditionFailed();
  }
  if (
    input.IfMatch === undefined &&
    input.IfUnmodifiedSince !== undefined &&
    object.lastModified > input.IfUnmodifiedSince
  ) {
    throw s3Errors.preconditionFailed();
  }
  if (
    input.IfNoneMatch !== undefined &&
    etags(input.IfNoneMatch).some((e) => e === '*' || e === object.etag || `"${e}"` === object.etag)
  ) {
    throw s3Errors.notModified();
  }
  if (
    input.IfNoneMatch === undefined &&
    input.IfModifiedSince !== undefined &&
    Math.floor(object.lastModified.getTime() / 1000) <=
      Math.floor(input.IfModifiedSince.getTime() / 1000)
  ) {
    throw s3Errors.notModified();
  }
}

/** `bytes=a-b`, `bytes=a-`, `bytes=-n` -> [start, end] inclusive, or undefined for the whole object. */
function byteRange(range: string | undefined, size: number): [number, number] | undefined {
  const m = range === undefined ? null : /^bytes=(\d*)-(\d*)$/.exec(range.trim());
  if (m === null) return undefined;
  const [, a, b] = m;
  if (a === '' && b === '') return undefined;
  const start = a === '' ? Math.max(0, size - Number(b)) : Number(a);
  const end = a === '' || b === '' ? size - 1 : Math.min(Number(b), size - 1);
  if (start >= size || start > end) throw s3Errors.invalidRange(size);
  return [start, end];
}

/** s3:GetObject (s3:GetObjectVersion with a VersionId) on the object. */
export const getObject = defineOperation<S3Store, Input, object>({
  name: 'GetObject',
  authorize: (input, { store }) => [
    {
      action: input.VersionId === undefined ? 's3:GetObject' : 's3:GetObjectVersion',
      resource: objectArn(input.Bucket, input.Key),
      context: existingObjectTagContext(store.buckets.get(input.Bucket)?.objects.get(input.Key)),
    },
  ],
  handle(input, { store }) {
    const object = store.object(input.Bucket, input.Key);
    checkPreconditions(object, input);
    const range = byteRange(input.Range, object.body.length);
    if (range === undefined)
      return {
        ...objectHeaders(object, input.ChecksumMode),
        ...responseOverrides(input as unknown as Record<string, unknown>),
        Body: object.body,
      };
    const [start, end] = range;
    // A whole-object checksum does not describe a range: S3 leaves it out.
    return {
      ...objectHeaders(object),
      ...responseOverrides(input as unknown as Record<string, unknown>),
      Body: object.body.subarray(start, end + 1),
      ContentLength: end - start + 1,
      ContentRange: `bytes ${start}-${end}/${object.body.length}`,
      [RESPONSE_STATUS]: 206,
    };
  },
});
