import { defineOperation } from '../../service-types.js';
import { answerDryRun } from '../kms-dry-run.js';
import { kmsDecrypt } from '../kms-api.js';
import { checkAlgorithm, ciphertextCheck } from '../kms-ciphertext.js';
import type { KmsStore } from '../kms-store.js';

interface Input {
  DryRun?: boolean;
  CiphertextBlob: Buffer;
  KeyId?: string;
  EncryptionContext?: Record<string, string>;
  EncryptionAlgorithm?: string;
}

export const decrypt = defineOperation<KmsStore, Input, object>({
  name: 'Decrypt',
  authorize: (input, ctx) => [
    ciphertextCheck(
      'kms:Decrypt',
      input.CiphertextBlob,
      input.KeyId,
      input.EncryptionContext,
      input.EncryptionAlgorithm,
      ctx,
    ),
  ],
  handle: (input, { emulator, region }) => {
    answerDryRun(input);
    checkAlgorithm(input.EncryptionAlgorithm);
    const opened = kmsDecrypt(emulator, input.CiphertextBlob, input.EncryptionContext, {
      ...(input.KeyId !== undefined && { keyIdOrAlias: input.KeyId }),
      region,
    });
    return {
      KeyId: opened.keyArn,
      Plaintext: opened.plaintext,
      EncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
    };
  },
});
