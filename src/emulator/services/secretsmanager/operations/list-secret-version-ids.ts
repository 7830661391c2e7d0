import { defineOperation } from '../../service-types.js';
import { getSecret } from '../live-secret.js';
import { secretCheck } from '../secret-check.js';
import type { SecretsStore } from '../secrets-store.js';

interface Input {
  SecretId: string;
  IncludeDeprecated?: boolean;
}

export const listSecretVersionIds = defineOperation<SecretsStore, Input, object>({
  name: 'ListSecretVersionIds',
  authorize: (input, ctx) => [
    secretCheck('secretsmanager:ListSecretVersionIds', input.SecretId, ctx),
  ],
  handle(input, ctx) {
    const secret = getSecret(ctx, input.SecretId, true);
    const versions = [...secret.versions.values()].filter(
      (v) => input.IncludeDeprecated === true || v.stages.size > 0,
    );
    return {
      Versions: versions.map((v) => ({
        VersionId: v.versionId,
        VersionStages: [...v.stages],
        ...(v.lastAccessedAt !== undefined && { LastAccessedDate: v.lastAccessedAt }),
        CreatedDate: v.createdAt,
      })),
      ARN: secret.arn,
      Name: secret.name,
    };
  },
});
