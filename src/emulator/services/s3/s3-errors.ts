import { AwsError } from '../../errors/aws-error.js';

/** S3's error table: codes, statuses, messages and extra elements as S3 answers them. */
export const s3Errors = {
  noSuchBucket: (bucket: string) =>
    new AwsError('NoSuchBucket', 'The specified bucket does not exist', 404, {
      fields: { BucketName: bucket },
    }),
  noSuchKey: (key: string) =>
    new AwsError('NoSuchKey', 'The specified key does not exist.', 404, { fields: { Key: key } }),
  bucketAlreadyOwnedByYou: (bucket: string) =>
    new AwsError(
      'BucketAlreadyOwnedByYou',
      'Your previous request to create the named bucket succeeded and you already own it.',
      409,
      { fields: { BucketName: bucket } },
    ),
  bucketNotEmpty: (bucket: string) =>
    new AwsError('BucketNotEmpty', 'The bucket you tried to delete is not empty', 409, {
      fields: { BucketName: bucket },
    }),
  invalidBucketName: (bucket: string) =>
    new AwsError('InvalidBucketName', 'The specified bucket is not valid.', 400, {
      fields: { BucketName: bucket },
    }),
  noSuchUpload: (uploadId: string) =>
    new AwsError(
      'NoSuchUpload',
      'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.',
      404,
      { fields: { UploadId: uploadId } },
    ),
  invalidPart: () =>
    new AwsError(
      'InvalidPart',
      "One or more of the specified parts could not be found.  The part may not have been uploaded, or the specified entity tag may not match the part's entity tag.",
      400,
    ),
  invalidPartOrder: () =>
    new AwsError(
      'InvalidPartOrder',
      'The list of parts was not in ascending order. Parts must be ordered by part number.',
      400,
    ),
  noSuchBucketPolicy: (bucket: string) =>
    new AwsError('NoSuchBucketPolicy', 'The bucket policy does not exist', 404, {
      fields: { BucketName: bucket },
    }),
  noSuchTagSet: (bucket: string) =>
    new AwsError('NoSuchTagSet', 'The TagSet does not exist', 404, {
      fields: { BucketName: bucket },
    }),
  malformedPolicy: (detail: string) => new AwsError('MalformedPolicy', detail, 400),
  badDigest: () =>
    new AwsError('BadDigest', 'The Content-MD5 you specified did not match what we received.', 400),
  preconditionFailed: () =>
    new AwsError(
      'PreconditionFailed',
      'At least one of the pre-conditions you specified did not hold',
      412,
      {
        fields: { Condition: 'If-Match' },
      },
    ),
  notModified: () => new AwsError('NotModified', 'Not Modified', 304),
  invalidRange: (size: number) =>
    new AwsError('InvalidRange', 'The requested range is not satisfiable', 416, {
      fields: { ActualObjectSize: String(size) },
    }),
  invalidArgument: (message: string) => new AwsError('InvalidArgument', message, 400),
  invalidTag: (message: string) => new AwsError('InvalidTag', message, 400),
  invalidStorageClass: (storageClass: string) =>
    new AwsError('InvalidStorageClass', 'The storage class you specified is not valid', 400, {
      fields: { StorageClassRequested: storageClass },
    }),
  invalidPartNumber: () =>
    new AwsError('InvalidPartNumber', 'The requested partnumber is not satisfiable', 416),
  invalidLocationConstraint: (constraint: string) =>
    new AwsError(
      'InvalidLocationConstraint',
      'The specified location-constraint is not valid',
      400,
      {
        fields: { LocationConstraint: constraint },
      },
    ),
  illegalLocationConstraint: (constraint: string | undefined) =>
    new AwsError(
      'IllegalLocationConstraintException',
      `The ${constraint ?? 'unspecified'} location constraint is incompatible for the region specific endpoint this request was sent to.`,
      400,
    ),
};
