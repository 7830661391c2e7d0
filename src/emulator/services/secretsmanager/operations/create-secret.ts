import type { Tag } from '../../../identity/identity-store.js';
import { requestTagContext } from '../../common/tag-context.js';
import { defineOperation } from '../../service-types.js';
import { addVersion } from '../add-version.js';
import { secretsErrors } from '../secrets-errors.js';
import type { Secret, SecretsStore } from '../secrets-store.js';
import { kmsChecks } from '../secret-value.js';

interface Input {
  Name: string;
  ClientRequestToken?: string;
  Description?: string;
  KmsKeyId?: string;
  SecretBinary?: Buffer;
  SecretString?: string;
  Tags?: Tag[];
}

const NAME = /^[A-Za-z0-9/_+=.@-]{1,512}$/;

/**
 * secretsmanager:CreateSecret on `arn:...:secret:NAME-*`-style ARN of the new secret (the suffix
 * is drawn here, so the check names the ARN the secret will have), with
 * secretsmanager:Name, Description, KmsKeyId and request tags; a customer-managed key also
 * needs kms:GenerateDataKey through Secrets Manager.
 */
export const createSecret = defineOperation<SecretsStore, Input, object>({
  name: 'CreateSecret',
  authorize(input, ctx) {
    const arn = pendingArn(ctx.store, ctx.region, input.Name, ctx.requestId);
    return [
      {
        action: 'secretsmanager:CreateSecret',
        resource: arn,
        context: {
          'secretsmanager:Name': input.Name,
          ...(input.Description !== undefined && {
            'secretsmanager:Description': input.Description,
          }),
          ...(input.KmsKeyId !== undefined && { 'secretsmanager:KmsKeyId': input.KmsKeyId }),
          ...requestTagContext(input.Tags),
        },
      },
      ...(input.SecretString !== undefined || input.SecretBinary !== undefined
        ? kmsChecks('kms:GenerateDataKey', input.KmsKeyId, ctx, arn)
        : []),
    ];
  },
  handle(input, { store, region, now, emulator, requestId }) {
    if (!NAME.test(input.Name)) {
      throw secretsErrors.invalidParameter(
        'Invalid name. Must be a valid name containing alphanumeric characters, or any of the following: -/_+=.@!',
      );
    }
    const existing = store.byName(region, input.Name);
    if (existing !== undefined) {
      if (existing.deletionDate !== undefined) {
        throw secretsErrors.invalidRequest(
          "You can't create this secret because a secret with this name is already scheduled for deletion.",
        );
      }
      // A retry (the SDKs fill ClientRequestToken and reuse it when they retry) answers the
      // first call's result; another value under the same token is refused by addVersion.
      // Secrets Manager API Reference, CreateSecret, ClientRequestToken.
      const token = input.ClientRequestToken;
      if (token !== undefined && existing.versions.has(token)) {
        const version = addVersion(emulator, existing, input, now);
        return {
          ARN: existing.arn,
          Name: existing.name,
          ...(version !== undefined && { VersionId: version.versionId }),
        };
      }
      throw secretsErrors.exists(input.Name);
    }
    const secret: Secret = {
      arn: pendingArn(store, region, input.Name, requestId),
      name: input.Name,
      region,
      ...(input.Description !== undefined && { description: input.Description }),
      ...(input.KmsKeyId !== undefined && { kmsKeyId: input.KmsKeyId }),
      tags: input.Tags ?? [],
      versions: new Map(),
      createdAt: now,
      lastChangedAt: now,
    };
    const version = addVersion(emulator, secret, input, now);
    store.secrets.set(secret.arn, secret);
    pending.delete(requestId);
    return {
      ARN: secret.arn,
      Name: secret.name,
      ...(version !== undefined && { VersionId: version.versionId }),
    };
  },
});

// The ARN drawn for a CreateSecret request, shared by its authorize() and handle().
const pending = new Map<string, string>();
function pendingArn(store: SecretsStore, region: string, name: string, requestId: string): string {
  let arn = pending.get(requestId);
  if (arn === undefined) {
    arn = store.newArn(region, name);
    pending.set(requestId, arn);
    if (pending.size > 1000) pending.delete(pending.keys().next().value!);
  }
  return arn;
}
