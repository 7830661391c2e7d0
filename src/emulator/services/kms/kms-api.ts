import { randomBytes } from 'node:crypto';
import type { CompiledPolicy, ContextValue } from '../../../policy/types.js';
import type { AuthorizationCheck, EmulatorCore } from '../service-types.js';
import { encryptionContextKeys } from './kms-authz.js';
import { blobKeyId, openBlob, sealBlob, type EncryptionContext } from './kms-crypto.js';
import { kmsErrors } from './kms-errors.js';
import { assertEncryptionKey, assertUsable, type KmsStore } from './kms-store.js';

/**
 * The KMS store as other services use it (SSM SecureString, Secrets Manager, S3 SSE): the same
 * keys, aliases, key states and ciphertext format as the KMS API itself, so a value encrypted
 * by SSM decrypts with kms:Decrypt and the other way round. Errors are KMS's (NotFound,
 * Disabled, InvalidCiphertext); a service may rethrow them in its own terms.
 *
 * Key references accept everything a KeyId accepts: key id, key ARN, `alias/NAME`, alias ARN;
 * `alias/aws/<service>` names the AWS-managed key, created on first use.
 */
export interface KmsEncryptResult {
  ciphertextBlob: Buffer;
  keyId: string;
  keyArn: string;
}

export interface KmsDecryptResult {
  plaintext: Buffer;
  keyId: string;
  keyArn: string;
}

export function kmsStore(core: EmulatorCore): KmsStore {
  return core.storeOf<KmsStore>('kms');
}

export function kmsEncrypt(
  core: EmulatorCore,
  keyIdOrAlias: string,
  plaintext: Uint8Array,
  context?: EncryptionContext,
  region: string = core.region,
): KmsEncryptResult {
  const key = kmsStore(core).usableKey(keyIdOrAlias, region);
  assertEncryptionKey(key);
  return {
    ciphertextBlob: sealBlob(key.keyId, key.material, Buffer.from(plaintext), context),
    keyId: key.keyId,
    keyArn: key.arn,
  };
}

/** Decrypts a blob with the key that sealed it; `keyIdOrAlias`, when given, must name that key. */
export function kmsDecrypt(
  core: EmulatorCore,
  ciphertextBlob: Uint8Array,
  context?: EncryptionContext,
  options: { keyIdOrAlias?: string; region?: string } = {},
): KmsDecryptResult {
  const store = kmsStore(core);
  const keyId = blobKeyId(ciphertextBlob);
  const key = keyId === undefined ? undefined : store.keys.get(keyId);
  if (key === undefined) throw kmsErrors.invalidCiphertext();
  if (options.keyIdOrAlias !== undefined) {
    const named = store.getKey(options.keyIdOrAlias, options.region ?? core.region);
    if (named.keyId !== key.keyId) throw kmsErrors.incorrectKey();
  }
  assertUsable(key);
  return {
    plaintext: openBlob(key.material, ciphertextBlob, context),
    keyId: key.keyId,
    keyArn: key.arn,
  };
}

export function kmsGenerateDataKey(
  core: EmulatorCore,
  keyIdOrAlias: string,
  numberOfBytes = 32,
  context?: EncryptionContext,
  region: string = core.region,
): KmsEncryptResult & { plaintext: Buffer } {
  const plaintext = randomBytes(numberOfBytes);
  return { ...kmsEncrypt(core, keyIdOrAlias, plaintext, context, region), plaintext };
}

/**
 * The ARN an authorization check on this key reference must name: the key's ARN when it
 * resolves (aliases included), else the reference as an ARN (the call then fails NotFound).
 */
export function kmsKeyArn(
  core: EmulatorCore,
  keyIdOrAlias: string,
  region: string = core.region,
): string {
  const store = kmsStore(core);
  return store.findKey(keyIdOrAlias, region)?.arn ?? store.reference(keyIdOrAlias, region).arn;
}

/** The ARN of the key that sealed a ciphertext blob, or undefined when it is not one of ours. */
export function kmsCiphertextKeyArn(
  core: EmulatorCore,
  ciphertextBlob: Uint8Array,
): string | undefined {
  const keyId = blobKeyId(ciphertextBlob);
  return keyId === undefined ? undefined : kmsStore(core).keys.get(keyId)?.arn;
}

/**
 * The KMS check a service makes on the caller's behalf (SSM decrypting a SecureString): the
 * caller must be allowed the KMS action on the key, with kms:ViaService naming the service.
 * Put it in the calling operation's authorize(), and let that service's resourcePolicies hook
 * return kmsKeyPolicies() for KMS ARNs so the key policy takes part.
 */
export function kmsViaServiceCheck(
  core: EmulatorCore,
  params: {
    action:
      | 'kms:Decrypt'
      | 'kms:Encrypt'
      | 'kms:GenerateDataKey'
      | 'kms:ReEncryptFrom'
      | 'kms:ReEncryptTo';
    keyIdOrAlias: string;
    /** Endpoint prefix of the calling service: `ssm`, `secretsmanager`, `s3`. */
    service: string;
    region: string;
    callerAccount: string;
    encryptionContext?: EncryptionContext;
  },
): AuthorizationCheck {
  const context: Record<string, ContextValue> = {
    'kms:ViaService': `${params.service}.${params.region}.amazonaws.com`,
    'kms:CallerAccount': params.callerAccount,
    'kms:EncryptionAlgorithm': 'SYMMETRIC_DEFAULT',
    ...encryptionContextKeys(params.encryptionContext),
  };
  return {
    action: params.action,
    resource: kmsKeyArn(core, params.keyIdOrAlias, params.region),
    context,
  };
}

/** Key policies governing a resource ARN (empty unless it is a key ARN of this emulator). */
export function kmsKeyPolicies(core: EmulatorCore, resourceArn: string): readonly CompiledPolicy[] {
  if (!/^arn:aws[a-z-]*:kms:/.test(resourceArn)) return [];
  return kmsStore(core).keyPolicies(resourceArn);
}

export type { EncryptionContext } from './kms-crypto.js';
