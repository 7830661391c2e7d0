import { AwsError } from '../../errors/aws-error.js';
import type { IdentityStore } from '../../identity/identity-store.js';
import model from '../../models/sts.generated.json' with { type: 'json' };
import type { ServiceModel } from '../../protocols/model-types.js';
import type { ServiceDefinition } from '../service-types.js';
import { assumeRole } from './operations/assume-role.js';
import { getCallerIdentity } from './operations/get-caller-identity.js';
import { getSessionToken } from './operations/get-session-token.js';

/** STS (query protocol) over the identity store: sessions for AssumeRole and GetSessionToken. */
export const stsService: ServiceDefinition<IdentityStore> = {
  name: 'sts',
  model: model as unknown as ServiceModel,
  createStore: (core) => core.identity,
  operations: [assumeRole, getCallerIdentity, getSessionToken],
  // The role's trust policy is the resource policy of sts:AssumeRole.
  resourcePolicies(resourceArn, store) {
    const role = store.roleByArn(resourceArn);
    return role === undefined ? [] : [store.compiledAs(role.trust, 'resource')];
  },
  // AWS's AssumeRole denial has no "because ..." clause.
  accessDenied: ({ principalArn, action, resource }) =>
    new AwsError(
      'AccessDenied',
      `User: ${principalArn} is not authorized to perform: ${action} on resource: ${resource}`,
      403,
    ),
};
