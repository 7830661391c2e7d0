import { createHmac, timingSafeEqual } from 'node:crypto';
import type { EmulatorRequest } from '../server/emulator-request.js';
import { firstQueryValue } from '../server/emulator-request.js';

/**
 * S3's legacy signature (SigV2, HMAC-SHA1). boto3 still presigns S3 URLs with it by default
 * (`?AWSAccessKeyId=...&Expires=...&Signature=...`), so workloads that hand out presigned URLs
 * need it; `Authorization: AWS KEY:SIGNATURE` headers are accepted too.
 */
export interface SigV2Claim {
  location: 'header' | 'query';
  accessKeyId: string;
  signature: string;
  sessionToken?: string;
  /** Query form: expiry, seconds since the epoch. */
  expires?: number;
}

export function readSigV2Claim(request: EmulatorRequest): SigV2Claim | undefined {
  const authorization = request.headers['authorization'];
  const token =
    request.headers['x-amz-security-token'] ?? firstQueryValue(request, 'x-amz-security-token');
  if (authorization !== undefined && authorization.startsWith('AWS ')) {
    const [accessKeyId = '', signature = ''] = authorization.slice(4).split(':');
    return {
      location: 'header',
      accessKeyId,
      signature,
      ...(token !== undefined && { sessionToken: token }),
    };
  }
  const accessKeyId = firstQueryValue(request, 'AWSAccessKeyId');
  const signature = firstQueryValue(request, 'Signature');
  const expires = firstQueryValue(request, 'Expires');
  if (accessKeyId === undefined || signature === undefined || expires === undefined)
    return undefined;
  return {
    location: 'query',
    accessKeyId,
    signature,
    expires: Number(expires),
    ...(token !== undefined && { sessionToken: token }),
  };
}

/** Query parameters that are part of the signed resource, as in the S3 documentation. */
const SUB_RESOURCES = new Set([
  'acl',
  'accelerate',
  'analytics',
  'attributes',
  'cors',
  'delete',
  'encryption',
  'intelligent-tiering',
  'inventory',
  'legal-hold',
  'lifecycle',
  'location',
  'logging',
  'metrics',
  'notification',
  'object-lock',
  'ownershipControls',
  'partNumber',
  'policy',
  'publicAccessBlock',
  'replication',
  'requestPayment',
  'response-cache-control',
  'response-content-disposition',
  'response-content-encoding',
  'response-content-language',
  'response-content-type',
  'response-expires',
  'restore',
  'retention',
  'select',
  'select-type',
  'tagging',
  'torrent',
  'uploadId',
  'uploads',
  'versionId',
  'versioning',
  'versions',
  'website',
]);

/** The SigV2 string to sign; `pathStyleRawPath` is the request path with the bucket first. */
export function sigV2StringToSign(
  request: EmulatorRequest,
  claim: SigV2Claim,
  pathStyleRawPath: string,
): string {
  // Presigned URLs carry the signed x-amz-* headers (the session token) and Content-Type/MD5
  // as query parameters.
  const h: Record<string, string> = { ...request.headers };
  if (claim.location === 'query') {
    for (const [name, values] of request.query) {
      const lower = name.toLowerCase();
      if (lower.startsWith('x-amz-') || lower === 'content-type' || lower === 'content-md5')
        h[lower] = values[0] ?? '';
    }
  }
  const amz = Object.keys(h)
    .filter((name) => name.startsWith('x-amz-'))
    .sort()
    .map((name) => `${name}:${h[name]!.trim()}\n`)
    .join('');
  const date =
    claim.location === 'query'
      ? String(claim.expires)
      : h['x-amz-date'] !== undefined
        ? ''
        : (h['date'] ?? '');
  const subResources = [...request.query.keys()]
    .filter((k) => SUB_RESOURCES.has(k))
    .sort()
    .map((k) => {
      const v = request.query.get(k)![0]!;
      return v === '' ? k : `${k}=${v}`;
    });
  const resource = pathStyleRawPath + (subResources.length > 0 ? `?${subResources.join('&')}` : '');
  return `${request.method}\n${h['content-md5'] ?? ''}\n${h['content-type'] ?? ''}\n${date}\n${amz}${resource}`;
}

export function verifySigV2(
  stringToSign: string,
  claim: SigV2Claim,
  secretAccessKey: string,
): boolean {
  const expected = createHmac('sha1', secretAccessKey).update(stringToSign, 'utf8').digest();
  const given = Buffer.from(claim.signature, 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
