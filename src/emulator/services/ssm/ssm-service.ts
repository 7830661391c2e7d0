import model from '../../models/ssm.generated.json' with { type: 'json' };
import type { ServiceModel } from '../../protocols/model-types.js';
import { kmsKeyPolicies } from '../kms/kms-api.js';
import type { ServiceDefinition } from '../service-types.js';
import { addTagsToResource } from './operations/add-tags-to-resource.js';
import { deleteParameter } from './operations/delete-parameter.js';
import { deleteParameters } from './operations/delete-parameters.js';
import { describeParameters } from './operations/describe-parameters.js';
import { getParameterHistory } from './operations/get-parameter-history.js';
import { getParameter } from './operations/get-parameter.js';
import { getParametersByPath } from './operations/get-parameters-by-path.js';
import { getParameters } from './operations/get-parameters.js';
import { labelParameterVersion } from './operations/label-parameter-version.js';
import { listTagsForResource } from './operations/list-tags-for-resource.js';
import { putParameter } from './operations/put-parameter.js';
import { removeTagsFromResource } from './operations/remove-tags-from-resource.js';
import { unlabelParameterVersion } from './operations/unlabel-parameter-version.js';
import { SsmStore } from './ssm-store.js';

/**
 * AWS Systems Manager Parameter Store (awsJson 1.1, target prefix AmazonSSM). SecureStrings are
 * encrypted through the KMS store (kms-api), so they use real keys, aliases and key states.
 */
export const ssmService: ServiceDefinition<SsmStore> = {
  name: 'ssm',
  model: model as unknown as ServiceModel,
  createStore: (core) => new SsmStore(core),
  operations: [
    addTagsToResource,
    deleteParameter,
    deleteParameters,
    describeParameters,
    getParameter,
    getParameterHistory,
    getParameters,
    getParametersByPath,
    labelParameterVersion,
    listTagsForResource,
    putParameter,
    removeTagsFromResource,
    unlabelParameterVersion,
  ],
  // SSM has no resource policies of its own here; the kms:Decrypt/Encrypt checks it makes on
  // the caller's behalf are governed by the key's policy.
  resourcePolicies: (resourceArn, _store, core) => kmsKeyPolicies(core, resourceArn),
};
