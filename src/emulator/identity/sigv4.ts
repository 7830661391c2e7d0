import * as crypto from 'node:crypto';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { getCanonicalHeaders, SignatureV4 } from '@smithy/signature-v4';
import { AwsError } from '../errors/aws-error.js';
import type { EmulatorRequest } from '../server/emulator-request.js';
import { firstQueryValue } from '../server/emulator-request.js';
import { NodeSha256 } from './node-sha256.js';

/** What a SigV4-signed request claims: who signed it, for which scope, and how. */
export interface SigV4Claim {
  location: 'header' | 'query';
  accessKeyId: string;
  /** `YYYYMMDDTHHMMSSZ` */
  longDate: string;
  shortDate: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
  sessionToken?: string;
  /** Presigned URLs only: validity in seconds from longDate. */
  expiresSeconds?: number;
}

const ALGORITHM = 'AWS4-HMAC-SHA256';

/**
 * Reads the SigV4 claim from the Authorization header or the presigned query. Returns undefined
 * for an unsigned request; throws AwsError('IncompleteSignature') for a malformed one.
 */
export function readSigV4Claim(request: EmulatorRequest): SigV4Claim | undefined {
  const authorization = request.headers['authorization'];
  // `AWS KEY:SIGNATURE` is S3's SigV2, read by identity/sigv2.ts.
  if (authorization !== undefined && authorization !== '' && !authorization.startsWith('AWS ')) {
    if (!authorization.startsWith(`${ALGORITHM} `)) {
      throw new AwsError(
        'IncompleteSignature',
        `Authorization header requires the ${ALGORITHM} algorithm; SigV2 and others are not supported`,
        400,
      );
    }
    // The last of each field wins; other fields are ignored.
    let credential: string | undefined;
    let signedHeaders: string | undefined;
    let signature: string | undefined;
    for (const part of authorization.slice(ALGORITHM.length + 1).split(',')) {
      const eq = part.indexOf('=');
      if (eq <= 0) continue;
      const name = part.slice(0, eq).trim();
      if (name === 'Credential') credential = part.slice(eq + 1).trim();
      else if (name === 'SignedHeaders') signedHeaders = part.slice(eq + 1).trim();
      else if (name === 'Signature') signature = part.slice(eq + 1).trim();
    }
    const longDate = request.headers['x-amz-date'] ?? '';
    if (credential === undefined || signedHeaders === undefined || signature === undefined) {
      throw new AwsError(
        'IncompleteSignature',
        `Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters. Authorization=${authorization}`,
        400,
      );
    }
    const token = request.headers['x-amz-security-token'];
    return {
      location: 'header',
      ...parseCredential(credential),
      longDate,
      signedHeaders: signedHeaders.split(';'),
      signature,
      ...(token !== undefined && { sessionToken: token }),
    };
  }
  const algorithm = firstQueryValue(request, 'X-Amz-Algorithm');
  if (algorithm === undefined) return undefined;
  if (algorithm !== ALGORITHM) {
    throw new AwsError(
      'AuthorizationQueryParametersError',
      `X-Amz-Algorithm only supports "${ALGORITHM}"`,
      400,
    );
  }
  const credential = firstQueryValue(request, 'X-Amz-Credential');
  const signature = firstQueryValue(request, 'X-Amz-Signature');
  const signedHeaders = firstQueryValue(request, 'X-Amz-SignedHeaders');
  const longDate = firstQueryValue(request, 'X-Amz-Date');
  const expires = firstQueryValue(request, 'X-Amz-Expires');
  if (!credential || !signature || !signedHeaders || !longDate || !expires) {
    throw new AwsError(
      'AuthorizationQueryParametersError',
      'Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters.',
      400,
    );
  }
  const token = firstQueryValue(request, 'X-Amz-Security-Token');
  return {
    location: 'query',
    ...parseCredential(credential),
    longDate,
    signedHeaders: signedHeaders.split(';'),
    signature,
    expiresSeconds: Number(expires),
    ...(token !== undefined && { sessionToken: token }),
  };
}

function parseCredential(
  credential: string,
): Pick<SigV4Claim, 'accessKeyId' | 'shortDate' | 'region' | 'service'> {
  const parts = credential.split('/');
  if (parts.length !== 5 || parts[4] !== 'aws4_request') {
    throw new AwsError(
      'IncompleteSignature',
      `Credential should be scoped to a valid region and service, not '${credential}'`,
      400,
    );
  }
  const [accessKeyId, shortDate, region, service] = parts as [string, string, string, string];
  return { accessKeyId, shortDate, region, service };
}

