import { randomInt } from 'node:crypto';
import type { Tag } from '../../identity/identity-store.js';
import type { CompiledPolicy } from '../../../policy/types.js';
import { partitionOfRegion } from '../../../policy/partition.js';

/** One version of a secret's value, as stored (encrypted under KMS when the KMS service runs). */
export interface SecretVersion {
  versionId: string;
  /** The value: a KMS ciphertext blob, or the plaintext when there is no KMS service. */
  sealed: Buffer;
  encrypted: boolean;
  kind: 'string' | 'binary';
  stages: Set<string>;
  createdAt: Date;
  lastAccessedAt?: Date;
}

export interface Secret {
  arn: string;
  name: string;
  region: string;
  description?: string;
  kmsKeyId?: string;
  tags: Tag[];
  versions: Map<string, SecretVersion>;
  createdAt: Date;
  lastChangedAt: Date;
  lastAccessedAt?: Date;
  /** Set while the secret is scheduled for deletion. */
  deletedAt?: Date;
  deletionDate?: Date;
  policy?: { text: string; compiled: CompiledPolicy };
}

const SUFFIX_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Secrets of the emulator's account, keyed by full ARN. */
export class SecretsStore {
  readonly secrets = new Map<string, Secret>();

  constructor(readonly accountId: string) {}

  /** A new secret's ARN: the name plus `-` and 6 random characters, as AWS appends. */
  newArn(region: string, name: string): string {
    let suffix = '';
    for (let i = 0; i < 6; i++) suffix += SUFFIX_CHARS[randomInt(SUFFIX_CHARS.length)];
    return `arn:${partitionOfRegion(region)}:secretsmanager:${region}:${this.accountId}:secret:${name}-${suffix}`;
  }

  byName(region: string, name: string): Secret | undefined {
    for (const s of this.secrets.values()) if (s.region === region && s.name === name) return s;
    return undefined;
  }

  /**
   * A SecretId is a name, a full ARN, or a partial ARN (the ARN without the random suffix);
   * purges secrets whose deletion date has passed.
   */
  find(region: string, secretId: string, now: Date): Secret | undefined {
    for (const s of [...this.secrets.values()]) {
      if (s.deletionDate !== undefined && s.deletionDate.getTime() <= now.getTime())
        this.secrets.delete(s.arn);
    }
    if (secretId.startsWith('arn:')) {
      const exact = this.secrets.get(secretId);
      if (exact !== undefined) return exact;
      for (const s of this.secrets.values()) if (s.arn.slice(0, -7) === secretId) return s;
      return undefined;
    }
    return this.byName(region, secretId);
  }
}

/** The resource an IAM check names: the secret's full ARN when it exists, else the id as an ARN. */
export function secretResource(
  store: SecretsStore,
  region: string,
  secretId: string,
  now: Date,
): string {
  const secret = store.find(region, secretId, now);
  if (secret !== undefined) return secret.arn;
  return secretId.startsWith('arn:')
    ? secretId
    : `arn:${partitionOfRegion(region)}:secretsmanager:${region}:${store.accountId}:secret:${secretId}`;
}

/** VersionIdsToStages as DescribeSecret / ListSecrets show it. */
export function versionsToStages(secret: Secret): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const v of secret.versions.values()) if (v.stages.size > 0) out[v.versionId] = [...v.stages];
  return out;
}

/** Midnight UTC: AWS reports LastAccessedDate at day granularity. */
export function dayOf(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
