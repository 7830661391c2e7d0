import { defineOperation } from '../../service-types.js';
import { keyCheck } from '../kms-authz.js';
import { kmsErrors } from '../kms-errors.js';
import type { KmsStore } from '../kms-store.js';
import { validateAliasName } from '../kms-alias-name.js';

interface Input {
  AliasName: string;
  TargetKeyId: string;
}

// AWS authorizes CreateAlias twice: on the alias ARN and on the key it will point to.
export const createAlias = defineOperation<KmsStore, Input, object>({
  name: 'CreateAlias',
  authorize: ({ AliasName, TargetKeyId }, ctx) => [
    {
      action: 'kms:CreateAlias',
      resource: ctx.store.aliasArn(ctx.region, AliasName),
      context: { 'kms:CallerAccount': ctx.principal.accountId },
    },
    keyCheck('kms:CreateAlias', TargetKeyId, ctx),
  ],
  handle: ({ AliasName, TargetKeyId }, { store, region, now }) => {
    validateAliasName(AliasName);
    if (store.reference(TargetKeyId, region).kind === 'alias')
      throw kmsErrors.validation('Aliases must refer to keys. Not aliases');
    const arn = store.aliasArn(region, AliasName);
    if (store.aliases.has(AliasName)) throw kmsErrors.aliasExists(arn);
    const key = store.getKey(TargetKeyId, region);
    store.aliases.set(AliasName, {
      aliasName: AliasName,
      arn,
      targetKeyId: key.keyId,
      creationDate: now,
      lastUpdatedDate: now,
    });
    return {};
  },
});
