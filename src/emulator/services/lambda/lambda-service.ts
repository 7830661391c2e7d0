import model from '../../models/lambda.generated.json' with { type: 'json' };
import type { ServiceModel } from '../../protocols/model-types.js';
import { NO_RESOURCE_POLICIES, type ServiceDefinition } from '../service-types.js';
import { LambdaStore, parseFunctionName } from './lambda-store.js';
import { createFunction } from './operations/create-function.js';
import { deleteFunction } from './operations/delete-function.js';
import { getFunction, getFunctionConfiguration } from './operations/get-function.js';
import { invoke } from './operations/invoke.js';
import { listFunctions } from './operations/list-functions.js';
import { addPermission, getPolicy, removePermission } from './operations/permissions.js';
import { updateFunctionCode, updateFunctionConfiguration } from './operations/update-function.js';

/**
 * Lambda (rest-json): functions whose code runs as local processes in warm workers
 * (src/emulator/lambda/runtime), each invocation with the execution role's own session.
 */
export const lambdaService: ServiceDefinition<LambdaStore> = {
  name: 'lambda',
  model: model as unknown as ServiceModel,
  createStore: (core) => new LambdaStore(core),
  disposeStore: (store) => store.dispose(),
  operations: [
    createFunction,
    getFunction,
    getFunctionConfiguration,
    listFunctions,
    deleteFunction,
    updateFunctionCode,
    updateFunctionConfiguration,
    invoke,
    addPermission,
    getPolicy,
    removePermission,
  ],
  // The function policy (AddPermission) is the resource policy of calls on the function.
  resourcePolicies(resourceArn, store, core) {
    const name = parseFunctionName(resourceArn).name;
    const document = store.functions.get(name)?.policyDocument;
    return document === undefined
      ? NO_RESOURCE_POLICIES
      : [core.identity.compiledAs(document, 'resource')];
  },
};
