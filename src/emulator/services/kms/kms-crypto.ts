import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { kmsErrors } from './kms-errors.js';

/**
 * The ciphertext blob format. Real AWS blobs are opaque but carry the key's identity, which is
 * why Decrypt works without KeyId; ours do the same, visibly:
 *
 *   0x01 | key id (36 ASCII bytes, a UUID) | IV (12) | GCM tag (16) | AES-256-GCM ciphertext
 *
 * The encryption context is the GCM additional authenticated data (canonical: keys sorted), so a
 * different context fails authentication exactly like AWS's InvalidCiphertextException.
 */
const VERSION = 0x01;
const KEY_ID_BYTES = 36;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + KEY_ID_BYTES + IV_BYTES + TAG_BYTES;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type EncryptionContext = Readonly<Record<string, string>>;

function aad(context: EncryptionContext | undefined): Buffer {
  const entries = Object.entries(context ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Buffer.from(JSON.stringify(entries), 'utf8');
}

export function sealBlob(
  keyId: string,
  material: Buffer,
  plaintext: Buffer,
  context: EncryptionContext | undefined,
): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', material, iv);
  cipher.setAAD(aad(context));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([
    Buffer.from([VERSION]),
    Buffer.from(keyId, 'ascii'),
    iv,
    cipher.getAuthTag(),
    body,
  ]);
}

/** The id of the key that sealed a blob, or undefined when the bytes are not one of our blobs. */
export function blobKeyId(blob: Uint8Array): string | undefined {
  if (blob.length < HEADER_BYTES || blob[0] !== VERSION) return undefined;
  const keyId = Buffer.from(blob.subarray(1, 1 + KEY_ID_BYTES)).toString('ascii');
  return UUID.test(keyId) ? keyId : undefined;
}

export function openBlob(
  material: Buffer,
  blob: Uint8Array,
  context: EncryptionContext | undefined,
): Buffer {
  const bytes = Buffer.from(blob);
  const ivStart = 1 + KEY_ID_BYTES;
  const iv = bytes.subarray(ivStart, ivStart + IV_BYTES);
  const tag = bytes.subarray(ivStart + IV_BYTES, HEADER_BYTES);
  try {
    const decipher = createDecipheriv('aes-256-gcm', material, iv);
    decipher.setAAD(aad(context));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(bytes.subarray(HEADER_BYTES)), decipher.final()]);
  } catch {
    throw kmsErrors.invalidCiphertext();
  }
}

export function isUuid(text: string): boolean {
  return UUID.test(text);
}
