import { randomBytes } from 'node:crypto';
import { AwsError } from '../../errors/aws-error.js';
import { s3Errors } from './s3-errors.js';
import type { Bucket, ObjectVersion, S3Object } from './s3-store.js';

/**
 * S3 versioning (User Guide, "Retaining multiple versions of objects with S3 Versioning"): once a
 * bucket's versioning is Enabled every write gets a new version id and a delete without a
 * version id adds a delete marker; Suspended writes and deletes use the version id `null`,
 * replacing the previous `null` version; a bucket never versioned keeps one object per key.
 */
export function versioningStatus(bucket: Bucket): 'Enabled' | 'Suspended' | undefined {
  const status = bucket.config.get('versioning')?.['Status'];
  return status === 'Enabled' || status === 'Suspended' ? status : undefined;
}

/** The key's history; an object written before versioning was enabled is its `null` version. */
function historyOf(bucket: Bucket, key: string): ObjectVersion[] {
  bucket.versions ??= new Map();
  let history = bucket.versions.get(key);
  if (history === undefined) {
    const existing = bucket.objects.get(key);
    history =
      existing === undefined ? [] : [{ versionId: existing.versionId ?? 'null', object: existing }];
    bucket.versions.set(key, history);
  }
  return history;
}

function newVersionId(bucket: Bucket, key: string): string {
  if (versioningStatus(bucket) !== 'Enabled') {
    // Suspended: the new entry replaces the key's previous `null` version or marker.
    const history = historyOf(bucket, key);
    const at = history.findIndex((v) => v.versionId === 'null');
    if (at !== -1) history.splice(at, 1);
    return 'null';
  }
  return randomBytes(24).toString('base64url');
}

/** Stores a written object as the key's current version; answers its version id, if any. */
export function writeObject(bucket: Bucket, object: S3Object): string | undefined {
  if (versioningStatus(bucket) === undefined && bucket.versions?.get(object.key) === undefined) {
    bucket.objects.set(object.key, object);
    return undefined;
  }
  const versionId = newVersionId(bucket, object.key);
  object.versionId = versionId;
  historyOf(bucket, object.key).push({ versionId, object });
  bucket.objects.set(object.key, object);
  return versionId;
}

/** DeleteObject's answer: which version went, and whether it was (or made) a delete marker. */
export interface DeleteOutcome {
  VersionId?: string;
  DeleteMarker?: boolean;
}

/**
 * DeleteObject: without a version id, versioned buckets get a delete marker (the object stays as
 * a noncurrent version); with one, that version or marker is removed for good and the newest
 * remaining entry becomes current. Deleting a version that does not exist succeeds, as in S3.
 */
export function deleteObject(
  bucket: Bucket,
  key: string,
  versionId: string | undefined,
  now: Date,
): DeleteOutcome {
  if (versionId === undefined) {
    if (versioningStatus(bucket) === undefined) {
      bucket.objects.delete(key);
      return {};
    }
    const id = newVersionId(bucket, key);
    historyOf(bucket, key).push({ versionId: id, deleteMarker: { lastModified: now } });
    bucket.objects.delete(key);
    return { VersionId: id, DeleteMarker: true };
  }
  const history = bucket.versions?.get(key);
  if (history === undefined) {
    if (versionId === 'null') bucket.objects.delete(key);
    return { VersionId: versionId };
  }
  const at = history.findIndex((v) => v.versionId === versionId);
  if (at === -1) return { VersionId: versionId };
  const [removed] = history.splice(at, 1);
  const current = history[history.length - 1];
  if (current?.object !== undefined) bucket.objects.set(key, current.object);
  else bucket.objects.delete(key);
  return {
    VersionId: versionId,
    ...(removed?.deleteMarker !== undefined && { DeleteMarker: true }),
  };
}

/**
 * The object a GetObject/HeadObject names: the current version, or the one `versionId` names.
 * A key whose current version is a delete marker is NoSuchKey; a version id naming a delete
 * marker is 405 MethodNotAllowed; an unknown version id is NoSuchVersion.
 */
export function findObject(bucket: Bucket, key: string, versionId: string | undefined): S3Object {
  if (versionId === undefined) {
    const object = bucket.objects.get(key);
    if (object === undefined) throw s3Errors.noSuchKey(key);
    return object;
  }
  const history = bucket.versions?.get(key);
  if (history === undefined) {
    const object = bucket.objects.get(key);
    if (versionId === 'null' && object !== undefined) return object;
    throw noSuchVersion(key, versionId);
  }
  const entry = history.find((v) => v.versionId === versionId);
  if (entry === undefined) throw noSuchVersion(key, versionId);
  if (entry.object === undefined)
    throw new AwsError(
      'MethodNotAllowed',
      'The specified method is not allowed against this resource.',
      405,
      { fields: { Method: 'GET', ResourceType: 'DeleteMarker' } },
    );
  return entry.object;
}

function noSuchVersion(key: string, versionId: string): AwsError {
  return new AwsError('NoSuchVersion', 'The specified version does not exist.', 404, {
    fields: { Key: key, VersionId: versionId },
  });
}

/** Every key's entries, newest first, as ListObjectVersions walks them. */
export function versionEntries(bucket: Bucket, key: string): ObjectVersion[] {
  const history = bucket.versions?.get(key);
  if (history !== undefined) return [...history].reverse();
  const object = bucket.objects.get(key);
  return object === undefined ? [] : [{ versionId: 'null', object }];
}
