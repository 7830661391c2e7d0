import { randomUUID } from 'node:crypto';
import { AwsError } from '../../errors/aws-error.js';
import type { EmulatorCore } from '../service-types.js';
import { secretsErrors } from './secrets-errors.js';
import type { Secret } from './secrets-store.js';
import { sealValue, unsealValue } from './secret-value.js';

export interface NewValue {
  SecretString?: string;
  SecretBinary?: Buffer;
  ClientRequestToken?: string;
  VersionStages?: string[];
}

/**
 * Adds a version (CreateSecret, PutSecretValue, UpdateSecret). Stages move as on AWS: the
 * version taking AWSCURRENT hands AWSPREVIOUS to the old current version; any other label
 * moves from wherever it was. Repeating a ClientRequestToken with the same value is a no-op;
 * with another value, ResourceExistsException.
 */
export function addVersion(
  core: EmulatorCore,
  secret: Secret,
  value: NewValue,
  now: Date,
): { versionId: string; stages: string[] } | undefined {
  if (value.SecretString !== undefined && value.SecretBinary !== undefined) {
    throw secretsErrors.invalidParameter(
      "You can't specify both a binary secret value and a string secret value in the same secret.",
    );
  }
  if (value.SecretString === undefined && value.SecretBinary === undefined) return undefined;
  const plain =
    value.SecretString !== undefined
      ? Buffer.from(value.SecretString, 'utf8')
      : Buffer.from(value.SecretBinary!);
  const kind = value.SecretString !== undefined ? 'string' : 'binary';
  const versionId = value.ClientRequestToken ?? randomUUID();
  if (versionId.length < 32 || versionId.length > 64) {
    throw secretsErrors.invalidParameter('ClientRequestToken must be 32-64 characters long.');
  }
  const existing = secret.versions.get(versionId);
  if (existing !== undefined) {
    if (existing.kind === kind && unsealValue(core, secret, existing).equals(plain)) {
      return { versionId, stages: [...existing.stages] };
    }
    throw new AwsError(
      'ResourceExistsException',
      "You can't modify an existing version, you can only create a new version.",
      400,
    );
  }
  const stages = value.VersionStages ?? ['AWSCURRENT'];
  for (const stage of stages) {
    for (const v of secret.versions.values()) {
      if (!v.stages.has(stage)) continue;
      v.stages.delete(stage);
      if (stage === 'AWSCURRENT') {
        for (const w of secret.versions.values()) w.stages.delete('AWSPREVIOUS');
        v.stages.add('AWSPREVIOUS');
      }
    }
  }
  const { sealed, encrypted } = sealValue(core, secret, plain);
  secret.versions.set(versionId, {
    versionId,
    sealed,
    encrypted,
    kind,
    stages: new Set(stages),
    createdAt: now,
  });
  // Versions left without labels are deprecated but stay readable by VersionId, as on AWS.
  secret.lastChangedAt = now;
  return { versionId, stages };
}
