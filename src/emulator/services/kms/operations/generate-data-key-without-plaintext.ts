import { defineOperation } from '../../service-types.js';
import { answerDryRun } from '../kms-dry-run.js';
import { kmsGenerateDataKey } from '../kms-api.js';
import { encryptionContextKeys, keyCheck } from '../kms-authz.js';
import { dataKeyBytes } from '../kms-data-key.js';
import type { KmsStore } from '../kms-store.js';

interface Input {
  DryRun?: boolean;
  KeyId: string;
  KeySpec?: string;
  NumberOfBytes?: number;
  EncryptionContext?: Record<string, string>;
}

export const generateDataKeyWithoutPlaintext = defineOperation<KmsStore, Input, object>({
  name: 'GenerateDataKeyWithoutPlaintext',
  authorize: (input, ctx) => [
    keyCheck(
      'kms:GenerateDataKeyWithoutPlaintext',
      input.KeyId,
      ctx,
      encryptionContextKeys(input.EncryptionContext),
    ),
  ],
  handle: (input, { emulator, region }) => {
    answerDryRun(input);
    const bytes = dataKeyBytes(input.KeySpec, input.NumberOfBytes);
    const key = kmsGenerateDataKey(emulator, input.KeyId, bytes, input.EncryptionContext, region);
    return { CiphertextBlob: key.ciphertextBlob, KeyId: key.keyArn };
  },
});
