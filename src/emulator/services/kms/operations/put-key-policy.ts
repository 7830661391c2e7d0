import { defineOperation } from '../../service-types.js';
import { keyCheck } from '../kms-authz.js';
import { kmsErrors } from '../kms-errors.js';
import type { KmsStore } from '../kms-store.js';

// The new policy takes effect for the very next call: it is what the authorizer reads.
export const putKeyPolicy = defineOperation<
  KmsStore,
  { KeyId: string; Policy: string; PolicyName?: string },
  object
>({
  name: 'PutKeyPolicy',
  authorize: ({ KeyId }, ctx) => [keyCheck('kms:PutKeyPolicy', KeyId, ctx)],
  handle: ({ KeyId, Policy, PolicyName }, { store, region }) => {
    if (PolicyName !== undefined && PolicyName !== 'default') {
      throw kmsErrors.validation(
        `1 validation error detected: Value '${PolicyName}' at 'policyName' failed to satisfy constraint: Member must satisfy regular expression pattern: default`,
      );
    }
    const key = store.getKey(KeyId, region);
    if (key.keyManager === 'AWS')
      throw kmsErrors.unsupportedOperation(
        `${key.arn} is an AWS managed key; its key policy cannot be changed.`,
      );
    key.policy = store.compilePolicy(key.keyId, Policy);
    return {};
  },
});
