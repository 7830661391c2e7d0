import { defineOperation } from '../../service-types.js';
import { getSecret } from '../live-secret.js';
import { secretCheck } from '../secret-check.js';
import type { SecretsStore } from '../secrets-store.js';

interface Input {
  SecretId: string;
}

/** secretsmanager:RestoreSecret cancels a scheduled deletion. */
export const restoreSecret = defineOperation<SecretsStore, Input, object>({
  name: 'RestoreSecret',
  authorize: (input, ctx) => [secretCheck('secretsmanager:RestoreSecret', input.SecretId, ctx)],
  handle(input, ctx) {
    const secret = getSecret(ctx, input.SecretId, true);
    delete secret.deletedAt;
    delete secret.deletionDate;
    return { ARN: secret.arn, Name: secret.name };
  },
});
