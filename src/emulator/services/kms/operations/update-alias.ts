import { defineOperation } from '../../service-types.js';
import { keyCheck } from '../kms-authz.js';
import { kmsErrors } from '../kms-errors.js';
import type { KmsStore } from '../kms-store.js';

interface Input {
  AliasName: string;
  TargetKeyId: string;
}

// Checked on the alias, the key it points to now, and the key it will point to.
export const updateAlias = defineOperation<KmsStore, Input, object>({
  name: 'UpdateAlias',
  authorize: ({ AliasName, TargetKeyId }, ctx) => {
    const current = ctx.store.aliases.get(AliasName);
    return [
      {
        action: 'kms:UpdateAlias',
        resource: ctx.store.aliasArn(ctx.region, AliasName),
        context: { 'kms:CallerAccount': ctx.principal.accountId },
      },
      ...(current !== undefined ? [keyCheck('kms:UpdateAlias', current.targetKeyId, ctx)] : []),
      keyCheck('kms:UpdateAlias', TargetKeyId, ctx),
    ];
  },
  handle: ({ AliasName, TargetKeyId }, { store, region, now }) => {
    const alias = store.aliases.get(AliasName);
    if (alias === undefined) throw kmsErrors.aliasNotFound(store.aliasArn(region, AliasName));
    if (AliasName.startsWith('alias/aws/')) throw kmsErrors.reservedAlias();
    if (store.reference(TargetKeyId, region).kind === 'alias')
      throw kmsErrors.validation('Aliases must refer to keys. Not aliases');
    alias.targetKeyId = store.getKey(TargetKeyId, region).keyId;
    alias.lastUpdatedDate = now;
    return {};
  },
});
