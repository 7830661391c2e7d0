import type { EmulatorRequest } from '../../server/emulator-request.js';

/**
 * Virtual-host-style S3: the bucket is the host's first label(s) in front of a known S3 domain
 * (`bucket.localhost`, `bucket.s3.localhost.localstack.cloud`, `bucket.s3.amazonaws.com`,
 * `bucket.s3.us-east-1.amazonaws.com`). Returns the bucket, or undefined for path-style hosts.
 */
export function bucketFromHost(hostname: string): string | undefined {
  const m =
    /^(.+?)\.s3\.localhost\.localstack\.cloud$/.exec(hostname) ??
    /^(.+?)\.s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com$/.exec(hostname) ??
    /^(.+)\.localhost$/.exec(hostname);
  const bucket = m?.[1];
  if (
    bucket === undefined ||
    bucket === 's3' ||
    bucket.endsWith('.s3') ||
    bucket === 'localhost.localstack'
  )
    return undefined;
  return bucket;
}

export function isS3Host(hostname: string): boolean {
  return (
    bucketFromHost(hostname) !== undefined ||
    /^s3([.-][a-z0-9-]+)?\.amazonaws\.com$/.test(hostname) ||
    hostname === 's3.localhost.localstack.cloud'
  );
}

/** Rewrites a virtual-host-style request into the path-style one the model's URIs describe. */
export function toPathStyle(request: EmulatorRequest): EmulatorRequest {
  const bucket = bucketFromHost(request.hostname);
  if (bucket === undefined) return request;
  return {
    ...request,
    rawPath: `/${encodeURIComponent(bucket)}${request.rawPath === '/' ? '' : request.rawPath}`,
  };
}
