import { isAwsError } from '../../errors/aws-error.js';
import type { AuthorizationCheck, OperationContext } from '../service-types.js';
import { kmsDecrypt, kmsEncrypt, kmsViaServiceCheck } from '../kms/kms-api.js';
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
 * SecureString), with kms:ViaService = ssm.REGION.amazonaws.com, for customer and AWS-managed
 * keys alike: the `alias/aws/ssm` key's policy allows every principal of the account through
 * SSM (so no IAM grant is needed), and an explicit Deny on kms:Decrypt still applies, as in AWS.
 */
export function kmsCheckFor(
  action: 'kms:Decrypt' | 'kms:Encrypt',
  keyId: string,
  parameterArn: string,
  ctx: OperationContext<SsmStore>,
): AuthorizationCheck[] {
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
