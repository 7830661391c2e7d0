import type { Secret } from './secrets-store.js';
import { versionsToStages } from './secrets-store.js';

/** The metadata DescribeSecret and ListSecrets share (ListSecrets calls the map SecretVersionsToStages). */
export function secretMetadata(
  secret: Secret,
  versionsKey: 'VersionIdsToStages' | 'SecretVersionsToStages',
): Record<string, unknown> {
  return {
    ARN: secret.arn,
    Name: secret.name,
    ...(secret.description !== undefined && { Description: secret.description }),
    ...(secret.kmsKeyId !== undefined && { KmsKeyId: secret.kmsKeyId }),
    LastChangedDate: secret.lastChangedAt,
    ...(secret.lastAccessedAt !== undefined && { LastAccessedDate: secret.lastAccessedAt }),
    ...(secret.deletedAt !== undefined && { DeletedDate: secret.deletedAt }),
    ...(secret.tags.length > 0 && { Tags: secret.tags }),
    [versionsKey]: versionsToStages(secret),
    CreatedDate: secret.createdAt,
  };
}
