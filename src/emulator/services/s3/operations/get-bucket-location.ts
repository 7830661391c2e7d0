import { escapeXml } from '../../../protocols/xml-codec.js';
import { defineOperation } from '../../service-types.js';
import { bucketArn, type S3Store } from '../s3-store.js';

/**
 * The one S3 response whose root element carries the value as text
 * (`<LocationConstraint>eu-west-1</LocationConstraint>`, empty for us-east-1).
 */
export const getBucketLocation = defineOperation<
  S3Store,
  { Bucket: string },
  { LocationConstraint: string }
>({
  name: 'GetBucketLocation',
  authorize: ({ Bucket }) => [{ action: 's3:GetBucketLocation', resource: bucketArn(Bucket) }],
  handle: ({ Bucket }, { store }) => {
    const region = store.bucket(Bucket).region;
    return { LocationConstraint: region === 'us-east-1' ? '' : region };
  },
  serialize: (output, { requestId }) => ({
    status: 200,
    headers: { 'content-type': 'application/xml', 'x-amz-request-id': requestId },
    body:
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      `<LocationConstraint xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${escapeXml(output.LocationConstraint)}</LocationConstraint>`,
  }),
});
