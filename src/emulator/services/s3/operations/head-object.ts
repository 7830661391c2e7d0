import { defineOperation } from '../../service-types.js';
import { existingObjectTagContext } from '../s3-shapes.js';
import { objectArn, type S3Store } from '../s3-store.js';
import { readObject } from './get-object.js';

interface Input {
  Bucket: string;
  Key: string;
  VersionId?: string;
  IfMatch?: string;
  IfNoneMatch?: string;
  IfModifiedSince?: Date;
  IfUnmodifiedSince?: Date;
  ChecksumMode?: string;
  Range?: string;
  PartNumber?: number;
}

/** HeadObject has no IAM action of its own: it needs s3:GetObject. */
export const headObject = defineOperation<S3Store, Input, object>({
  name: 'HeadObject',
  authorize: (input, { store }) => [
    {
      action: input.VersionId === undefined ? 's3:GetObject' : 's3:GetObjectVersion',
      resource: objectArn(input.Bucket, input.Key),
      context: existingObjectTagContext(store.buckets.get(input.Bucket)?.objects.get(input.Key)),
    },
  ],
  handle: (input, { store }) => readObject(input, store, true),
});
