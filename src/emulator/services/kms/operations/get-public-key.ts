import { defineOperation } from '../../service-types.js';
import { keyCheck } from '../kms-authz.js';
import { kmsErrors } from '../kms-errors.js';
import { publicKeyDer, SIGNING_SPECS } from '../kms-signing.js';
import type { KmsStore } from '../kms-store.js';

export const getPublicKey = defineOperation<KmsStore, { KeyId: string }, object>({
  name: 'GetPublicKey',
  authorize: ({ KeyId }, ctx) => [keyCheck('kms:GetPublicKey', KeyId, ctx)],
  handle: ({ KeyId }, { store, region }) => {
    const key = store.usableKey(KeyId, region);
    if (key.keyPair === undefined)
      throw kmsErrors.unsupportedOperation(`${key.arn} is not an asymmetric KMS key.`);
    return {
      KeyId: key.arn,
      PublicKey: publicKeyDer(key.keyPair.publicKey),
      CustomerMasterKeySpec: key.keySpec,
      KeySpec: key.keySpec,
      KeyUsage: key.keyUsage,
      SigningAlgorithms: SIGNING_SPECS[key.keySpec]!.algorithms,
    };
  },
});
