import type { AuthorizationCheck, OperationContext } from '../service-types.js';
import { resourceTagContext } from '../common/tag-context.js';
import { ssmErrors } from './ssm-errors.js';
import type { Parameter, SsmStore } from './ssm-store.js';

/** Tag calls: only ResourceType Parameter is emulated; ResourceId is the parameter's name. */
export function tagCheck(
  action: string,
  resourceType: string,
  resourceId: string,
  ctx: OperationContext<SsmStore>,
): AuthorizationCheck {
  if (resourceType !== 'Parameter') return { action, resource: '*' };
  const name = ctx.store.select(resourceId).name;
  return {
    action,
    resource: ctx.store.arn(ctx.region, name),
    context: resourceTagContext(ctx.store.parameters.get(name)?.tags),
  };
}

export function taggedParameter(
  resourceType: string,
  resourceId: string,
  store: SsmStore,
): Parameter {
  if (resourceType !== 'Parameter') throw ssmErrors.invalidResourceType(resourceType);
  const parameter = store.parameters.get(store.select(resourceId).name);
  if (parameter === undefined) throw ssmErrors.invalidResourceId();
  return parameter;
}
