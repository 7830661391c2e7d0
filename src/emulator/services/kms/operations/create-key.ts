import type { Tag } from '../../../identity/identity-store.js';
import { requestTagContext } from '../../common/tag-context.js';
import { defineOperation } from '../../service-types.js';
import { kmsErrors } from '../kms-errors.js';
import { MAC_SPECS } from '../kms-mac.js';
import { SIGNING_SPECS } from '../kms-signing.js';
import { keyMetadata, type KmsStore } from '../kms-store.js';

interface Input {
  Policy?: string;
  Description?: string;
  KeyUsage?: string;
  KeySpec?: string;
  CustomerMasterKeySpec?: string;
  Origin?: string;
  Tags?: { TagKey: string; TagValue: string }[];
}

// Symmetric keys (Encrypt/Decrypt), RSA/ECC signing keys (Sign/Verify) and HMAC keys, origin AWS_KMS.
/** The enum values of API_CreateKey (KeySpec, KeyUsage, Origin). */
const KEY_SPECS: readonly string[] = [
  'RSA_2048',
  'RSA_3072',
  'RSA_4096',
  'ECC_NIST_P256',
  'ECC_NIST_P384',
  'ECC_NIST_P521',
  'ECC_SECG_P256K1',
  'SYMMETRIC_DEFAULT',
  'HMAC_224',
  'HMAC_256',
  'HMAC_384',
  'HMAC_512',
  'SM2',
  'ML_DSA_44',
  'ML_DSA_65',
  'ML_DSA_87',
  'ECC_NIST_EDWARDS25519',
];
const KEY_USAGES: readonly string[] = [
  'SIGN_VERIFY',
  'ENCRYPT_DECRYPT',
  'GENERATE_VERIFY_MAC',
  'KEY_AGREEMENT',
];
const ORIGINS: readonly string[] = ['AWS_KMS', 'EXTERNAL', 'AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE'];

export const createKey = defineOperation<KmsStore, Input, object>({
  name: 'CreateKey',
  authorize: (input, ctx) => [
    {
      action: 'kms:CreateKey',
      resource: '*',
      context: {
        'kms:CallerAccount': ctx.principal.accountId,
        'kms:KeySpec': input.KeySpec ?? input.CustomerMasterKeySpec ?? 'SYMMETRIC_DEFAULT',
        'kms:KeyUsage': input.KeyUsage ?? 'ENCRYPT_DECRYPT',
        'kms:KeyOrigin': input.Origin ?? 'AWS_KMS',
        ...requestTagContext(input.Tags?.map((t) => ({ Key: t.TagKey, Value: t.TagValue }))),
      },
    },
  ],
  handle: (input, ctx) => {
    // API_CreateKey's enums and lengths, checked before what the emulator supports.
    if (input.KeySpec !== undefined && !KEY_SPECS.includes(input.KeySpec))
      throw kmsErrors.notInEnum(input.KeySpec, 'keySpec', KEY_SPECS);
    if (
      input.CustomerMasterKeySpec !== undefined &&
      !KEY_SPECS.includes(input.CustomerMasterKeySpec)
    )
      throw kmsErrors.notInEnum(input.CustomerMasterKeySpec, 'customerMasterKeySpec', KEY_SPECS);
    if (input.KeyUsage !== undefined && !KEY_USAGES.includes(input.KeyUsage))
      throw kmsErrors.notInEnum(input.KeyUsage, 'keyUsage', KEY_USAGES);
    if (input.Origin !== undefined && !ORIGINS.includes(input.Origin))
      throw kmsErrors.notInEnum(input.Origin, 'origin', ORIGINS);
    if (input.Description !== undefined && input.Description.length > 8192)
      throw kmsErrors.tooLong('description', 8192);
    const spec = input.KeySpec ?? input.CustomerMasterKeySpec ?? 'SYMMETRIC_DEFAULT';
    const usage = input.KeyUsage ?? 'ENCRYPT_DECRYPT';
    const symmetric = spec === 'SYMMETRIC_DEFAULT' && usage === 'ENCRYPT_DECRYPT';
    const signing = SIGNING_SPECS[spec] !== undefined && usage === 'SIGN_VERIFY';
    const mac = MAC_SPECS[spec] !== undefined && usage === 'GENERATE_VERIFY_MAC';
    if (!symmetric && !signing && !mac) {
      throw kmsErrors.unsupportedOperation(
        `The iam-mutate emulator creates SYMMETRIC_DEFAULT keys for ENCRYPT_DECRYPT, RSA/ECC keys for SIGN_VERIFY and HMAC keys for GENERATE_VERIFY_MAC, not ${spec} for ${usage}`,
      );
    }
    if ((input.Origin ?? 'AWS_KMS') !== 'AWS_KMS') {
      throw kmsErrors.unsupportedOperation(
        `The iam-mutate emulator only creates keys with Origin AWS_KMS`,
      );
    }
    const tags: Tag[] = (input.Tags ?? []).map((t) => ({ Key: t.TagKey, Value: t.TagValue }));
    const key = ctx.store.createKey({
      region: ctx.region,
      ...(input.Description !== undefined && { description: input.Description }),
      ...(input.Policy !== undefined && { policy: input.Policy }),
      tags,
      keySpec: spec,
      now: ctx.now,
    });
    return { KeyMetadata: keyMetadata(key) };
  },
});
