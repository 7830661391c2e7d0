import { defineOperation } from '../../service-types.js';
import { answerDryRun } from '../kms-dry-run.js';
import { keyCheck } from '../kms-authz.js';
import { kmsErrors } from '../kms-errors.js';
import { checkSigning, verifyMessage } from '../kms-signing.js';
import type { KmsStore } from '../kms-store.js';

interface Input {
  DryRun?: boolean;
  KeyId: string;
  Message: Buffer;
  MessageType?: string;
  Signature: Buffer;
  SigningAlgorithm: string;
}

// A signature that does not verify is an error in KMS (KMSInvalidSignatureException), not `false`.
export const verifyOperation = defineOperation<KmsStore, Input, object>({
  name: 'Verify',
  authorize: (input, ctx) => [
    keyCheck('kms:Verify', input.KeyId, ctx, {
      'kms:SigningAlgorithm': input.SigningAlgorithm,
      'kms:MessageType': input.MessageType ?? 'RAW',
    }),
  ],
  handle: (input, { store, region }) => {
    answerDryRun(input);
    const key = store.usableKey(input.KeyId, region);
    if (key.keyPair === undefined)
      throw kmsErrors.invalidKeyUsage(
        `${key.arn} key usage is ${key.keyUsage} which is not valid for Verify.`,
      );
    checkSigning(key.keySpec, input.SigningAlgorithm, input.MessageType);
    if (
      !verifyMessage(key.keyPair.publicKey, input.SigningAlgorithm, input.Message, input.Signature)
    )
      throw kmsErrors.invalidSignature();
    return { KeyId: key.arn, SignatureValid: true, SigningAlgorithm: input.SigningAlgorithm };
  },
});
