import { AwsError } from '../../../errors/aws-error.js';
import { RESPONSE_HEADERS, RESPONSE_STATUS } from '../../../protocols/protocol.js';
import { defineOperation } from '../../service-types.js';
import { s3Errors } from '../s3-errors.js';
import { existingObjectTagContext, objectHeaders, responseOverrides } from '../s3-shapes.js';
import { objectArn, type S3Object, type S3Store } from '../s3-store.js';
import { findObject } from '../s3-versions.js';

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

/**
 * `bytes=a-b`, `bytes=a-`, `bytes=-n` -> [start, end] inclusive, or undefined for the whole
 * object. A header that is not one valid range (`bytes=1-0`, several ranges, another unit) is
 * ignored, as RFC 9110 section 14.2 says and S3 does: 200 with the whole body. A valid range
 * that starts past the end is 416 InvalidRange.
 */
function byteRange(range: string | undefined, size: number): [number, number] | undefined {
  const m = range === undefined ? null : /^bytes=(\d*)-(\d*)$/.exec(range.trim());
  if (m === null) return undefined;
  const [, a, b] = m;
  if (a === '' && b === '') return undefined;
  if (a !== '' && b !== '' && Number(b) < Number(a)) return undefined;
  if (a === '' && Number(b) === 0) throw s3Errors.invalidRange(size);
  const start = a === '' ? Math.max(0, size - Number(b)) : Number(a);
  const end = a === '' || b === '' ? size - 1 : Math.min(Number(b), size - 1);
  if (start >= size || start > end) throw s3Errors.invalidRange(size);
  return [start, end];
}

/**
 * `partNumber=N`: the bytes of part N of a multipart object; an object uploaded in one piece
 * has one part, the whole object. A part past the last is 416 InvalidPartNumber.
 */
function partRange(object: S3Object, partNumber: number): [number, number] | undefined {
  const sizes = object.partSizes ?? [object.body.length];
  if (partNumber < 1 || partNumber > sizes.length) throw s3Errors.invalidPartNumber();
  const start = sizes.slice(0, partNumber - 1).reduce((sum, n) => sum + n, 0);
  const size = sizes[partNumber - 1]!;
  return size === 0 ? undefined : [start, start + size - 1];
}

export interface ObjectRead {
  Bucket: string;
  Key: string;
  VersionId?: string;
  Range?: string;
  PartNumber?: number;
  ChecksumMode?: string;
}

/**
 * What GetObject and HeadObject share: the version asked for, its preconditions, and the byte
 * range (`Range` or `partNumber`) answered as 206 with Content-Range.
 */
export function readObject(
  input: ObjectRead & Omit<Input, keyof ObjectRead>,
  store: S3Store,
  head: boolean,
): Record<string | symbol, unknown> {
  const object = findObject(store.bucket(input.Bucket), input.Key, input.VersionId);
  checkPreconditions(object, input);
  if (input.Range !== undefined && input.PartNumber !== undefined)
    throw new AwsError(
      'InvalidRequest',
      'Cannot specify both Range header and partNumber query parameter',
      400,
    );
  const range =
    input.PartNumber !== undefined
      ? partRange(object, input.PartNumber)
      : byteRange(input.Range, object.body.length);
  const overrides = responseOverrides(input as unknown as Record<string, unknown>);
  if (range === undefined)
    return {
      ...objectHeaders(object, input.ChecksumMode),
      ...overrides,
      ...(!head && { Body: object.body }),
    };
  const [start, end] = range;
  const contentRange = `bytes ${start}-${end}/${object.body.length}`;
  // A whole-object checksum does not describe a range: S3 leaves it out.
  const headers = objectHeaders(object);
  if (input.PartNumber === undefined) delete headers['PartsCount'];
  return {
    ...headers,
    ...overrides,
    ...(!head && { Body: object.body.subarray(start, end + 1) }),
    ContentLength: end - start + 1,
    ContentRange: contentRange,
    // HeadObject's model has no Content-Range member; S3 sends the header all the same.
    [RESPONSE_HEADERS]: { 'content-range': contentRange },
    [RESPONSE_STATUS]: 206,
  };
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
  handle: (input, { store }) => readObject(input, store, false),
});
