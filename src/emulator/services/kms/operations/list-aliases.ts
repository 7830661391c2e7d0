import { defineOperation } from '../../service-types.js';
import type { KmsStore } from '../kms-store.js';
import { page } from '../kms-paging.js';

export const listAliases = defineOperation<
  KmsStore,
  { KeyId?: string; Limit?: number; Marker?: string },
  object
>({
  name: 'ListAliases',
  authorize: (_input, ctx) => [
    {
      action: 'kms:ListAliases',
      resource: '*',
      context: { 'kms:CallerAccount': ctx.principal.accountId },
    },
  ],
  handle: ({ KeyId, Limit, Marker }, { store, region }) => {
    const keyId = KeyId === undefined ? undefined : store.getKey(KeyId, region).keyId;
    const aliases = [...store.aliases.values()]
      .filter((a) => keyId === undefined || a.targetKeyId === keyId)
      .sort((a, b) => (a.aliasName < b.aliasName ? -1 : 1))
      .map((a) => ({
        AliasName: a.aliasName,
        AliasArn: a.arn,
        TargetKeyId: a.targetKeyId,
        CreationDate: a.creationDate,
        LastUpdatedDate: a.lastUpdatedDate,
      }));
    const { items, nextMarker } = page(aliases, Limit, Marker);
    return {
      Aliases: items,
      Truncated: nextMarker !== undefined,
      ...(nextMarker !== undefined && { NextMarker: nextMarker }),
    };
  },
});
