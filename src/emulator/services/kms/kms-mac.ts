import { createHmac, timingSafeEqual } from 'node:crypto';
import { kmsErrors } from './kms-errors.js';

/** HMAC keys (GENERATE_VERIFY_MAC): the spec fixes the one MAC algorithm and the key length. */
export const MAC_SPECS: Readonly<Record<string, { algorithm: string; bytes: number }>> = {
  HMAC_224: { algorithm: 'HMAC_SHA_224', bytes: 28 },
  HMAC_256: { algorithm: 'HMAC_SHA_256', bytes: 32 },
  HMAC_384: { algorithm: 'HMAC_SHA_384', bytes: 48 },
  HMAC_512: { algorithm: 'HMAC_SHA_512', bytes: 64 },
};

export function computeMac(
  keySpec: string,
  algorithm: string,
  material: Buffer,
  message: Buffer,
): Buffer {
  const spec = MAC_SPECS[keySpec];
  if (spec === undefined || spec.algorithm !== algorithm) {
    throw kmsErrors.invalidKeyUsage(
      `Algorithm ${algorithm} is incompatible with key spec ${keySpec}.`,
    );
  }
  return createHmac(`sha${algorithm.slice(-3)}`, material)
    .update(message)
    .digest();
}

export function macsEqual(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
