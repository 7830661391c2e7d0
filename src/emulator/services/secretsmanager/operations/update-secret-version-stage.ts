import { defineOperation } from '../../service-types.js';
import { getSecret } from '../live-secret.js';
import { secretCheck } from '../secret-check.js';
import { secretsErrors } from '../secrets-errors.js';
import type { SecretsStore } from '../secrets-store.js';

interface Input {
  SecretId: string;
  VersionStage: string;
  RemoveFromVersionId?: string;
  MoveToVersionId?: string;
}

/** Moves a staging label; moving AWSCURRENT hands AWSPREVIOUS to the version that had it. */
export const updateSecretVersionStage = defineOperation<SecretsStore, Input, object>({
  name: 'UpdateSecretVersionStage',
  authorize: (input, ctx) => [
    secretCheck('secretsmanager:UpdateSecretVersionStage', input.SecretId, ctx, {
      'secretsmanager:VersionStage': input.VersionStage,
    }),
  ],
  handle(input, ctx) {
    const secret = getSecret(ctx, input.SecretId);
    const holder = [...secret.versions.values()].find((v) => v.stages.has(input.VersionStage));
    if (
      holder !== undefined &&
      input.MoveToVersionId !== undefined &&
      holder.versionId !== input.RemoveFromVersionId &&
      holder.versionId !== input.MoveToVersionId
    ) {
      throw secretsErrors.invalidParameter(
        `The staging label ${input.VersionStage} is currently attached to version ${holder.versionId}. You must specify this version ID in RemoveFromVersionId.`,
      );
    }
    const target =
      input.MoveToVersionId === undefined ? undefined : secret.versions.get(input.MoveToVersionId);
    if (input.MoveToVersionId !== undefined && target === undefined) throw secretsErrors.notFound();
    if (input.RemoveFromVersionId !== undefined)
      secret.versions.get(input.RemoveFromVersionId)?.stages.delete(input.VersionStage);
    if (target !== undefined) {
      if (input.VersionStage === 'AWSCURRENT' && holder !== undefined && holder !== target) {
        for (const v of secret.versions.values()) v.stages.delete('AWSPREVIOUS');
        holder.stages.add('AWSPREVIOUS');
      }
      target.stages.add(input.VersionStage);
    }
    secret.lastChangedAt = ctx.now;
    return { ARN: secret.arn, Name: secret.name };
  },
});
