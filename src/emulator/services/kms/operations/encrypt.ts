import { defineOperation } from '../../service-types.js';
import { answerDryRun } from '../kms-dry-run.js';
import { kmsEncrypt } from '../kms-api.js';
import { cryptoContext, keyCheck } from '../kms-authz.js';
import { checkAlgorithm, checkPlaintextSize } from '../kms-ciphertext.js';
import type { KmsStore } from '../kms-store.js';

interface Input {
  DryRun?: boolean;
  KeyId: string;
  Plaintext: Buffer;
  EncryptionContext?: Record<string, string>;
  EncryptionAlgorithm?: string;
}

export const encrypt = defineOperation<KmsStore, Input, object>({
  name: 'Encrypt',
  authorize: (input, ctx) => [
    keyCheck(
      'kms:Encrypt',
      input.KeyId,
      ctx,
      cryptoContext(input.EncryptionContext, input.EncryptionAlgorithm),
    ),
  ],
  handle: (input, { emulator, region }) => {
    answerDryRun(input);
    checkAlgorithm(input.EncryptionAlgorithm);
    checkPlaintextSize(input.Plaintext);
    const sealed = kmsEncrypt(
      emulator,
      input.KeyId,
      input.Plaintext,
      input.EncryptionContext,
      region,
    );
    return {
      CiphertextBlob: sealed.ciphertextBlob,
      KeyId: sealed.keyArn,
      EncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
    };
  },
});
