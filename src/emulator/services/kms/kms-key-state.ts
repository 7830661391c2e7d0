import type { OperationContext } from '../service-types.js';
import { kmsErrors } from './kms-errors.js';
import type { KmsKey, KmsStore } from './kms-store.js';

/** A customer key whose state may be changed: AWS-managed keys and keys pending deletion may not. */
export function changeableKey(keyId: string, ctx: OperationContext<KmsStore>): KmsKey {
  const key = ctx.store.getKey(keyId, ctx.region);
  if (key.keyManager === 'AWS')
    throw kmsErrors.unsupportedOperation(`${key.arn} is an AWS managed key and cannot be changed.`);
  if (key.state === 'PendingDeletion') throw kmsErrors.pendingDeletion(key.arn);
  return key;
}
