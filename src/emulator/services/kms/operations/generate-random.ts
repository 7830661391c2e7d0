import { randomBytes } from 'node:crypto';
import { defineOperation } from '../../service-types.js';
import { kmsErrors } from '../kms-errors.js';
import type { KmsStore } from '../kms-store.js';

export const generateRandom = defineOperation<KmsStore, { NumberOfBytes?: number }, object>({
  name: 'GenerateRandom',
  authorize: () => [{ action: 'kms:GenerateRandom', resource: '*' }],
  handle: ({ NumberOfBytes }) => {
    const n = NumberOfBytes ?? 32;
    if (!Number.isInteger(n) || n < 1 || n > 1024) {
      throw kmsErrors.validation(
        `1 validation error detected: Value '${n}' at 'numberOfBytes' failed to satisfy constraint: Member must have value ${n < 1 ? 'greater than or equal to 1' : 'less than or equal to 1024'}`,
      );
    }
    return { Plaintext: randomBytes(n) };
  },
});
