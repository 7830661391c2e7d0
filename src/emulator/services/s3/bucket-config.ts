import { AwsError } from '../../errors/aws-error.js';
import { defineOperation, type OperationDefinition } from '../service-types.js';
import { OWNER } from './s3-shapes.js';
import { bucketArn, type Bucket, type S3Store } from './s3-store.js';

/**
 * One bucket configuration document (versioning, encryption, CORS, ...) and its Get/Put/Delete
 * operations. Infrastructure tools (Terraform's aws_s3_bucket reads about fifteen of them) need
 * these answered the way S3 does: a stored document, S3's default, or S3's not-found error.
 * The emulator stores them; only versioning is acted on (`s3-versions.ts`), not CORS or lifecycle.
 */
interface BucketConfigSpec {
  /** Key in Bucket.config. */
  key: string;
  get: {
    operation: string;
    action: string;
    xmlRoot?: string;
    payload?: string;
    extra?: Record<string, unknown>;
  };
  put?: { operation: string; action: string; input: string };
  delete?: { operation: string; action: string };
  /** What Get answers before anything was put: a default document, or S3's not-found error. */
  missing: { value: Record<string, unknown> } | { error: (bucket: string) => AwsError };
}

function notFound(code: string, message: string): (bucket: string) => AwsError {
  return (bucket) => new AwsError(code, message, 404, { fields: { BucketName: bucket } });
}

export function bucketConfigOperations(
  spec: BucketConfigSpec,
): Array<OperationDefinition<S3Store>> {
  const current = (bucket: Bucket): Record<string, unknown> => {
    const stored = bucket.config.get(spec.key);
    if (stored !== undefined) return stored;
    if ('value' in spec.missing) return spec.missing.value;
    throw spec.missing.error(bucket.name);
  };
  const ops: Array<OperationDefinition<S3Store>> = [
    defineOperation<S3Store, { Bucket: string }, object>({
      name: spec.get.operation,
      authorize: ({ Bucket }) => [{ action: spec.get.action, resource: bucketArn(Bucket) }],
      ...(spec.get.xmlRoot !== undefined && { xmlRoot: spec.get.xmlRoot }),
      handle: ({ Bucket }, { store }) => {
        const value = current(store.bucket(Bucket));
        const output = spec.get.payload === undefined ? value : { [spec.get.payload]: value };
        return spec.get.extra === undefined ? output : { ...output, ...spec.get.extra };
      },
    }),
  ];
  const put = spec.put;
  if (put !== undefined) {
    ops.push(
      defineOperation<S3Store, Record<string, unknown> & { Bucket: string }, object>({
        name: put.operation,
        authorize: ({ Bucket }) => [{ action: put.action, resource: bucketArn(Bucket) }],
        handle: (input, { store }) => {
          const bucket = store.bucket(input.Bucket);
          const document = input[put.input] as Record<string, unknown> | undefined;
          // A canned ACL (x-amz-acl header, no body) leaves the owner's full control in place.
          if (document === undefined) bucket.config.delete(spec.key);
          else bucket.config.set(spec.key, document);
          return {};
        },
      }),
    );
  }
  const del = spec.delete;
  if (del !== undefined) {
    ops.push(
      defineOperation<S3Store, { Bucket: string }, object>({
        name: del.operation,
        authorize: ({ Bucket }) => [{ action: del.action, resource: bucketArn(Bucket) }],
        handle: ({ Bucket }, { store }) => {
          store.bucket(Bucket).config.delete(spec.key);
          return {};
        },
      }),
    );
  }
  return ops;
}

