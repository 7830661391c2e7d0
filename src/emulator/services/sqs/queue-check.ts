import type { AuthorizationCheck, OperationContext } from '../service-types.js';
import { parseQueueUrl, type SqsStore } from './sqs-store.js';

/**
 * The IAM check of a call on one queue: the action on `arn:aws:sqs:REGION:ACCOUNT:NAME`, built
 * from the QueueUrl alone, so a caller without permission is denied before learning whether
 * the queue exists (as on AWS).
 */
export function queueCheck(
  action: string,
  queueUrl: string,
  ctx: OperationContext<SqsStore>,
): AuthorizationCheck[] {
  const ref = parseQueueUrl(queueUrl);
  if (ref === undefined)
    return [{ action, resource: `arn:aws:sqs:${ctx.region}:${ctx.accountId}:` }];
  const region = ref.region ?? ctx.region;
  return [
    {
      action,
      resource: `arn:aws:sqs:${region}:${ref.accountId}:${ref.name}`,
      ...(ref.accountId !== ctx.accountId && { resourceAccountId: ref.accountId }),
    },
  ];
}
