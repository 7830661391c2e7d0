import { constants, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { kmsErrors } from './kms-errors.js';

/**
 * Asymmetric SIGN_VERIFY keys (RSA and ECC), with node:crypto: the signatures are real, so
 * a workload that verifies a KMS-signed JWT with the public key works as it does on AWS.
 * RSA-PSS uses a salt as long as the digest and ECDSA signatures are DER, as KMS's are.
 */
interface SigningSpec {
  generate(): { privateKey: KeyObject; publicKey: KeyObject };
  algorithms: readonly string[];
}

const rsa = (modulusLength: number): SigningSpec => ({
  generate: () => generateKeyPairSync('rsa', { modulusLength }),
  algorithms: [
    'RSASSA_PSS_SHA_256',
    'RSASSA_PSS_SHA_384',
    'RSASSA_PSS_SHA_512',
    'RSASSA_PKCS1_V1_5_SHA_256',
    'RSASSA_PKCS1_V1_5_SHA_384',
    'RSASSA_PKCS1_V1_5_SHA_512',
  ],
});

const ec = (namedCurve: string, algorithm: string): SigningSpec => ({
  generate: () => generateKeyPairSync('ec', { namedCurve }),
  algorithms: [algorithm],
});

export const SIGNING_SPECS: Readonly<Record<string, SigningSpec>> = {
  RSA_2048: rsa(2048),
  RSA_3072: rsa(3072),
  RSA_4096: rsa(4096),
  ECC_NIST_P256: ec('prime256v1', 'ECDSA_SHA_256'),
  ECC_NIST_P384: ec('secp384r1', 'ECDSA_SHA_384'),
  ECC_NIST_P521: ec('secp521r1', 'ECDSA_SHA_512'),
  ECC_SECG_P256K1: ec('secp256k1', 'ECDSA_SHA_256'),
};

function options(key: KeyObject, algorithm: string) {
  const hash = `sha${algorithm.slice(-3)}`;
  if (algorithm.startsWith('RSASSA_PSS')) {
    return {
      hash,
      key: {
        key,
        padding: constants.RSA_PKCS1_PSS_PADDING,
        saltLength: constants.RSA_PSS_SALTLEN_DIGEST,
      },
    };
  }
  return { hash, key: { key } };
}

export function checkSigning(
  keySpec: string,
  algorithm: string,
  messageType: string | undefined,
): void {
  const spec = SIGNING_SPECS[keySpec];
  if (spec === undefined || !spec.algorithms.includes(algorithm)) {
    throw kmsErrors.invalidKeyUsage(
      `Algorithm ${algorithm} is incompatible with key spec ${keySpec}.`,
    );
  }
  if ((messageType ?? 'RAW') !== 'RAW') {
    throw kmsErrors.validation(
      'The iam-mutate emulator signs and verifies MessageType RAW only, not DIGEST',
    );
  }
}

export function signMessage(privateKey: KeyObject, algorithm: string, message: Buffer): Buffer {
  const o = options(privateKey, algorithm);
  return sign(o.hash, message, o.key);
}

export function verifyMessage(
  publicKey: KeyObject,
  algorithm: string,
  message: Buffer,
  signature: Buffer,
): boolean {
  const o = options(publicKey, algorithm);
  try {
    return verify(o.hash, message, o.key, signature);
  } catch {
    return false;
  }
}

/** The DER SubjectPublicKeyInfo GetPublicKey answers. */
export function publicKeyDer(publicKey: KeyObject): Buffer {
  return publicKey.export({ type: 'spki', format: 'der' });
}
