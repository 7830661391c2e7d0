import { defineOperation } from '../../service-types.js';
import { secretCheck } from '../secret-check.js';
import { matchesFilter } from '../secret-filters.js';
import { dayOf, type Secret, type SecretsStore } from '../secrets-store.js';
import { secretsErrors } from '../secrets-errors.js';
import { kmsChecks, valueFields } from '../secret-value.js';

interface Input {
  SecretIdList?: string[];
  Filters?: Array<{ Key: string; Values: string[] }>;
  MaxResults?: number;
  NextToken?: string;
}

/**
 * secretsmanager:BatchGetSecretValue on `*`, then, as on AWS, secretsmanager:GetSecretValue on
 * each secret (and kms:Decrypt for customer keys): a secret the caller may not read becomes an
 * Errors entry, the others are returned.
 */
export const batchGetSecretValue = defineOperation<SecretsStore, Input, object>({
  name: 'BatchGetSecretValue',
  authorize: () => [{ action: 'secretsmanager:BatchGetSecretValue', resource: '*' }],
  handle(input, ctx) {
    if ((input.SecretIdList === undefined) === (input.Filters === undefined)) {
      throw secretsErrors.invalidParameter(
        'Either SecretIdList or Filters must be provided, but not both.',
      );
    }
    if (input.SecretIdList !== undefined && input.SecretIdList.length > 20) {
      throw secretsErrors.invalidParameter('SecretIdList can contain at most 20 secret ids.');
    }
    const errors: object[] = [];
    const targets: Array<{ id: string; secret: Secret }> = [];
    if (input.SecretIdList !== undefined) {
      for (const id of input.SecretIdList) {
        const secret = ctx.store.find(ctx.region, id, ctx.now);
        if (secret === undefined || secret.deletionDate !== undefined) {
          const error =
            secret === undefined ? secretsErrors.notFound() : secretsErrors.markedForDeletion();
          errors.push({ SecretId: id, ErrorCode: error.code, Message: error.message });
        } else {
          targets.push({ id, secret });
        }
      }
    } else {
      let secrets = [...ctx.store.secrets.values()].filter(
        (s) => s.region === ctx.region && s.deletionDate === undefined,
      );
      for (const filter of input.Filters ?? [])
        secrets = secrets.filter((s) => matchesFilter(s, filter));
      for (const secret of secrets) targets.push({ id: secret.arn, secret });
    }
    const values: object[] = [];
    for (const { id, secret } of targets) {
      const allowed = [
        secretCheck('secretsmanager:GetSecretValue', id, ctx),
        ...kmsChecks('kms:Decrypt', secret.kmsKeyId, ctx, secret.arn),
      ].every((check) => ctx.authorizeItem(check));
      if (!allowed) {
        errors.push({
          SecretId: id,
          ErrorCode: 'AccessDeniedException',
          Message: 'User is not authorized to perform secretsmanager:GetSecretValue',
        });
        continue;
      }
      const version = [...secret.versions.values()].find((v) => v.stages.has('AWSCURRENT'));
      if (version === undefined) {
        const error = secretsErrors.valueNotFound('staging label: AWSCURRENT');
        errors.push({ SecretId: id, ErrorCode: error.code, Message: error.message });
        continue;
      }
      secret.lastAccessedAt = dayOf(ctx.now);
      values.push({
        ARN: secret.arn,
        Name: secret.name,
        VersionId: version.versionId,
        ...valueFields(ctx.emulator, secret, version),
        VersionStages: [...version.stages],
        CreatedDate: version.createdAt,
      });
    }
    return { SecretValues: values, Errors: errors };
  },
});
