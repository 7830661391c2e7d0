import type { ContextValue } from '../../policy/types.js';
import type { EmulatorCore, ServiceDefinition } from '../services/service-types.js';
import type { AuthorizationLog } from './authz-log.js';
import type { EnforcementMode } from './enforcement.js';
import type { PolicyEngine } from './policy-engine.js';
import { policyNameOf } from './principal-policies.js';

/** One service-to-service delivery (SNS to an SQS queue or a Lambda function). */
export interface ServiceDelivery {
  /** The delivering service's principal, e.g. `sns.amazonaws.com`. */
  servicePrincipal: string;
  /** The service that delivers (`sns`) and what it was doing (`Publish`), for the log. */
  service: string;
  operation: string;
  requestId: string;
  /** The target's service (`sqs`, `lambda`), whose resource policy decides. */
  targetService: string;
  action: string;
  resource: string;
  context: Record<string, ContextValue>;
}

/**
 * Decides a delivery by the target's resource policy alone, as AWS does for a service principal
 * (SNS needs the queue policy to allow sqs:SendMessage, the function policy to allow
 * lambda:InvokeFunction), and logs it like a call. True when the delivery may go on: allowed,
 * or enforcement `soft`/`off`. A denied delivery fails silently, as on AWS; the log shows it.
 */
export function authorizeDelivery(
  delivery: ServiceDelivery,
  deps: {
    core: EmulatorCore;
    services: ReadonlyMap<string, ServiceDefinition<unknown>>;
    engine: PolicyEngine;
    log: AuthorizationLog;
    mode: EnforcementMode;
  },
): boolean {
  if (deps.mode === 'off') return true;
  const target = deps.services.get(delivery.targetService);
  const resourcePolicies =
    target?.resourcePolicies?.(
      delivery.resource,
      deps.core.storeOf(delivery.targetService),
      deps.core,
    ) ?? [];
  const decision = deps.engine.evaluate(
    {
      principal: { arn: delivery.servicePrincipal, accountId: deps.core.accountId },
      action: delivery.action,
      resource: delivery.resource,
      context: delivery.context,
    },
    { identity: [], ...(resourcePolicies.length > 0 && { resource: resourcePolicies }) },
  );
  const denied = decision.decision !== 'allow';
  deps.log.append({
    time: new Date().toISOString(),
    requestId: delivery.requestId,
    service: delivery.service,
    operation: delivery.operation,
    principal: { arn: delivery.servicePrincipal, kind: 'service' },
    enforcement: deps.mode,
    action: delivery.action,
    resource: delivery.resource,
    context: delivery.context,
    decision: decision.decision,
    enforced: denied && deps.mode === 'strict',
    matched: decision.matched.map((m) => ({
      policyId: m.policyId,
      policyName: policyNameOf(m.policyId),
      policyKind: 'resource',
      index: m.index,
      ...(m.sid !== undefined && { sid: m.sid }),
    })),
    ...(denied && {
      reason: `because no resource-based policy allows the ${delivery.action} action`,
    }),
    ...(decision.unverifiable.length > 0 && { unverifiable: decision.unverifiable }),
  });
  return !denied || deps.mode !== 'strict';
}
