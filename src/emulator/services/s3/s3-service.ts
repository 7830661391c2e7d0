import { AwsError } from '../../errors/aws-error.js';
import model from '../../models/s3.generated.json' with { type: 'json' };
import type { ServiceModel } from '../../protocols/model-types.js';
import { denialMessage } from '../../authz/deny-error.js';
import { NO_RESOURCE_POLICIES, type ServiceDefinition } from '../service-types.js';
import { abortMultipartUpload } from './operations/abort-multipart-upload.js';
import { completeMultipartUpload } from './operations/complete-multipart-upload.js';
import { copyObject } from './operations/copy-object.js';
import { createBucket } from './operations/create-bucket.js';
import { createMultipartUpload } from './operations/create-multipart-upload.js';
import { deleteBucketPolicy } from './operations/delete-bucket-policy.js';
import { deleteBucketTagging } from './operations/delete-bucket-tagging.js';
import { deleteBucket } from './operations/delete-bucket.js';
import { deleteObjectTagging } from './operations/delete-object-tagging.js';
import { deleteObject } from './operations/delete-object.js';
import { deleteObjects } from './operations/delete-objects.js';
import { getBucketLocation } from './operations/get-bucket-location.js';
import { getBucketPolicy } from './operations/get-bucket-policy.js';
import { getBucketTagging } from './operations/get-bucket-tagging.js';
import { getObjectTagging } from './operations/get-object-tagging.js';
import { getObject } from './operations/get-object.js';
import { headBucket } from './operations/head-bucket.js';
import { headObject } from './operations/head-object.js';
import { listBuckets } from './operations/list-buckets.js';
import { listMultipartUploads } from './operations/list-multipart-uploads.js';
import { listObjectsV2 } from './operations/list-objects-v2.js';
import { listObjects } from './operations/list-objects.js';
import { listParts } from './operations/list-parts.js';
import { putBucketPolicy } from './operations/put-bucket-policy.js';
import { putBucketTagging } from './operations/put-bucket-tagging.js';
import { putObjectTagging } from './operations/put-object-tagging.js';
import { putObject } from './operations/put-object.js';
import { uploadPart } from './operations/upload-part.js';
import { uploadPartCopy } from './operations/upload-part-copy.js';
import { listObjectVersions } from './operations/list-object-versions.js';
import { getObjectAcl } from './operations/get-object-acl.js';
import { putObjectAcl } from './operations/put-object-acl.js';
import { bucketConfigOperations, bucketConfigurations } from './bucket-config.js';
import { bucketOfArn, S3Store } from './s3-store.js';
import { isS3Host, presignedHeaders, toPathStyle } from './s3-virtual-host.js';

/**
 * S3 (rest-xml): buckets, objects, multipart uploads, listing, copy, bucket policies, tagging;
 * path-style and virtual-host-style requests.
 */
export const s3Service: ServiceDefinition<S3Store> = {
  name: 's3',
  model: model as unknown as ServiceModel,
  createStore: () => new S3Store(),
  operations: [
    ...bucketConfigurations.flatMap(bucketConfigOperations),
    putObjectAcl,
    getObjectAcl,
    listObjectVersions,
    uploadPartCopy,
    abortMultipartUpload,
    completeMultipartUpload,
    copyObject,
    createBucket,
    createMultipartUpload,
    deleteBucketPolicy,
    deleteBucketTagging,
    deleteBucket,
    deleteObjectTagging,
    deleteObject,
    deleteObjects,
    getBucketLocation,
    getBucketPolicy,
    getBucketTagging,
    getObjectTagging,
    getObject,
    headBucket,
    headObject,
    listBuckets,
    listMultipartUploads,
    listObjectsV2,
    listObjects,
    listParts,
    putBucketPolicy,
    putBucketTagging,
    putObjectTagging,
    putObject,
    uploadPart,
  ],
  // The bucket policy governs the bucket and every object in it.
  resourcePolicies(resourceArn, store) {
    const name = bucketOfArn(resourceArn);
    const policy = name === undefined ? undefined : store.buckets.get(name)?.policy;
    return policy === undefined ? NO_RESOURCE_POLICIES : [policy.compiled];
  },
  // S3 quotes the resource ARN in its AccessDenied message; anonymous callers get no detail.
  accessDenied: (details) =>
    new AwsError(
      'AccessDenied',
      details.principalArn === '*' ? 'Access Denied' : denialMessage(details, true),
      403,
    ),
  normalizeRequest: (request) => presignedHeaders(toPathStyle(request)),
  claimsHost: isS3Host,
};
