import { defineOperation } from '../../service-types.js';
import { objectArn, type S3Store } from '../s3-store.js';

interface Input {
  Bucket: string;
  Delete: { Objects: Array<{ Key: string; VersionId?: string }>; Quiet?: boolean };
}

/**
 * S3 authorizes DeleteObjects per key (s3:DeleteObject on each object) and reports a denied
 * key as an AccessDenied entry in <Error>, while the others are deleted.
 */
export const deleteObjects = defineOperation<S3Store, Input, object>({
  name: 'DeleteObjects',
  authorize: () => [],
  xmlRoot: 'DeleteResult',
  handle(input, ctx) {
    const bucket = ctx.store.bucket(input.Bucket);
    const deleted: Array<{ Key: string }> = [];
    const errors: Array<{ Key: string; Code: string; Message: string }> = [];
    for (const { Key } of input.Delete.Objects ?? []) {
      if (
        !ctx.authorizeItem({ action: 's3:DeleteObject', resource: objectArn(input.Bucket, Key) })
      ) {
        errors.push({ Key, Code: 'AccessDenied', Message: 'Access Denied' });
        continue;
      }
      bucket.objects.delete(Key);
      deleted.push({ Key });
    }
    return { ...(!input.Delete.Quiet && { Deleted: deleted }), Errors: errors };
  },
});
