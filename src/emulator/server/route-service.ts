import type { ServiceDefinition } from '../services/service-types.js';
import type { EmulatorRequest } from './emulator-request.js';
import { firstQueryValue, parseQueryString } from './emulator-request.js';

/** The SigV4 scope's service name, read leniently (full validation happens in identity). */
export function scopeService(request: EmulatorRequest): string | undefined {
  const auth = request.headers['authorization'];
  const credential =
    auth !== undefined
      ? /Credential=([^,\s]+)/.exec(auth)?.[1]
      : firstQueryValue(request, 'X-Amz-Credential');
  return credential?.split('/')[3];
}

/**
 * Which service a request is for, from headers and query only (the body is read afterwards,
 * under the service protocol's size limit): the SigV4 credential scope, then X-Amz-Target,
 * then a service that claims the host (S3 virtual hosts); unsigned path-style requests are S3's.
 */
export function routeService(
  request: EmulatorRequest,
  services: ReadonlyMap<string, ServiceDefinition<unknown>>,
): ServiceDefinition<unknown> | undefined {
  const scoped = scopeService(request);
  if (scoped !== undefined) return services.get(scoped);
  const target = request.headers['x-amz-target'];
  if (target !== undefined) {
    const prefix = target.slice(0, target.lastIndexOf('.'));
    for (const service of services.values())
      if (service.model.metadata.targetPrefix === prefix) return service;
  }
  for (const service of services.values())
    if (service.claimsHost?.(request.hostname)) return service;
  return services.get('s3');
}

/**
 * An unsigned query-protocol call (`POST /` with a form body, accepted when enforcement is off)
 * names its service only in the body: read it, then route by Version, else by Action.
 */
export function isUnsignedFormPost(request: EmulatorRequest): boolean {
  return (
    scopeService(request) === undefined &&
    request.headers['x-amz-target'] === undefined &&
    request.method === 'POST' &&
    request.rawPath === '/' &&
    (request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')
  );
}

export function routeFormPost(
  body: Buffer,
  services: ReadonlyMap<string, ServiceDefinition<unknown>>,
): ServiceDefinition<unknown> | undefined {
  const params = parseQueryString(body.toString('utf8'));
  const version = params.get('Version')?.[0];
  const action = params.get('Action')?.[0];
  // Services whose own protocol is query first, then those with a query legacyProtocol (SQS).
  const all = [...services.values()];
  const query = [
    ...all.filter((s) => s.model.metadata.protocol === 'query').map((s) => ({ s, m: s.model })),
    ...all.flatMap((s) =>
      s.model.metadata.protocol !== 'query' && s.legacyProtocol?.model.metadata.protocol === 'query'
        ? [{ s, m: s.legacyProtocol.model }]
        : [],
    ),
  ];
  return (
    query.find(({ m }) => m.metadata.apiVersion === version)?.s ??
    query.find(({ m }) => action !== undefined && m.operations[action] !== undefined)?.s
  );
}
