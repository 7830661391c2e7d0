import { defineOperation } from '../../service-types.js';
import { keyCheck } from '../kms-authz.js';
import { kmsErrors } from '../kms-errors.js';
import type { KmsStore } from '../kms-store.js';

// AWS leaves a key whose deletion was cancelled Disabled.
export const cancelKeyDeletion = defineOperation<KmsStore, { KeyId: string }, object>({
  name: 'CancelKeyDeletion',
  authorize: ({ KeyId }, ctx) => [keyCheck('kms:CancelKeyDeletion', KeyId, ctx)],
  handle: ({ KeyId }, { store, region }) => {
    const key = store.getKey(KeyId, region);
    if (key.state !== 'PendingDeletion') throw kmsErrors.notPendingDeletion(key.arn);
    key.state = 'Disabled';
    delete key.deletionDate;
    delete key.pendingWindowInDays;
    return { KeyId: key.arn };
  },
});
