import type { EmulatorCore, ServiceDefinition } from './services/service-types.js';
import type { IdentityStore } from './identity/identity-store.js';
import type { PolicyEngine } from './authz/policy-engine.js';
import { authorizeDelivery, type ServiceDelivery } from './authz/authorize-delivery.js';
import type { AuthorizationLog } from './authz/authz-log.js';
import type { EnforcementMode } from './authz/enforcement.js';

/** Holds the account's identity store and each service's store, created on first use. */
export class EmulatorState implements EmulatorCore {
  private readonly stores = new Map<string, unknown>();
  constructor(
    readonly accountId: string,
    readonly region: string,
    readonly identity: IdentityStore,
    readonly policyEngine: PolicyEngine,
    private readonly services: ReadonlyMap<string, ServiceDefinition<unknown>>,
    private readonly authz?: { log: AuthorizationLog; mode: EnforcementMode },
  ) {}

  authorizeDelivery(delivery: ServiceDelivery): boolean {
    if (this.authz === undefined) return true;
    return authorizeDelivery(delivery, {
      core: this,
      services: this.services,
      engine: this.policyEngine,
      log: this.authz.log,
      mode: this.authz.mode,
    });
  }

  storeOf<T>(serviceName: string): T {
    if (!this.stores.has(serviceName)) {
      const service = this.services.get(serviceName);
      if (service === undefined) throw new Error(`no service named ${serviceName}`);
      this.stores.set(serviceName, service.createStore(this));
    }
    return this.stores.get(serviceName) as T;
  }

  /** Disposes every store created so far (worker processes, files), once, on stop. */
  async dispose(): Promise<void> {
    const created = [...this.stores.entries()];
    this.stores.clear();
    for (const [name, store] of created) await this.services.get(name)?.disposeStore?.(store);
  }
}
