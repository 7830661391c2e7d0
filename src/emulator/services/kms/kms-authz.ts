import type { ContextValue } from '../../../policy/types.js';
import { resourceTagContext } from '../common/tag-context.js';
import type { AuthorizationCheck, OperationContext } from '../service-types.js';
import type { EncryptionContext } from './kms-crypto.js';
import type { KmsStore } from './kms-store.js';

/**
 * The IAM check for a KMS call on one key. AWS authorizes against the KEY's ARN even when the
 * caller names it by alias (kms:RequestAlias carries the alias), so a policy granting
 * `key/ID` covers `alias/x` too. A KeyId that names nothing is checked as written; the handler
 * then answers NotFoundException.
 */
export function keyCheck(
  action: string,
  keyIdText: string,
  ctx: OperationContext<KmsStore>,
  extra: Record<string, ContextValue> = {},
): AuthorizationCheck {
  const key = ctx.store.findKey(keyIdText, ctx.region);
  const ref = ctx.store.reference(keyIdText, ctx.region);
  return {
    action,
    resource: key?.arn ?? ref.arn,
    context: {
      'kms:CallerAccount': ctx.principal.accountId,
      ...(ref.kind === 'alias' && { 'kms:RequestAlias': ref.aliasName }),
      ...resourceTagContext(key?.tags),
      ...extra,
    },
  };
}

/** kms:EncryptionContext:KEY and kms:EncryptionContextKeys for calls that carry a context. */
export function encryptionContextKeys(
  context: EncryptionContext | undefined,
): Record<string, ContextValue> {
  const keys = Object.keys(context ?? {});
  if (context === undefined || keys.length === 0) return {};
  const out: Record<string, ContextValue> = { 'kms:EncryptionContextKeys': keys };
  for (const k of keys) out[`kms:EncryptionContext:${k}`] = context[k]!;
  return out;
}

/** Context keys of symmetric cryptographic calls. */
export function cryptoContext(
  context: EncryptionContext | undefined,
  algorithm?: string,
): Record<string, ContextValue> {
  return {
    'kms:EncryptionAlgorithm': algorithm ?? 'SYMMETRIC_DEFAULT',
    ...encryptionContextKeys(context),
  };
}