/** `YYYYMMDDTHHMMSSZ` -> Date, or undefined when malformed. */
export function parseAmzDate(longDate: string): Date | undefined {
  // Every signed call parses its date; a client's dates change once a second.
  if (longDate !== lastDate.text) {
    lastDate.time = parseTime(longDate);
    lastDate.text = longDate;
  }
  return lastDate.time === undefined ? undefined : new Date(lastDate.time);
}
const lastDate: { text: string | undefined; time: number | undefined } = {
  text: undefined,
  time: undefined,
};

function parseTime(longDate: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(longDate);
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  return Date.UTC(y!, mo! - 1, d!, h!, mi!, s!);
}

/**
 * Reconstructs the canonical request exactly as the client must have built it and compares
 * signatures. Canonicalization is @smithy/signature-v4's (the same code the v3 SDK signs with);
 * the path is the raw one received, double-escaped for every service except S3. The common case
 * (no query, header values already in canonical form) is built here directly, to the same bytes:
 * every call of every caller pays for this.
 */
class VerifyingSigner extends SignatureV4 {
  canonicalRequest(request: EmulatorRequest, claim: SigV4Claim, payloadHash: string): string {
    if (request.query.size === 0) {
      const fast = fastCanonicalHeaders(request, claim.signedHeaders);
      if (fast !== undefined) {
        return `${request.method}\n${(this as unknown as CanonicalPath).getCanonicalPath({ path: request.rawPath })}\n\n${fast}\n${payloadHash}`;
      }
    }
    const headers: Record<string, string> = {};
    for (const name of claim.signedHeaders) {
      const value = request.headers[name];
      if (value !== undefined) headers[name] = value;
    }
    const query: Record<string, string | string[]> = {};
    for (const [name, values] of request.query) {
      if (claim.location === 'query' && name === 'X-Amz-Signature') continue;
      query[name] = values.length === 1 ? values[0]! : values;
    }
    const canonicalHeaders = getCanonicalHeaders(
      { headers } as never,
      new Set(),
      new Set(claim.signedHeaders),
    );
    const httpRequest = { method: request.method, path: request.rawPath, query, headers } as never;
    return this.createCanonicalRequest(httpRequest, canonicalHeaders, payloadHash);
  }
}

/** SignatureV4Base's path canonicalization (private in its typings, public in its code). */
interface CanonicalPath {
  getCanonicalPath(request: { path: string }): string;
}

const signers = new Map<string, VerifyingSigner>();
function signerFor(service: string): VerifyingSigner {
  let signer = signers.get(service);
  if (signer === undefined) {
    signer = new VerifyingSigner({
      service,
      region: 'us-east-1',
      credentials: { accessKeyId: '', secretAccessKey: '' },
      sha256: NodeSha256,
      uriEscapePath: service !== 's3',
    });
    signers.set(service, signer);
  }
  return signer;
}

/** A value smithy's trimming (CR/LF to space, runs of blanks to one, one edge blank) leaves alone. */
const NEEDS_TRIM = /[\r\n\t]| {2}|^ | $/;

/**
 * `name:value` lines, a blank line and the `;`-joined names, as smithy's getCanonicalHeaders +
 * createCanonicalRequest write them for signed headers sorted and unique (as every SDK sends
 * them), present, and already canonical; undefined (take smithy's path) otherwise.
 */
function fastCanonicalHeaders(
  request: EmulatorRequest,
  signedHeaders: readonly string[],
): string | undefined {
  if (signedHeaders.length === 0) return undefined;
  let lines = '';
  let names = '';
  let previous = '';
  for (let i = 0; i < signedHeaders.length; i++) {
    const name = signedHeaders[i]!;
    if (i > 0 && !(previous < name)) return undefined;
    previous = name;
    const value = request.headers[name];
    if (
      value === undefined ||
      name === '__proto__' ||
      name !== name.toLowerCase() ||
      NEEDS_TRIM.test(value)
    )
      return undefined;
    lines += `${name}:${value}\n`;
    names += i === 0 ? name : `;${name}`;
  }
  return `${lines}\n${names}`;
}

/** The payload hash the client signed: the header it sent, or the hash of the body. */
function payloadHashOf(request: EmulatorRequest, claim: SigV4Claim, rawBody: Buffer): string {
  const declared =
    claim.location === 'header'
      ? request.headers['x-amz-content-sha256']
      : firstQueryValue(request, 'X-Amz-Content-Sha256');
  if (declared !== undefined) return declared;
  if (claim.location === 'query' && claim.service === 's3') return 'UNSIGNED-PAYLOAD';
  const hash = new NodeSha256();
  hash.update(rawBody);
  return Buffer.from(hash.digestSync()).toString('hex');
}

