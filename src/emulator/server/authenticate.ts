import type { EnforcementMode } from '../authz/enforcement.js';
import type { EmulatorState } from '../emulator-core.js';
import { AwsError } from '../errors/aws-error.js';
import { commonErrors } from '../errors/common-errors.js';
import { checkClockSkew, MAX_CLOCK_SKEW_MS, presignedNotYetValid } from '../identity/clock-skew.js';
import type { Principal } from '../identity/principal.js';
import { resolveCaller, type AdminCredential } from '../identity/resolve-caller.js';
import {
  readSigV2Claim,
  sigV2StringToSign,
  verifySigV2,
  type SigV2Claim,
} from '../identity/sigv2.js';
import {
  declaredPayloadHashMatches,
  parseAmzDate,
  readSigV4Claim,
  verifySigV4,
  type SigV4Claim,
} from '../identity/sigv4.js';
import { firstQueryValue, type EmulatorRequest } from './emulator-request.js';
import type { ProtocolName } from '../protocols/model-types.js';

export interface AuthenticationConfig {
  state: EmulatorState;
  enforcement: EnforcementMode;
  admins: readonly AdminCredential[];
}

/**
 * What the headers alone establish about the caller. The body is read only after this
 * succeeds, so a refused request never costs the emulator its body's memory.
 */
export interface HeaderAuthentication {
  principal: Principal;
  /** The checks that need the body: a signature over an undeclared payload hash, a declared hash. */
  verifyBody(rawBody: Buffer): void;
}

/** Presigned URLs may be valid for at most 7 days. */
const MAX_PRESIGN_SECONDS = 7 * 24 * 3600;

const EMPTY = Buffer.alloc(0);

/**
 * Authenticates a request from its headers (and query): the signature's form, the clock, the
 * access key and session, and the signature itself whenever the signed payload hash is declared
 * (S3 always declares it). Throws the protocol's AwsError.
 */
export function authenticateHeaders(
  config: AuthenticationConfig,
  serviceName: string,
  protocol: ProtocolName,
  request: EmulatorRequest,
  /** The request after the service's normalizeRequest (S3: path style). */
  normalized: EmulatorRequest,
): HeaderAuthentication {
  const claim = readSigV4Claim(request);
  const state = config.state;
  const v2 = claim === undefined && serviceName === 's3' ? readSigV2Claim(request) : undefined;
  if (v2 !== undefined) return authenticateSigV2(config, protocol, request, normalized, v2);
  if (claim === undefined) {
    // LocalEmu accepts unsigned calls when nothing is enforced; so do we, as the account root.
    if (config.enforcement === 'off') {
      return {
        principal: {
          kind: 'admin',
          arn: `arn:aws:iam::${state.accountId}:root`,
          accountId: state.accountId,
          accessKeyId: '',
        },
        verifyBody: () => undefined,
      };
    }
    if (serviceName === 's3') {
      return { principal: { kind: 'anonymous', arn: '*', accountId: '' }, verifyBody: () => {} };
    }
    throw commonErrors.missingAuthentication(protocol);
  }
  const now = new Date();
  if (claim.location === 'header') checkClockSkew(parseAmzDate(claim.longDate), now, protocol);
  else checkPresignedDates(claim, now);
  const caller = resolveCaller(claim, state.identity, config.admins, protocol, now);
  const verify = (rawBody: Buffer) => {
    if (caller.anySecret === true) return;
    if (!caller.secrets.some((secret) => verifySigV4(request, claim, secret, rawBody)))
      throw commonErrors.signatureMismatch(protocol);
  };
  const hashDeclared = payloadHashDeclared(request, claim);
  if (hashDeclared) verify(EMPTY);
  return {
    principal: caller.principal,
    verifyBody(rawBody) {
      if (!hashDeclared) verify(rawBody);
      if (!declaredPayloadHashMatches(request, rawBody)) {
        if (protocol === 'rest-xml') {
          throw new AwsError(
            'XAmzContentSHA256Mismatch',
            "The provided 'x-amz-content-sha256' header does not match what was computed.",
            400,
          );
        }
        throw commonErrors.signatureMismatch(protocol);
      }
    },
  };
}

/** Whether the signed payload hash is known without the body (then the signature is too). */
function payloadHashDeclared(request: EmulatorRequest, claim: SigV4Claim): boolean {
  if (claim.location === 'header') return request.headers['x-amz-content-sha256'] !== undefined;
  return firstQueryValue(request, 'X-Amz-Content-Sha256') !== undefined || claim.service === 's3';
}

function checkPresignedDates(claim: SigV4Claim, now: Date): void {
  const signedAt = parseAmzDate(claim.longDate);
  const expires = claim.expiresSeconds ?? NaN;
  if (
    signedAt === undefined ||
    !Number.isFinite(expires) ||
    expires < 1 ||
    expires > MAX_PRESIGN_SECONDS
  ) {
    throw new AwsError(
      'AuthorizationQueryParametersError',
      'X-Amz-Expires must be between 1 and 604800 seconds, and X-Amz-Date a valid ISO 8601 basic timestamp',
      400,
    );
  }
  // Dated in the future, a URL would otherwise outlive the 7-day cap.
  if (signedAt.getTime() > now.getTime() + MAX_CLOCK_SKEW_MS) throw presignedNotYetValid();
  if (signedAt.getTime() + expires * 1000 < now.getTime()) throw commonErrors.presignedExpired();
}

/** S3's legacy SigV2 (boto3's default for presigned S3 URLs): verified from the headers alone. */
function authenticateSigV2(
  config: AuthenticationConfig,
  protocol: ProtocolName,
  request: EmulatorRequest,
  normalized: EmulatorRequest,
  claim: SigV2Claim,
): HeaderAuthentication {
  const now = new Date();
  if (claim.location === 'header') {
    const date = request.headers['x-amz-date'] ?? request.headers['date'];
    const parsed = date !== undefined ? new Date(date) : undefined;
    checkClockSkew(
      parsed !== undefined && !Number.isNaN(parsed.getTime()) ? parsed : undefined,
      now,
      protocol,
    );
  }
  const caller = resolveCaller(claim, config.state.identity, config.admins, protocol, now);
  // A bucket-level resource is signed as `/bucket/` by some clients (botocore) and `/bucket`
  // by others; S3 accepts both.
  const path = normalized.rawPath;
  const paths = /^\/[^/]+\/?$/.test(path)
    ? [path.replace(/\/$/, ''), path.replace(/\/?$/, '/')]
    : [path];
  const strings = paths.map((p) => sigV2StringToSign(request, claim, p));
  if (
    caller.anySecret !== true &&
    !caller.secrets.some((secret) => strings.some((text) => verifySigV2(text, claim, secret)))
  ) {
    throw commonErrors.signatureMismatch(protocol);
  }
  if (
    claim.expires !== undefined &&
    (!Number.isFinite(claim.expires) || claim.expires * 1000 < now.getTime())
  ) {
    throw commonErrors.presignedExpired();
  }
  return { principal: caller.principal, verifyBody: () => undefined };
}
