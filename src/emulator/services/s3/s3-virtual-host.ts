import type { EmulatorRequest } from '../../server/emulator-request.js';

/**
 * Virtual-host-style S3: the bucket is the host's first label(s) in front of a known S3 domain
 * (`bucket.localhost`, `bucket.s3.localhost.localstack.cloud`, `bucket.s3.amazonaws.com`,
 * `bucket.s3.us-east-1.amazonaws.com`). Returns the bucket, or undefined for path-style hosts.
 */
export function bucketFromHost(hostname: string): string | undefined {
  // Every S3 call asks (twice): match each host name once, it is a pure function of the name.
  if (hostname === lastHost.name) return lastHost.bucket;
  const bucket = matchBucket(hostname);
  lastHost.name = hostname;
  lastHost.bucket = bucket;
  return bucket;
}
const lastHost: { name: string | undefined; bucket: string | undefined } = {
  name: undefined,
  bucket: undefined,
};

function matchBucket(hostname: string): string | undefined {
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

/** Query parameters that authenticate a presigned request rather than describe the object. */
const AUTH_PARAMETERS = new Set([
  'x-amz-algorithm',
  'x-amz-credential',
  'x-amz-date',
  'x-amz-expires',
  'x-amz-signedheaders',
  'x-amz-signature',
  'x-amz-security-token',
  'x-amz-content-sha256',
]);

/**
 * Presigned URLs carry the request's `x-amz-*` headers in the query string (botocore's SigV2
 * presigner puts `x-amz-meta-*`, `x-amz-storage-class`, `x-amz-server-side-encryption` there),
 * and S3 applies them as if they were headers; a header sent as well wins.
 */
export function presignedHeaders(request: EmulatorRequest): EmulatorRequest {
  let headers: Record<string, string> | undefined;
  for (const [name, values] of request.query) {
    const lower = name.toLowerCase();
    if (!lower.startsWith('x-amz-') || AUTH_PARAMETERS.has(lower)) continue;
    if (request.headers[lower] !== undefined) continue;
    headers ??= { ...request.headers };
    headers[lower] = values.join(', ');
  }
  return headers === undefined ? request : { ...request, headers };
}
