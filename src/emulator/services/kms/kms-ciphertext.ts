import type { AuthorizationCheck, OperationContext } from '../service-types.js';
import { cryptoContext, keyCheck } from './kms-authz.js';
import { blobKeyId, type EncryptionContext } from './kms-crypto.js';
import { kmsErrors } from './kms-errors.js';
import type { KmsStore } from './kms-store.js';

/**
 * The check for a call that reads a ciphertext (Decrypt, ReEncrypt's source). Without KeyId, AWS
 * finds the key in the ciphertext and authorizes against THAT key's ARN, so we do too; a blob
 * that names no key of ours cannot be authorized against anything and is InvalidCiphertext.
 */
export function ciphertextCheck(
  action: string,
  blob: Buffer,
  keyId: string | undefined,
  context: EncryptionContext | undefined,
  algorithm: string | undefined,
  ctx: OperationContext<KmsStore>,
): AuthorizationCheck {
  const extra = cryptoContext(context, algorithm);
  if (keyId !== undefined) return keyCheck(action, keyId, ctx, extra);
  const sealedBy = blobKeyId(blob);
  if (sealedBy === undefined || !ctx.store.keys.has(sealedBy)) throw kmsErrors.invalidCiphertext();
  return keyCheck(action, sealedBy, ctx, extra);
}

export function checkAlgorithm(algorithm: string | undefined): void {
  if (algorithm !== undefined && algorithm !== 'SYMMETRIC_DEFAULT') {
    throw kmsErrors.validation(
      `The iam-mutate emulator supports only the SYMMETRIC_DEFAULT encryption algorithm, not ${algorithm}`,
    );
  }
}

export function checkPlaintextSize(plaintext: Buffer): void {
  if (plaintext.length < 1 || plaintext.length > 4096) {
    throw kmsErrors.validation(
      `1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member must have length ${plaintext.length < 1 ? 'greater than or equal to 1' : 'less than or equal to 4096'}`,
    );
  }
}
