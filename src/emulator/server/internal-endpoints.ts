import type { AuthorizationLog } from '../authz/authz-log.js';
import type { EnforcementMode } from '../authz/enforcement.js';
import type { HttpResponseData } from '../protocols/protocol.js';
import { timingSafeEqual } from 'node:crypto';
import { isAwsError } from '../errors/aws-error.js';
import { checkClockSkew } from '../identity/clock-skew.js';
import type { AdminCredential } from '../identity/resolve-caller.js';
import { parseAmzDate, readSigV4Claim, verifySigV4 } from '../identity/sigv4.js';
import { INTERNAL_TOKEN_HEADER } from '../internal-client.js';
import type { EmulatorRequest } from './emulator-request.js';
import { firstQueryValue } from './emulator-request.js';

export const INTERNAL_PREFIX = '/_iam-mutate/';

/**
 * Whether the request may use the internal endpoints: it carries the per-run token, or a SigV4
 * signature (header form, within the clock skew) by an admin key. Decided from the headers
 * alone; the endpoints take no body.
 */
export function internalCallAllowed(
  request: EmulatorRequest,
  admins: readonly AdminCredential[],
  token: string,
): boolean {
  const given = request.headers[INTERNAL_TOKEN_HEADER];
  if (given !== undefined) {
    const a = Buffer.from(given);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  }
  try {
    const claim = readSigV4Claim(request);
    if (claim === undefined || claim.location !== 'header') return false;
    checkClockSkew(parseAmzDate(claim.longDate), new Date(), 'rest-json');
    const admin = admins.find((a) => a.accessKeyId === claim.accessKeyId);
    if (admin === undefined) return false;
    if (admin.anySecret === true) return true;
    return admin.secretAccessKeys.some((secret) =>
      verifySigV4(request, claim, secret, Buffer.alloc(0)),
    );
  } catch (error) {
    if (isAwsError(error)) return false;
    throw error;
  }
}

/**
 * The emulator's own endpoints (not AWS APIs), for admin callers only (see internalCallAllowed):
 *   GET    /_iam-mutate/authz-log?after=SEQ&limit=N  -> {records, cursor}: records with seq > after
 *   DELETE /_iam-mutate/authz-log                    -> forget the records kept in memory
 *   GET    /_iam-mutate/health                       -> {status, enforcement, services}
 */
export function handleInternal(
  request: EmulatorRequest,
  log: AuthorizationLog,
  info: { enforcement: EnforcementMode; services: string[]; accountId: string; region: string },
): HttpResponseData {
  const path = request.rawPath.slice(INTERNAL_PREFIX.length).replace(/\/$/, '');
  const json = (status: number, value: unknown): HttpResponseData => ({
    status,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(value),
  });
  if (path === 'authz-log' && request.method === 'GET') {
    const after = Number(firstQueryValue(request, 'after') ?? '0');
    const limit = Number(firstQueryValue(request, 'limit') ?? '1000');
    if (!Number.isInteger(after) || after < 0 || !Number.isInteger(limit) || limit < 1) {
      return json(400, { error: 'after must be an integer >= 0 and limit an integer >= 1' });
    }
    return json(200, log.read(after, Math.min(limit, 10_000)));
  }
  if (path === 'authz-log' && request.method === 'DELETE') {
    log.clear();
    return json(200, { cursor: log.latest() });
  }
  if (path === 'health' && request.method === 'GET') {
    return json(200, { status: 'running', ...info, cursor: log.latest() });
  }
  return json(404, { error: `no emulator endpoint ${request.method} ${request.rawPath}` });
}
