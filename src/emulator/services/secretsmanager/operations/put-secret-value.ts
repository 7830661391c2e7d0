import { defineOperation } from '../../service-types.js';
import { addVersion } from '../add-version.js';
import { getSecret } from '../live-secret.js';
import { secretCheck } from '../secret-check.js';
import { secretsErrors } from '../secrets-errors.js';
import type { SecretsStore } from '../secrets-store.js';
import { kmsChecks } from '../secret-value.js';

interface Input {
  SecretId: string;
  ClientRequestToken?: string;
  SecretBinary?: Buffer;
  SecretString?: string;
  VersionStages?: string[];
}

/** secretsmanager:PutSecretValue: a new version, AWSCURRENT by default (the old one becomes AWSPREVIOUS). */
export const putSecretValue = defineOperation<SecretsStore, Input, object>({
  name: 'PutSecretValue',
  authorize(input, ctx) {
    const secret = ctx.store.find(ctx.region, input.SecretId, ctx.now);
    return [
      secretCheck('secretsmanager:PutSecretValue', input.SecretId, ctx),
      ...(secret !== undefined
        ? kmsChecks('kms:GenerateDataKey', secret.kmsKeyId, ctx, secret.arn)
        : []),
    ];
  },
  handle(input, ctx) {
    const secret = getSecret(ctx, input.SecretId);
    if (input.SecretString === undefined && input.SecretBinary === undefined) {
      throw secretsErrors.invalidRequest('You must provide either SecretString or SecretBinary.');
    }
    const version = addVersion(ctx.emulator, secret, input, ctx.now)!;
    return {
      ARN: secret.arn,
      Name: secret.name,
      VersionId: version.versionId,
      VersionStages: version.stages,
    };
  },
});