/**
 * Signing keys derived once per (secret, day, region, service): four chained HMACs that every
 * request of a caller would otherwise repeat.
 */
const signingKeys = new Map<string, SigningKey>();
function signingKey(secretAccessKey: string, claim: SigV4Claim): SigningKey {
  const cacheKey = `${secretAccessKey}\n${claim.shortDate}\n${claim.region}\n${claim.service}`;
  let cached = signingKeys.get(cacheKey);
  if (cached === undefined) {
    let key = createHmac('sha256', `AWS4${secretAccessKey}`).update(claim.shortDate).digest();
    for (const part of [claim.region, claim.service, 'aws4_request'])
      key = createHmac('sha256', key).update(part).digest();
    cached = hmacKey(key);
    if (signingKeys.size >= 1024) signingKeys.clear();
    signingKeys.set(cacheKey, cached);
  }
  return cached;
}

/**
 * A 32-byte HMAC-SHA256 key with its RFC 2104 pads worked out: HMAC(K, m) =
 * H((K ^ opad) || H((K ^ ipad) || m)), computed with two one-shot hashes where node has them
 * (a Hmac object per call costs more than both).
 */
interface SigningKey {
  key: Buffer;
  /** K ^ ipad, 64 bytes. */
  inner: Buffer;
  /** K ^ opad, 64 bytes. */
  outer: Buffer;
}

function hmacKey(key: Buffer): SigningKey {
  const inner = Buffer.alloc(64, 0x36);
  const outer = Buffer.alloc(64, 0x5c);
  for (let i = 0; i < key.length; i++) {
    inner[i]! ^= key[i]!;
    outer[i]! ^= key[i]!;
  }
  return { key, inner, outer };
}

/** The outer hash's input: K ^ opad, then the inner hash (32 bytes). Used synchronously only. */
const outerInput = Buffer.alloc(96);

/** HMAC-SHA256 of text under the key, hex. */
const hmacHex: (key: SigningKey, text: string) => string =
  typeof crypto.hash === 'function'
    ? (key, text) => {
        const innerHex = crypto.hash(
          'sha256',
          Buffer.concat([key.inner, Buffer.from(text)]),
          'hex',
        );
        key.outer.copy(outerInput, 0);
        outerInput.write(innerHex, 64, 'hex');
        return crypto.hash('sha256', outerInput, 'hex');
      }
    : (key, text) => createHmac('sha256', key.key).update(text).digest('hex');

/** SHA-256 of text, hex: node's one-shot crypto.hash (20.12+) skips a Hash object per call. */
const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => createHash('sha256').update(text).digest('hex');

/**
 * True when the claim's signature is what `secretAccessKey` produces for this request.
 * `rawBody` is the body as received (before aws-chunked decoding). The canonical request is
 * @smithy/signature-v4's; the string to sign and the HMACs are computed synchronously here.
 */
export function verifySigV4(
  request: EmulatorRequest,
  claim: SigV4Claim,
  secretAccessKey: string,
  rawBody: Buffer,
): boolean {
  const signer = signerFor(claim.service);
  const canonical = signer.canonicalRequest(request, claim, payloadHashOf(request, claim, rawBody));
  const scope = `${claim.shortDate}/${claim.region}/${claim.service}/aws4_request`;
  const stringToSign = `${ALGORITHM}\n${claim.longDate}\n${scope}\n${sha256Hex(canonical)}`;
  const expected = Buffer.from(hmacHex(signingKey(secretAccessKey, claim), stringToSign), 'hex');
  const given = Buffer.from(claim.signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * A hex `x-amz-content-sha256` must be the hash of the body actually sent (AWS checks it;
 * S3 answers XAmzContentSHA256Mismatch). UNSIGNED-PAYLOAD and STREAMING-* are not hashes.
 */
export function declaredPayloadHashMatches(request: EmulatorRequest, rawBody: Buffer): boolean {
  const declared = request.headers['x-amz-content-sha256'];
  if (declared === undefined || !/^[0-9a-f]{64}$/i.test(declared)) return true;
  const hash = new NodeSha256();
  hash.update(rawBody);
  return Buffer.from(hash.digestSync()).toString('hex') === declared.toLowerCase();
}
