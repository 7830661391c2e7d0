import { defineOperation } from '../../service-types.js';
import { keyCheck } from '../kms-authz.js';
import { answerDryRun } from '../kms-dry-run.js';
import { kmsErrors } from '../kms-errors.js';
import { computeMac, macsEqual } from '../kms-mac.js';
import type { KmsStore } from '../kms-store.js';

interface Input {
  KeyId: string;
  Message: Buffer;
  MacAlgorithm: string;
  Mac: Buffer;
  DryRun?: boolean;
}

// A MAC that does not match is an error (KMSInvalidMacException), not `MacValid: false`.
export const verifyMac = defineOperation<KmsStore, Input, object>({
  name: 'VerifyMac',
  authorize: (input, ctx) => [
    keyCheck('kms:VerifyMac', input.KeyId, ctx, { 'kms:MacAlgorithm': input.MacAlgorithm }),
  ],
  handle: (input, { store, region }) => {
    answerDryRun(input);
    const key = store.usableKey(input.KeyId, region);
    if (key.keyUsage !== 'GENERATE_VERIFY_MAC') {
      throw kmsErrors.invalidKeyUsage(
        `${key.arn} key usage is ${key.keyUsage} which is not valid for VerifyMac.`,
      );
    }
    if (
      !macsEqual(
        computeMac(key.keySpec, input.MacAlgorithm, key.material, input.Message),
        input.Mac,
      )
    )
      throw kmsErrors.invalidMac();
    return { KeyId: key.arn, MacValid: true, MacAlgorithm: input.MacAlgorithm };
  },
});
