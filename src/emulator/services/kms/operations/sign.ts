import { defineOperation } from '../../service-types.js';
import { answerDryRun } from '../kms-dry-run.js';
import { keyCheck } from '../kms-authz.js';
import { checkPlaintextSize } from '../kms-ciphertext.js';
import { kmsErrors } from '../kms-errors.js';
import { checkSigning, signMessage } from '../kms-signing.js';
import type { KmsStore } from '../kms-store.js';

interface Input {
  DryRun?: boolean;
  KeyId: string;
  Message: Buffer;
  MessageType?: string;
  SigningAlgorithm: string;
}

export const signOperation = defineOperation<KmsStore, Input, object>({
  name: 'Sign',
  authorize: (input, ctx) => [
    keyCheck('kms:Sign', input.KeyId, ctx, {
      'kms:SigningAlgorithm': input.SigningAlgorithm,
      'kms:MessageType': input.MessageType ?? 'RAW',
    }),
  ],
  handle: (input, { store, region }) => {
    answerDryRun(input);
    const key = store.usableKey(input.KeyId, region);
    if (key.keyPair === undefined)
      throw kmsErrors.invalidKeyUsage(
        `${key.arn} key usage is ${key.keyUsage} which is not valid for Sign.`,
      );
    checkSigning(key.keySpec, input.SigningAlgorithm, input.MessageType);
    checkPlaintextSize(input.Message);
    return {
      KeyId: key.arn,
      Signature: signMessage(key.keyPair.privateKey, input.SigningAlgorithm, input.Message),
      SigningAlgorithm: input.SigningAlgorithm,
    };
  },
});
