import type { OperationContext } from '../service-types.js';
import { secretsErrors } from './secrets-errors.js';
import type { Secret, SecretsStore } from './secrets-store.js';

/** The secret a SecretId names; `allowDeleted` for the calls that work on scheduled deletions. */
export function getSecret(
  ctx: OperationContext<SecretsStore>,
  secretId: string,
  allowDeleted = false,
): Secret {
  const secret = ctx.store.find(ctx.region, secretId, ctx.now);
  if (secret === undefined) throw secretsErrors.notFound();
  if (!allowDeleted && secret.deletionDate !== undefined) throw secretsErrors.markedForDeletion();
  return secret;
}
