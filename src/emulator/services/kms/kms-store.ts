import { randomBytes, randomUUID, type KeyObject } from 'node:crypto';
import type { CompiledPolicy } from '../../../policy/types.js';
import type { Tag } from '../../identity/identity-store.js';
import { NO_RESOURCE_POLICIES, type EmulatorCore } from '../service-types.js';
import { isUuid } from './kms-crypto.js';
import { kmsErrors } from './kms-errors.js';
import { AWS_MANAGED_KEYS, awsManagedKeyPolicy, defaultKeyPolicy } from './kms-key-policy.js';
import { MAC_SPECS } from './kms-mac.js';
import { SIGNING_SPECS } from './kms-signing.js';
import { partitionOfRegion } from '../../../policy/partition.js';

export type KeyState = 'Enabled' | 'Disabled' | 'PendingDeletion';

export interface KmsKey {
  keyId: string;
  arn: string;
  accountId: string;
  region: string;
  creationDate: Date;
  description: string;
  keyManager: 'CUSTOMER' | 'AWS';
  state: KeyState;
  deletionDate?: Date;
  pendingWindowInDays?: number;
  /** SYMMETRIC_DEFAULT, or an asymmetric signing spec (RSA_2048, ECC_NIST_P256, ...). */
  keySpec: string;
  keyUsage: 'ENCRYPT_DECRYPT' | 'SIGN_VERIFY' | 'GENERATE_VERIFY_MAC';
  /** The 256-bit AES key of symmetric keys; never leaves the emulator. */
  material: Buffer;
  /** SIGN_VERIFY keys: the key pair. */
  keyPair?: { privateKey: KeyObject; publicKey: KeyObject };
  policy: KeyPolicy;
  tags: Tag[];
  rotation: boolean;
}

/** A key policy as stored: the text GetKeyPolicy returns and its compiled form. */
export interface KeyPolicy {
  text: string;
  compiled: CompiledPolicy;
}

export interface KmsAlias {
  /** `alias/NAME` */
  aliasName: string;
  arn: string;
  targetKeyId: string;
  creationDate: Date;
  lastUpdatedDate: Date;
}

/** What a KeyId parameter names, before looking anything up. */
export type KeyReference =
  | { kind: 'key'; keyId: string; arn: string }
  | { kind: 'alias'; aliasName: string; arn: string }
  | { kind: 'invalid'; text: string; arn: string };

const KEY_ARN = /^arn:aws[a-z-]*:kms:([^:]*):(\d{12}):key\/(.+)$/;
const ALIAS_ARN = /^arn:aws[a-z-]*:kms:([^:]*):(\d{12}):(alias\/.+)$/;

/** The KMS service's state: keys by id and aliases by `alias/NAME`. */
export class KmsStore {
  readonly keys = new Map<string, KmsKey>();
  readonly aliases = new Map<string, KmsAlias>();

  constructor(readonly core: EmulatorCore) {}

  keyArn(region: string, keyId: string): string {
    return `arn:${partitionOfRegion(region)}:kms:${region}:${this.core.accountId}:key/${keyId}`;
  }

  aliasArn(region: string, aliasName: string): string {
    return `arn:${partitionOfRegion(region)}:kms:${region}:${this.core.accountId}:${aliasName}`;
  }

  /** Parses a KeyId parameter: key id, key ARN, alias name or alias ARN (as AWS accepts). */
  reference(text: string, region: string): KeyReference {
    const keyArn = KEY_ARN.exec(text);
    if (keyArn !== null) return { kind: 'key', keyId: keyArn[3]!, arn: text };
    const aliasArn = ALIAS_ARN.exec(text);
    if (aliasArn !== null) return { kind: 'alias', aliasName: aliasArn[3]!, arn: text };
    if (text.startsWith('alias/'))
      return { kind: 'alias', aliasName: text, arn: this.aliasArn(region, text) };
    if (isUuid(text)) return { kind: 'key', keyId: text, arn: this.keyArn(region, text) };
    return { kind: 'invalid', text, arn: this.keyArn(region, text) };
  }

  /** The key a KeyId names, or undefined; `alias/aws/<service>` keys are created on first use, as AWS does. */
  findKey(text: string, region: string): KmsKey | undefined {
    const ref = this.reference(text, region);
    if (ref.kind === 'key') return this.keys.get(ref.keyId);
    if (ref.kind === 'alias') {
      const alias = this.aliases.get(ref.aliasName) ?? this.awsManagedAlias(ref.aliasName, region);
      return alias === undefined ? undefined : this.keys.get(alias.targetKeyId);
    }
    return undefined;
  }

  /** The key a KeyId names, or KMS's NotFoundException with AWS's message. */
  getKey(text: string, region: string): KmsKey {
    const key = this.findKey(text, region);
    if (key !== undefined) return key;
    const ref = this.reference(text, region);
    if (ref.kind === 'alias') throw kmsErrors.aliasNotFound(ref.arn);
    if (ref.kind === 'invalid') throw kmsErrors.invalidKeyId(text);
    throw kmsErrors.keyNotFound(ref.arn);
  }

  /** A key that may be used for cryptographic operations right now. */
  usableKey(text: string, region: string): KmsKey {
    const key = this.getKey(text, region);
    assertUsable(key);
    return key;
  }

