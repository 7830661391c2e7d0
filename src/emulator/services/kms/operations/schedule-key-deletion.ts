import { defineOperation } from '../../service-types.js';
import { keyCheck } from '../kms-authz.js';
import { kmsErrors } from '../kms-errors.js';
import { changeableKey } from '../kms-key-state.js';
import type { KmsStore } from '../kms-store.js';

// Keys are never actually destroyed: a scheduled key stays PendingDeletion (CancelKeyDeletion works).
export const scheduleKeyDeletion = defineOperation<
  KmsStore,
  { KeyId: string; PendingWindowInDays?: number },
  object
>({
  name: 'ScheduleKeyDeletion',
  authorize: ({ KeyId }, ctx) => [keyCheck('kms:ScheduleKeyDeletion', KeyId, ctx)],
  handle: ({ KeyId, PendingWindowInDays }, ctx) => {
    const days = PendingWindowInDays ?? 30;
    if (!Number.isInteger(days) || days < 7 || days > 30) {
      throw kmsErrors.validation(
        `1 validation error detected: Value '${days}' at 'pendingWindowInDays' failed to satisfy constraint: Member must have value ${days < 7 ? 'greater than or equal to 7' : 'less than or equal to 30'}`,
      );
    }
    const key = changeableKey(KeyId, ctx);
    key.state = 'PendingDeletion';
    key.pendingWindowInDays = days;
    key.deletionDate = new Date(ctx.now.getTime() + days * 86_400_000);
    return {
      KeyId: key.arn,
      DeletionDate: key.deletionDate,
      KeyState: key.state,
      PendingWindowInDays: days,
    };
  },
});
