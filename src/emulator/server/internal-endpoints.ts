import type { AuthorizationLog } from '../authz/authz-log.js';
import type { EnforcementMode } from '../authz/enforcement.js';
import type { HttpResponseData } from '../protocols/protocol.js';
import type { EmulatorRequest } from './emulator-request.js';
import { firstQueryValue } from './emulator-request.js';

export const INTERNAL_PREFIX = '/_iam-mutate/';

/**
 * The emulator's own endpoints (not AWS APIs, so unsigned):
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
