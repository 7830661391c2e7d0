import type { Tag } from '../../../identity/identity-store.js';
import { requestTagContext } from '../../common/tag-context.js';
import { defineOperation } from '../../service-types.js';
import { getSecret } from '../live-secret.js';
import { secretCheck } from '../secret-check.js';
import type { SecretsStore } from '../secrets-store.js';

interface Input {
  SecretId: string;
  Tags: Tag[];
}

export const tagResource = defineOperation<SecretsStore, Input, object>({
  name: 'TagResource',
  authorize: (input, ctx) => [
    secretCheck('secretsmanager:TagResource', input.SecretId, ctx, requestTagContext(input.Tags)),
  ],
  handle(input, ctx) {
    const secret = getSecret(ctx, input.SecretId);
    for (const tag of input.Tags) {
      const existing = secret.tags.find((t) => t.Key === tag.Key);
      if (existing !== undefined) existing.Value = tag.Value;
      else secret.tags.push({ Key: tag.Key, Value: tag.Value });
    }
    return {};
  },
});
