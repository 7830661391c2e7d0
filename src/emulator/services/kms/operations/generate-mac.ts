import { defineOperation } from '../../service-types.js';
import { keyCheck } from '../kms-authz.js';
import { answerDryRun } from '../kms-dry-run.js';
import { kmsErrors } from '../kms-errors.js';
import { computeMac } from '../kms-mac.js';
import type { KmsStore } from '../kms-store.js';

interface Input {
  KeyId: string;
  Message: Buffer;
  MacAlgorithm: string;
  DryRun?: boolean;
}

export const generateMac = defineOperation<KmsStore, Input, object>({
  name: 'GenerateMac',
  authorize: (input, ctx) => [
    keyCheck('kms:GenerateMac', input.KeyId, ctx, { 'kms:MacAlgorithm': input.MacAlgorithm }),
  ],
  handle: (input, { store, region }) => {
    answerDryRun(input);
    const key = store.usableKey(input.KeyId, region);
    if (key.keyUsage !== 'GENERATE_VERIFY_MAC') {
      throw kmsErrors.invalidKeyUsage(
        `${key.arn} key usage is ${key.keyUsage} which is not valid for GenerateMac.`,
      );
    }
    return {
      Mac: computeMac(key.keySpec, input.MacAlgorithm, key.material, input.Message),
      MacAlgorithm: input.MacAlgorithm,
      KeyId: key.arn,
    };
  },
});
