import { defineOperation } from '../../service-types.js';
import { getSecret } from '../live-secret.js';
import { secretCheck } from '../secret-check.js';
import { secretsErrors } from '../secrets-errors.js';
import type { SecretsStore } from '../secrets-store.js';

interface Input {
  SecretId: string;
  RecoveryWindowInDays?: number;
  ForceDeleteWithoutRecovery?: boolean;
}

/**
 * secretsmanager:DeleteSecret: schedules deletion after a 7-30 day recovery window (30 by
 * default); until then the secret answers InvalidRequestException and RestoreSecret brings it
 * back. ForceDeleteWithoutRecovery removes it at once.
 */
export const deleteSecret = defineOperation<SecretsStore, Input, object>({
  name: 'DeleteSecret',
  authorize: (input, ctx) => [
    secretCheck('secretsmanager:DeleteSecret', input.SecretId, ctx, {
      ...(input.RecoveryWindowInDays !== undefined && {
        'secretsmanager:RecoveryWindowInDays': input.RecoveryWindowInDays,
      }),
      ...(input.ForceDeleteWithoutRecovery !== undefined && {
        'secretsmanager:ForceDeleteWithoutRecovery': input.ForceDeleteWithoutRecovery,
      }),
    }),
  ],
  handle(input, ctx) {
    if (input.RecoveryWindowInDays !== undefined && input.ForceDeleteWithoutRecovery === true) {
      throw secretsErrors.invalidParameter(
        "You can't use ForceDeleteWithoutRecovery in conjunction with RecoveryWindowInDays.",
      );
    }
    const days = input.RecoveryWindowInDays ?? 30;
    if (days < 7 || days > 30) {
      throw secretsErrors.invalidParameter(
        'The RecoveryWindowInDays value must be between 7 and 30 days (inclusive).',
      );
    }
    const secret = getSecret(ctx, input.SecretId, true);
    if (input.ForceDeleteWithoutRecovery === true) {
      ctx.store.secrets.delete(secret.arn);
      return { ARN: secret.arn, Name: secret.name, DeletionDate: ctx.now };
    }
    if (secret.deletionDate !== undefined) throw secretsErrors.markedForDeletion();
    secret.deletedAt = ctx.now;
    secret.deletionDate = new Date(ctx.now.getTime() + days * 86_400_000);
    return { ARN: secret.arn, Name: secret.name, DeletionDate: secret.deletionDate };
  },
});
