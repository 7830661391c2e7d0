import { randomBytes, randomUUID } from 'node:crypto';

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** IAM unique ids and access key ids: a 4-letter prefix (AIDA, AROA, AKIA, ASIA, ANPA, AIPA) + 16. */
export function iamId(prefix: string): string {
  const bytes = randomBytes(16);
  let out = prefix;
  for (const b of bytes) out += UPPER_ALNUM[b % 32];
  return out;
}

export function secretAccessKey(): string {
  return randomBytes(30).toString('base64').replace(/[+/]/g, 'A').slice(0, 40);
}

export function sessionToken(): string {
  return `IQoJb3JpZ2luX2VjE${randomBytes(96).toString('base64')}`;
}

export function requestId(): string {
  return randomUUID();
}
