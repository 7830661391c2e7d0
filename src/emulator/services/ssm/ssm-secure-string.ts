import { isAwsError } from '../../errors/aws-error.js';
import type { AuthorizationCheck, OperationContext } from '../service-types.js';
import { kmsDecrypt, kmsEncrypt, kmsStore, kmsViaServiceCheck } from '../kms/kms-api.js';
import { ssmErrors } from './ssm-errors.js';
import type { ParameterVersion, SsmStore } from './ssm-store.js';

/** SSM encrypts SecureStrings with this AWS-managed key unless the caller names one. */
export const DEFAULT_SSM_KEY = 'alias/aws/ssm';

/** SSM binds each SecureString ciphertext to its parameter, as AWS does. */
function encryptionContext(parameterArn: string): Record<string, string> {
  return { PARAMETER_ARN: parameterArn };
}

/**
 * The KMS check SSM makes on the caller's behalf (kms:Decrypt to read, kms:Encrypt to write a
 * SecureString), with kms:ViaService = ssm.REGION.amazonaws.com. None for AWS-managed keys:
 * their key policy lets every principal of the account use them through SSM, and the policy
 * engine (src/policy) only lets a key policy grant alone when it names the caller itself, so
 * checking them would deny what AWS allows.
 */
export function kmsCheckFor(
  action: 'kms:Decrypt' | 'kms:Encrypt',
  keyId: string,
  parameterArn: string,
  ctx: OperationContext<SsmStore>,
): AuthorizationCheck[] {
  const key = kmsStore(ctx.emulator).findKey(keyId, ctx.region);
  if (key?.keyManager === 'AWS') return [];
  return [
    kmsViaServiceCheck(ctx.emulator, {
      action,
      keyIdOrAlias: keyId,
      service: 'ssm',
      region: ctx.region,
      callerAccount: ctx.principal.accountId,
      encryptionContext: encryptionContext(parameterArn),
    }),
  ];
}

export function sealSecureString(
  value: string,
  keyId: string,
  parameterArn: string,
  ctx: OperationContext<SsmStore>,
): Buffer {
  try {
    return kmsEncrypt(
      ctx.emulator,
      keyId,
      Buffer.from(value, 'utf8'),
      encryptionContext(parameterArn),
      ctx.region,
    ).ciphertextBlob;
  } catch (error) {
    if (isAwsError(error) && error.code === 'NotFoundException')
      throw ssmErrors.invalidKeyId(error.message);
    throw error;
  }
}

/** The value SSM answers: decrypted on request, else the ciphertext as base64 (as AWS does). */
export function parameterValue(
  version: ParameterVersion,
  parameterArn: string,
  withDecryption: boolean | undefined,
  ctx: OperationContext<SsmStore>,
): string {
  if (version.type !== 'SecureString') return version.value ?? '';
  const blob = version.ciphertext!;
  if (withDecryption !== true) return blob.toString('base64');
  return kmsDecrypt(ctx.emulator, blob, encryptionContext(parameterArn), {
    region: ctx.region,
  }).plaintext.toString('utf8');
}
