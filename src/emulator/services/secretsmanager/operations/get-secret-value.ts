import { defineOperation } from '../../service-types.js';
import { getSecret } from '../live-secret.js';
import { secretCheck } from '../secret-check.js';
import { secretsErrors } from '../secrets-errors.js';
import { dayOf, type SecretsStore } from '../secrets-store.js';
import { kmsChecks, valueFields } from '../secret-value.js';

interface Input {
  SecretId: string;
  VersionId?: string;
  VersionStage?: string;
}

/**
 * secretsmanager:GetSecretValue on the secret's full ARN, with secretsmanager:VersionId /
 * VersionStage when the request names them (not when it relies on the AWSCURRENT default, as
 * on AWS); kms:Decrypt through Secrets Manager when the secret uses a customer-managed key.
 */
export const getSecretValue = defineOperation<SecretsStore, Input, object>({
  name: 'GetSecretValue',
  authorize(input, ctx) {
    const secret = ctx.store.find(ctx.region, input.SecretId, ctx.now);
    return [
      secretCheck('secretsmanager:GetSecretValue', input.SecretId, ctx, {
        ...(input.VersionId !== undefined && { 'secretsmanager:VersionId': input.VersionId }),
        ...(input.VersionStage !== undefined && {
          'secretsmanager:VersionStage': input.VersionStage,
        }),
      }),
      ...(secret !== undefined ? kmsChecks('kms:Decrypt', secret.kmsKeyId, ctx, secret.arn) : []),
    ];
  },
  handle(input, ctx) {
    const secret = getSecret(ctx, input.SecretId);
    let version;
    if (input.VersionId !== undefined) {
      version = secret.versions.get(input.VersionId);
      if (
        version === undefined ||
        (input.VersionStage !== undefined && !version.stages.has(input.VersionStage))
      ) {
        throw secretsErrors.valueNotFound(`VersionId: ${input.VersionId}`);
      }
    } else {
      const stage = input.VersionStage ?? 'AWSCURRENT';
      version = [...secret.versions.values()].find((v) => v.stages.has(stage));
      if (version === undefined) throw secretsErrors.valueNotFound(`staging label: ${stage}`);
    }
    secret.lastAccessedAt = dayOf(ctx.now);
    version.lastAccessedAt = dayOf(ctx.now);
    return {
      ARN: secret.arn,
      Name: secret.name,
      VersionId: version.versionId,
      ...valueFields(ctx.emulator, secret, version),
      VersionStages: [...version.stages],
      CreatedDate: version.createdAt,
    };
  },
});
