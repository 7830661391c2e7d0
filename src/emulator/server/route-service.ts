import type { ServiceDefinition } from '../services/service-types.js';
import type { EmulatorRequest } from './emulator-request.js';
import { firstQueryValue } from './emulator-request.js';

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