  createKey(options: {
    region: string;
    description?: string;
    policy?: string;
    tags?: Tag[];
    keyManager?: 'CUSTOMER' | 'AWS';
    keySpec?: string;
    now: Date;
  }): KmsKey {
    const keySpec = options.keySpec ?? 'SYMMETRIC_DEFAULT';
    const signing = SIGNING_SPECS[keySpec];
    const mac = MAC_SPECS[keySpec];
    const keyId = randomUUID();
    const key: KmsKey = {
      keyId,
      arn: this.keyArn(options.region, keyId),
      accountId: this.core.accountId,
      region: options.region,
      creationDate: options.now,
      description: options.description ?? '',
      keyManager: options.keyManager ?? 'CUSTOMER',
      state: 'Enabled',
      keySpec,
      keyUsage:
        signing !== undefined
          ? 'SIGN_VERIFY'
          : mac !== undefined
            ? 'GENERATE_VERIFY_MAC'
            : 'ENCRYPT_DECRYPT',
      material: randomBytes(mac?.bytes ?? 32),
      ...(signing !== undefined && { keyPair: signing.generate() }),
      policy: this.compilePolicy(keyId, options.policy ?? defaultKeyPolicy(this.core.accountId)),
      tags: options.tags ?? [],
      rotation: options.keyManager === 'AWS',
    };
    this.keys.set(keyId, key);
    return key;
  }

  /** Compiles a key policy as a resource-based policy; KMS's own exception when it does not compile. */
  compilePolicy(keyId: string, text: string): KeyPolicy {
    // The id names the policy in the authorization log (`key-policy` of that key).
    const result = this.core.policyEngine.compile(text, {
      id: `kms/${keyId}/key-policy`,
      kind: 'resource',
    });
    if (result.policy === undefined) throw kmsErrors.malformedPolicy(result.errors.join('; '));
    return { text, compiled: result.policy };
  }

  /** The compiled key policy governing a key ARN (authorization's resourcePolicies hook). */
  keyPolicies(resourceArn: string): readonly CompiledPolicy[] {
    const m = KEY_ARN.exec(resourceArn);
    const key = m === null ? undefined : this.keys.get(m[3]!);
    if (key === undefined || key.arn !== resourceArn) return NO_RESOURCE_POLICIES;
    return [key.policy.compiled];
  }

  aliasesOf(keyId: string): KmsAlias[] {
    return [...this.aliases.values()].filter((a) => a.targetKeyId === keyId);
  }

  private awsManagedAlias(aliasName: string, region: string): KmsAlias | undefined {
    const service = /^alias\/aws\/([a-z0-9-]+)$/.exec(aliasName)?.[1];
    const known = service === undefined ? undefined : AWS_MANAGED_KEYS[service];
    if (service === undefined || known === undefined) return undefined;
    const now = new Date();
    const key = this.createKey({
      region,
      description: known.description,
      policy: awsManagedKeyPolicy(this.core.accountId, region, service, known.title),
      keyManager: 'AWS',
      now,
    });
    const alias: KmsAlias = {
      aliasName,
      arn: this.aliasArn(region, aliasName),
      targetKeyId: key.keyId,
      creationDate: now,
      lastUpdatedDate: now,
    };
    this.aliases.set(aliasName, alias);
    return alias;
  }
}

/** Encrypt, Decrypt, GenerateDataKey and ReEncrypt need a symmetric ENCRYPT_DECRYPT key. */
export function assertEncryptionKey(key: KmsKey): void {
  if (key.keyUsage !== 'ENCRYPT_DECRYPT') {
    throw kmsErrors.invalidKeyUsage(
      `${key.arn} key usage is ${key.keyUsage} which is not valid for this operation.`,
    );
  }
}

export function assertUsable(key: KmsKey): void {
  if (key.state === 'Disabled') throw kmsErrors.disabled(key.arn);
  if (key.state === 'PendingDeletion') throw kmsErrors.pendingDeletion(key.arn);
}

/** The KeyMetadata structure DescribeKey, CreateKey and friends answer. */
export function keyMetadata(key: KmsKey): Record<string, unknown> {
  return {
    AWSAccountId: key.accountId,
    KeyId: key.keyId,
    Arn: key.arn,
    CreationDate: key.creationDate,
    Enabled: key.state === 'Enabled',
    Description: key.description,
    KeyUsage: key.keyUsage,
    KeyState: key.state,
    ...(key.deletionDate !== undefined && { DeletionDate: key.deletionDate }),
    ...(key.pendingWindowInDays !== undefined && {
      PendingDeletionWindowInDays: key.pendingWindowInDays,
    }),
    Origin: 'AWS_KMS',
    KeyManager: key.keyManager,
    CustomerMasterKeySpec: key.keySpec,
    KeySpec: key.keySpec,
    ...(key.keyUsage === 'ENCRYPT_DECRYPT' && { EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'] }),
    ...(key.keyUsage === 'SIGN_VERIFY' && {
      SigningAlgorithms: SIGNING_SPECS[key.keySpec]!.algorithms,
    }),
    ...(key.keyUsage === 'GENERATE_VERIFY_MAC' && {
      MacAlgorithms: [MAC_SPECS[key.keySpec]!.algorithm],
    }),
    MultiRegion: false,
  };
}
