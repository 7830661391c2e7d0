import type { ContextValue } from '../../../policy/types.js';
import type { AuthorizationCheck, OperationContext } from '../service-types.js';
import { secretResource, type SecretsStore } from './secrets-store.js';

/**
 * The IAM check of a call on one secret: the action on the secret's full ARN (with its random
 * suffix, which is why policies say `secret:NAME-??????`), secretsmanager:SecretId, and the
 * secret's tags as secretsmanager:ResourceTag/* and aws:ResourceTag/*. A denial names the
 * SecretId exactly as the request did (`on resource: db/password`), as AWS's messages do.
 */
export function secretCheck(
  action: string,
  secretId: string,
  ctx: OperationContext<SecretsStore>,
  context: Record<string, ContextValue> = {},
): AuthorizationCheck {
  const resource = secretResource(ctx.store, ctx.region, secretId, ctx.now);
  const secret = ctx.store.find(ctx.region, secretId, ctx.now);
  const tags: Record<string, ContextValue> = {};
  for (const t of secret?.tags ?? []) {
    tags[`secretsmanager:ResourceTag/${t.Key}`] = t.Value;
    tags[`aws:ResourceTag/${t.Key}`] = t.Value;
  }
  // AWS evaluates the secret's full ARN but echoes the SecretId as given in its denial message.
  return {
    action,
    resource,
    ...(secretId !== resource && { messageResource: secretId }),
    context: { 'secretsmanager:SecretId': resource, ...tags, ...context },
  };
}
