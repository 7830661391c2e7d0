import { defineOperation } from '../../service-types.js';
import { getSecret } from '../live-secret.js';
import { secretCheck } from '../secret-check.js';
import type { SecretsStore } from '../secrets-store.js';

interface Input {
  SecretId: string;
}

export const getResourcePolicy = defineOperation<SecretsStore, Input, object>({
  name: 'GetResourcePolicy',
  authorize: (input, ctx) => [secretCheck('secretsmanager:GetResourcePolicy', input.SecretId, ctx)],
  handle(input, ctx) {
    const secret = getSecret(ctx, input.SecretId, true);
    return {
      ARN: secret.arn,
      Name: secret.name,
      ...(secret.policy !== undefined && { ResourcePolicy: secret.policy.text }),
    };
  },
});
