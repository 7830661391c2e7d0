import { AwsError } from '../../errors/aws-error.js';
import { kmsDecrypt, kmsEncrypt, kmsViaServiceCheck } from '../kms/kms-api.js';
import type { AuthorizationCheck, EmulatorCore, OperationContext } from '../service-types.js';
import type { Secret, SecretsStore, SecretVersion } from './secrets-store.js';

/** The key Secrets Manager uses when a secret names none. */
export const DEFAULT_KEY = 'alias/aws/secretsmanager';

function usesCustomerKey(kmsKeyId: string | undefined): kmsKeyId is string {
  return (
    kmsKeyId !== undefined &&
    kmsKeyId !== DEFAULT_KEY &&
    !kmsKeyId.endsWith(':alias/aws/secretsmanager')
  );
}

function kmsAvailable(core: EmulatorCore): boolean {
  try {
    core.storeOf('kms');
    return true;
  } catch {
    return false;
  }
}

/**
 * With a customer-managed key the caller also needs KMS permissions through Secrets Manager
 * (kms:GenerateDataKey to store a value, kms:Decrypt to read it, with kms:ViaService); the
 * AWS-managed key's policy allows any principal of the account through Secrets Manager.
 */
export function kmsChecks(
  action: 'kms:Decrypt' | 'kms:GenerateDataKey',
  kmsKeyId: string | undefined,
  ctx: OperationContext<SecretsStore>,
  secretArn: string | undefined,
): AuthorizationCheck[] {
  if (!usesCustomerKey(kmsKeyId) || !kmsAvailable(ctx.emulator)) return [];
  return [
    kmsViaServiceCheck(ctx.emulator, {
      action,
      keyIdOrAlias: kmsKeyId,
      service: 'secretsmanager',
      region: ctx.region,
      callerAccount: ctx.accountId,
      ...(secretArn !== undefined && { encryptionContext: { SecretARN: secretArn } }),
    }),
  ];
}

/** Seals a value under the secret's key; KMS errors become EncryptionFailure, as AWS reports them. */
export function sealValue(
  core: EmulatorCore,
  secret: Secret,
  value: Buffer,
): { sealed: Buffer; encrypted: boolean } {
  if (!kmsAvailable(core)) return { sealed: value, encrypted: false };
  try {
    const result = kmsEncrypt(
      core,
      secret.kmsKeyId ?? DEFAULT_KEY,
      value,
      { SecretARN: secret.arn },
      secret.region,
    );
    return { sealed: result.ciphertextBlob, encrypted: true };
  } catch (error) {
    if (error instanceof AwsError)
      throw new AwsError(
        'EncryptionFailure',
        `Access to KMS is not allowed: ${error.message}`,
        400,
      );
    throw error;
  }
}

export function unsealValue(core: EmulatorCore, secret: Secret, version: SecretVersion): Buffer {
  if (!version.encrypted) return version.sealed;
  try {
    return kmsDecrypt(core, version.sealed, { SecretARN: secret.arn }).plaintext;
  } catch (error) {
    if (error instanceof AwsError)
      throw new AwsError(
        'DecryptionFailure',
        `Access to KMS is not allowed: ${error.message}`,
        400,
      );
    throw error;
  }
}

/** The value fields of a response: SecretString or SecretBinary. */
export function valueFields(
  core: EmulatorCore,
  secret: Secret,
  version: SecretVersion,
): Record<string, unknown> {
  const value = unsealValue(core, secret, version);
  return version.kind === 'string'
    ? { SecretString: value.toString('utf8') }
    : { SecretBinary: value };
}
