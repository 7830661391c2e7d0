import { defineOperation } from '../../service-types.js';
import type { KmsStore } from '../kms-store.js';
import { page } from '../kms-paging.js';

export const listKeys = defineOperation<KmsStore, { Limit?: number; Marker?: string }, object>({
  name: 'ListKeys',
  authorize: (_input, ctx) => [
    {
      action: 'kms:ListKeys',
      resource: '*',
      context: { 'kms:CallerAccount': ctx.principal.accountId },
    },
  ],
  handle: ({ Limit, Marker }, { store }) => {
    const keys = [...store.keys.values()].map((k) => ({ KeyId: k.keyId, KeyArn: k.arn }));
    const { items, nextMarker } = page(keys, Limit, Marker);
    return {
      Keys: items,
      Truncated: nextMarker !== undefined,
      ...(nextMarker !== undefined && { NextMarker: nextMarker }),
    };
  },
});
