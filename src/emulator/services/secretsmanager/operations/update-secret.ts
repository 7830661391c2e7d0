import { defineOperation } from '../../service-types.js';
import { addVersion } from '../add-version.js';
import { getSecret } from '../live-secret.js';
import { secretCheck } from '../secret-check.js';
import type { SecretsStore } from '../secrets-store.js';
import { kmsChecks } from '../secret-value.js';

interface Input {
  SecretId: string;
  ClientRequestToken?: string;
  Description?: string;
  KmsKeyId?: string;
  SecretBinary?: Buffer;
  SecretString?: string;
}

/** secretsmanager:UpdateSecret: description, key, and optionally a new AWSCURRENT value. */
export const updateSecret = defineOperation<SecretsStore, Input, object>({
  name: 'UpdateSecret',
  authorize(input, ctx) {
    const secret = ctx.store.find(ctx.region, input.SecretId, ctx.now);
    const newValue = input.SecretString !== undefined || input.SecretBinary !== undefined;
    return [
      secretCheck('secretsmanager:UpdateSecret', input.SecretId, ctx, {
        ...(input.Description !== undefined && { 'secretsmanager:Description': input.Description }),
        ...(input.KmsKeyId !== undefined && { 'secretsmanager:KmsKeyId': input.KmsKeyId }),
      }),
      ...(newValue && secret !== undefined
        ? kmsChecks('kms:GenerateDataKey', input.KmsKeyId ?? secret.kmsKeyId, ctx, secret.arn)
        : []),
    ];
  },
  handle(input, ctx) {
    const secret = getSecret(ctx, input.SecretId);
    if (input.Description !== undefined) secret.description = input.Description;
    if (input.KmsKeyId !== undefined) secret.kmsKeyId = input.KmsKeyId;
    const version = addVersion(ctx.emulator, secret, input, ctx.now);
    secret.lastChangedAt = ctx.now;
    return {
      ARN: secret.arn,
      Name: secret.name,
      ...(version !== undefined && { VersionId: version.versionId }),
    };
  },
});
