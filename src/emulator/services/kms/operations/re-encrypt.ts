import { defineOperation } from '../../service-types.js';
import { answerDryRun } from '../kms-dry-run.js';
import { kmsDecrypt, kmsEncrypt } from '../kms-api.js';
import { cryptoContext, keyCheck } from '../kms-authz.js';
import { checkAlgorithm, ciphertextCheck } from '../kms-ciphertext.js';
import type { KmsStore } from '../kms-store.js';

interface Input {
  DryRun?: boolean;
  CiphertextBlob: Buffer;
  SourceEncryptionContext?: Record<string, string>;
  SourceKeyId?: string;
  DestinationKeyId: string;
  DestinationEncryptionContext?: Record<string, string>;
  SourceEncryptionAlgorithm?: string;
  DestinationEncryptionAlgorithm?: string;
}

// Two permissions, as in AWS: kms:ReEncryptFrom on the source key, kms:ReEncryptTo on the destination.
export const reEncrypt = defineOperation<KmsStore, Input, object>({
  name: 'ReEncrypt',
  authorize: (input, ctx) => [
    ciphertextCheck(
      'kms:ReEncryptFrom',
      input.CiphertextBlob,
      input.SourceKeyId,
      input.SourceEncryptionContext,
      input.SourceEncryptionAlgorithm,
      ctx,
    ),
    keyCheck(
      'kms:ReEncryptTo',
      input.DestinationKeyId,
      ctx,
      cryptoContext(input.DestinationEncryptionContext, input.DestinationEncryptionAlgorithm),
    ),
  ],
  handle: (input, { emulator, region }) => {
    answerDryRun(input);
    checkAlgorithm(input.SourceEncryptionAlgorithm);
    checkAlgorithm(input.DestinationEncryptionAlgorithm);
    const opened = kmsDecrypt(emulator, input.CiphertextBlob, input.SourceEncryptionContext, {
      ...(input.SourceKeyId !== undefined && { keyIdOrAlias: input.SourceKeyId }),
      region,
    });
    const sealed = kmsEncrypt(
      emulator,
      input.DestinationKeyId,
      opened.plaintext,
      input.DestinationEncryptionContext,
      region,
    );
    return {
      CiphertextBlob: sealed.ciphertextBlob,
      SourceKeyId: opened.keyArn,
      KeyId: sealed.keyArn,
      SourceEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      DestinationEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
    };
  },
});
