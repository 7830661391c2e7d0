import type { ServiceDefinition } from './service-types.js';

/**
 * Every service the emulator serves. Adding a service: create services/<name>/ (see
 * src/emulator/README.md) and add its definition here — the one place services are registered.
 */
export const allServices: ReadonlyArray<ServiceDefinition<unknown>> = [];
