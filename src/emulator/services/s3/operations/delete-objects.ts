import { defineOperation } from '../../service-types.js';
import { objectArn, type S3Store } from '../s3-store.js';
import { deleteObject } from '../s3-versions.js';

interface Input {
  Bucket: string;
  Delete: { Objects: Array<{ Key: string; VersionId?: string }>; Quiet?: boolean };
}

/**
 * S3 authorizes DeleteObjects per key (s3:DeleteObject on each object, s3:DeleteObjectVersion
 * for an entry with a VersionId) and reports a denied
 * key as an AccessDenied entry in <Error>, while the others are deleted.
 */
export const deleteObjects = defineOperation<S3Store, Input, object>({
  name: 'DeleteObjects',
  authorize: () => [],
  xmlRoot: 'DeleteResult',
  handle(input, ctx) {
    const bucket = ctx.store.bucket(input.Bucket);
    const deleted: Array<Record<string, unknown>> = [];
    const errors: Array<{ Key: string; Code: string; Message: string }> = [];
    for (const { Key, VersionId } of input.Delete.Objects ?? []) {
      if (
        !ctx.authorizeItem({
          action: VersionId === undefined ? 's3:DeleteObject' : 's3:DeleteObjectVersion',
          resource: objectArn(input.Bucket, Key),
        })
      ) {
        errors.push({ Key, Code: 'AccessDenied', Message: 'Access Denied' });
        continue;
      }
      const outcome = deleteObject(bucket, Key, VersionId, ctx.now);
      deleted.push({
        Key,
        ...(VersionId !== undefined && { VersionId }),
        ...(outcome.DeleteMarker === true && { DeleteMarker: true }),
        // A marker this call created is named by DeleteMarkerVersionId.
        ...(VersionId === undefined &&
          outcome.VersionId !== undefined && { DeleteMarkerVersionId: outcome.VersionId }),
      });
    }
    return { ...(!input.Delete.Quiet && { Deleted: deleted }), Errors: errors };
  },
});
