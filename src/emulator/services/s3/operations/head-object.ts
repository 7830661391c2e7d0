import { defineOperation } from '../../service-types.js';
import { existingObjectTagContext, objectHeaders, responseOverrides } from '../s3-shapes.js';
import { objectArn, type S3Store } from '../s3-store.js';
import { checkPreconditions } from './get-object.js';

interface Input {
  Bucket: string;
  Key: string;
  VersionId?: string;
  IfMatch?: string;
  IfNoneMatch?: string;
  IfModifiedSince?: Date;
  IfUnmodifiedSince?: Date;
  ChecksumMode?: string;
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
  handle(input, { store }) {
    const object = store.object(input.Bucket, input.Key);
    checkPreconditions(object, input);
    return {
      ...objectHeaders(object, input.ChecksumMode),
      ...responseOverrides(input as unknown as Record<string, unknown>),
    };
  },
});
