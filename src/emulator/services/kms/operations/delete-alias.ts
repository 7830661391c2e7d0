import { defineOperation } from '../../service-types.js';
import { keyCheck } from '../kms-authz.js';
import { kmsErrors } from '../kms-errors.js';
import type { KmsStore } from '../kms-store.js';

// Like CreateAlias: the alias ARN and the key it points to are both checked.
export const deleteAlias = defineOperation<KmsStore, { AliasName: string }, object>({
  name: 'DeleteAlias',
  authorize: ({ AliasName }, ctx) => {
    const alias = ctx.store.aliases.get(AliasName);
    return [
      {
        action: 'kms:DeleteAlias',
        resource: ctx.store.aliasArn(ctx.region, AliasName),
        context: { 'kms:CallerAccount': ctx.principal.accountId },
      },
      ...(alias !== undefined ? [keyCheck('kms:DeleteAlias', alias.targetKeyId, ctx)] : []),
    ];
  },
  handle: ({ AliasName }, { store, region }) => {
    if (!AliasName.startsWith('alias/')) {
      throw kmsErrors.validation(
        'Alias must start with the prefix "alias/". Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html',
      );
    }
    if (AliasName.startsWith('alias/aws/')) throw kmsErrors.reservedAlias();
    if (!store.aliases.delete(AliasName))
      throw kmsErrors.aliasNotFound(store.aliasArn(region, AliasName));
    return {};
  },
});
