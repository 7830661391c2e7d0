import { AwsError } from '../../errors/aws-error.js';
import model from '../../models/secretsmanager.generated.json' with { type: 'json' };
import type { ServiceModel } from '../../protocols/model-types.js';
import { kmsKeyPolicies } from '../kms/kms-api.js';
import {
  NO_RESOURCE_POLICIES,
  type DenialDetails,
  type ServiceDefinition,
} from '../service-types.js';
import { batchGetSecretValue } from './operations/batch-get-secret-value.js';
import { createSecret } from './operations/create-secret.js';
import { deleteResourcePolicy } from './operations/delete-resource-policy.js';
import { deleteSecret } from './operations/delete-secret.js';
import { describeSecret } from './operations/describe-secret.js';
import { getRandomPassword } from './operations/get-random-password.js';
import { getResourcePolicy } from './operations/get-resource-policy.js';
import { getSecretValue } from './operations/get-secret-value.js';
import { listSecretVersionIds } from './operations/list-secret-version-ids.js';
import { listSecrets } from './operations/list-secrets.js';
import { putResourcePolicy } from './operations/put-resource-policy.js';
import { putSecretValue } from './operations/put-secret-value.js';
import { restoreSecret } from './operations/restore-secret.js';
import { tagResource } from './operations/tag-resource.js';
import { untagResource } from './operations/untag-resource.js';
import { updateSecretVersionStage } from './operations/update-secret-version-stage.js';
import { updateSecret } from './operations/update-secret.js';
import { SecretsStore } from './secrets-store.js';

/**
 * AccessDeniedException (HTTP 400, awsJson). For actions without a resource (ListSecrets) AWS
 * leaves the `on resource:` clause out: `User: ARN is not authorized to perform:
 * secretsmanager:ListSecrets because no identity-based policy allows the ... action`.
 */
function secretsAccessDenied(details: DenialDetails): AwsError {
  const on = details.resource === '*' ? '' : ` on resource: ${details.resource}`;
  const reason = details.reason === '' ? '' : ` ${details.reason}`;
  return new AwsError(
    'AccessDeniedException',
    `User: ${details.principalArn} is not authorized to perform: ${details.action}${on}${reason}`,
    400,
  );
}

/** Secrets Manager (awsJson 1.1): secrets with versions and stages, deletion windows, resource policies. */
export const secretsManagerService: ServiceDefinition<SecretsStore> = {
  name: 'secretsmanager',
  model: model as unknown as ServiceModel,
  createStore: (core) => new SecretsStore(core.accountId),
  operations: [
    batchGetSecretValue,
    createSecret,
    deleteResourcePolicy,
    deleteSecret,
    describeSecret,
    getRandomPassword,
    getResourcePolicy,
    getSecretValue,
    listSecretVersionIds,
    listSecrets,
    putResourcePolicy,
    putSecretValue,
    restoreSecret,
    tagResource,
    untagResource,
    updateSecret,
    updateSecretVersionStage,
  ],
  resourcePolicies(resourceArn, store, core) {
    if (/^arn:aws[a-z-]*:kms:/.test(resourceArn)) {
      try {
        return kmsKeyPolicies(core, resourceArn);
      } catch {
        return NO_RESOURCE_POLICIES;
      }
    }
    const policy = store.secrets.get(resourceArn)?.policy;
    return policy === undefined ? NO_RESOURCE_POLICIES : [policy.compiled];
  },
  accessDenied: secretsAccessDenied,
};
