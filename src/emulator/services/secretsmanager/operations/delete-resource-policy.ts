import { defineOperation } from '../../service-types.js';
import { getSecret } from '../live-secret.js';
import { secretCheck } from '../secret-check.js';
import type { SecretsStore } from '../secrets-store.js';

interface Input {
  SecretId: string;
}

export const deleteResourcePolicy = defineOperation<SecretsStore, Input, object>({
  name: 'DeleteResourcePolicy',
  authorize: (input, ctx) => [
    secretCheck('secretsmanager:DeleteResourcePolicy', input.SecretId, ctx),
  ],
  handle(input, ctx) {
    const secret = getSecret(ctx, input.SecretId);
    delete secret.policy;
    return { ARN: secret.arn, Name: secret.name };
  },
});
