import { defineOperation } from '../../service-types.js';
import { getSecret } from '../live-secret.js';
import { secretCheck } from '../secret-check.js';
import type { SecretsStore } from '../secrets-store.js';

interface Input {
  SecretId: string;
  TagKeys: string[];
}

export const untagResource = defineOperation<SecretsStore, Input, object>({
  name: 'UntagResource',
  authorize: (input, ctx) => [
    secretCheck('secretsmanager:UntagResource', input.SecretId, ctx, {
      'aws:TagKeys': input.TagKeys,
    }),
  ],
  handle(input, ctx) {
    const secret = getSecret(ctx, input.SecretId);
    secret.tags = secret.tags.filter((t) => !input.TagKeys.includes(t.Key));
    return {};
  },
});