/** The configuration documents S3 setups commonly read and write, with S3's defaults. */
export const bucketConfigurations: BucketConfigSpec[] = [
  {
    key: 'versioning',
    get: {
      operation: 'GetBucketVersioning',
      action: 's3:GetBucketVersioning',
      xmlRoot: 'VersioningConfiguration',
    },
    put: {
      operation: 'PutBucketVersioning',
      action: 's3:PutBucketVersioning',
      input: 'VersioningConfiguration',
    },
    missing: { value: {} },
  },
  {
    key: 'acl',
    get: { operation: 'GetBucketAcl', action: 's3:GetBucketAcl', xmlRoot: 'AccessControlPolicy' },
    put: { operation: 'PutBucketAcl', action: 's3:PutBucketAcl', input: 'AccessControlPolicy' },
    missing: {
      value: {
        Owner: OWNER,
        Grants: [
          {
            Grantee: { Type: 'CanonicalUser', ID: OWNER.ID, DisplayName: OWNER.DisplayName },
            Permission: 'FULL_CONTROL',
          },
        ],
      },
    },
  },
  {
    key: 'encryption',
    get: {
      operation: 'GetBucketEncryption',
      action: 's3:GetEncryptionConfiguration',
      payload: 'ServerSideEncryptionConfiguration',
    },
    put: {
      operation: 'PutBucketEncryption',
      action: 's3:PutEncryptionConfiguration',
      input: 'ServerSideEncryptionConfiguration',
    },
    delete: { operation: 'DeleteBucketEncryption', action: 's3:PutEncryptionConfiguration' },
    // Since 2023 every bucket has SSE-S3 by default.
    missing: {
      value: {
        Rules: [
          {
            ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' },
            BucketKeyEnabled: false,
          },
        ],
      },
    },
  },
  {
    key: 'public-access-block',
    get: {
      operation: 'GetPublicAccessBlock',
      action: 's3:GetBucketPublicAccessBlock',
      payload: 'PublicAccessBlockConfiguration',
    },
    put: {
      operation: 'PutPublicAccessBlock',
      action: 's3:PutBucketPublicAccessBlock',
      input: 'PublicAccessBlockConfiguration',
    },
    delete: { operation: 'DeletePublicAccessBlock', action: 's3:PutBucketPublicAccessBlock' },
    missing: {
      error: notFound(
        'NoSuchPublicAccessBlockConfiguration',
        'The public access block configuration was not found',
      ),
    },
  },
  {
    key: 'ownership-controls',
    get: {
      operation: 'GetBucketOwnershipControls',
      action: 's3:GetBucketOwnershipControls',
      payload: 'OwnershipControls',
    },
    put: {
      operation: 'PutBucketOwnershipControls',
      action: 's3:PutBucketOwnershipControls',
      input: 'OwnershipControls',
    },
    delete: { operation: 'DeleteBucketOwnershipControls', action: 's3:PutBucketOwnershipControls' },
    missing: {
      error: notFound(
        'OwnershipControlsNotFoundError',
        'The bucket ownership controls were not found',
      ),
    },
  },
  {
    key: 'cors',
    get: { operation: 'GetBucketCors', action: 's3:GetBucketCORS', xmlRoot: 'CORSConfiguration' },
    put: { operation: 'PutBucketCors', action: 's3:PutBucketCORS', input: 'CORSConfiguration' },
    delete: { operation: 'DeleteBucketCors', action: 's3:PutBucketCORS' },
    missing: {
      error: notFound('NoSuchCORSConfiguration', 'The CORS configuration does not exist'),
    },
  },
  {
    key: 'lifecycle',
    get: {
      operation: 'GetBucketLifecycleConfiguration',
      action: 's3:GetLifecycleConfiguration',
      xmlRoot: 'LifecycleConfiguration',
      // S3's default since 2024, answered as the x-amz-transition-default-minimum-object-size header.
      extra: { TransitionDefaultMinimumObjectSize: 'all_storage_classes_128K' },
    },
    put: {
      operation: 'PutBucketLifecycleConfiguration',
      action: 's3:PutLifecycleConfiguration',
      input: 'LifecycleConfiguration',
    },
    delete: { operation: 'DeleteBucketLifecycle', action: 's3:PutLifecycleConfiguration' },
    missing: {
      error: notFound('NoSuchLifecycleConfiguration', 'The lifecycle configuration does not exist'),
    },
  },
  {
    key: 'website',
    get: {
      operation: 'GetBucketWebsite',
      action: 's3:GetBucketWebsite',
      xmlRoot: 'WebsiteConfiguration',
    },
    put: {
      operation: 'PutBucketWebsite',
      action: 's3:PutBucketWebsite',
      input: 'WebsiteConfiguration',
    },
    delete: { operation: 'DeleteBucketWebsite', action: 's3:DeleteBucketWebsite' },
    missing: {
      error: notFound(
        'NoSuchWebsiteConfiguration',
        'The specified bucket does not have a website configuration',
      ),
    },
  },
  {
    key: 'logging',
    get: {
      operation: 'GetBucketLogging',
      action: 's3:GetBucketLogging',
      xmlRoot: 'BucketLoggingStatus',
    },
    put: {
      operation: 'PutBucketLogging',
      action: 's3:PutBucketLogging',
      input: 'BucketLoggingStatus',
    },
    missing: { value: {} },
  },
  {
    key: 'notification',
    get: {
      operation: 'GetBucketNotificationConfiguration',
      action: 's3:GetBucketNotification',
      xmlRoot: 'NotificationConfiguration',
    },
    put: {
      operation: 'PutBucketNotificationConfiguration',
      action: 's3:PutBucketNotification',
      input: 'NotificationConfiguration',
    },
    missing: { value: {} },
  },
  {
    key: 'accelerate',
    get: {
      operation: 'GetBucketAccelerateConfiguration',
      action: 's3:GetAccelerateConfiguration',
      xmlRoot: 'AccelerateConfiguration',
    },
    missing: { value: {} },
  },
  {
    key: 'request-payment',
    get: {
      operation: 'GetBucketRequestPayment',
      action: 's3:GetBucketRequestPayment',
      xmlRoot: 'RequestPaymentConfiguration',
    },
    missing: { value: { Payer: 'BucketOwner' } },
  },
  {
    key: 'object-lock',
    get: {
      operation: 'GetObjectLockConfiguration',
      action: 's3:GetBucketObjectLockConfiguration',
      payload: 'ObjectLockConfiguration',
    },
    missing: {
      error: notFound(
        'ObjectLockConfigurationNotFoundError',
        'Object Lock configuration does not exist for this bucket',
      ),
    },
  },
  {
    key: 'replication',
    get: {
      operation: 'GetBucketReplication',
      action: 's3:GetReplicationConfiguration',
      payload: 'ReplicationConfiguration',
    },
    missing: {
      error: notFound(
        'ReplicationConfigurationNotFoundError',
        'The replication configuration was not found',
      ),
    },
  },
];
