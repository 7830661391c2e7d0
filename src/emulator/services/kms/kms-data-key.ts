import { kmsErrors } from './kms-errors.js';

/** GenerateDataKey's size: exactly one of KeySpec (AES_256/AES_128) or NumberOfBytes (1..1024). */
export function dataKeyBytes(
  keySpec: string | undefined,
  numberOfBytes: number | undefined,
): number {
  if (keySpec !== undefined && numberOfBytes !== undefined) {
    throw kmsErrors.validation('Please specify either number of bytes or key spec.');
  }
  if (keySpec === 'AES_256') return 32;
  if (keySpec === 'AES_128') return 16;
  if (keySpec !== undefined) {
    throw kmsErrors.validation(
      `1 validation error detected: Value '${keySpec}' at 'keySpec' failed to satisfy constraint: Member must satisfy enum value set: [AES_256, AES_128]`,
    );
  }
  if (numberOfBytes === undefined)
    throw kmsErrors.validation('Please specify either number of bytes or key spec.');
  if (!Number.isInteger(numberOfBytes) || numberOfBytes < 1 || numberOfBytes > 1024) {
    throw kmsErrors.validation(
      `1 validation error detected: Value '${numberOfBytes}' at 'numberOfBytes' failed to satisfy constraint: Member must have value ${numberOfBytes < 1 ? 'greater than or equal to 1' : 'less than or equal to 1024'}`,
    );
  }
  return numberOfBytes;
}
