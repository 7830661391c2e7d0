import type { AuthorizationCheck, OperationContext } from '../service-types.js';
import { parseQueueUrl, type SqsStore } from './sqs-store.js';
import { partitionOfRegion } from '../../../policy/partition.js';

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
  const ref = parseQueueUrl(queueUrl, ctx.accountId);
  if (ref === undefined)
    return [
      {
        action,
        resource: `arn:${partitionOfRegion(ctx.region)}:sqs:${ctx.region}:${ctx.accountId}:`,
      },
    ];
  const region = ref.region ?? ctx.region;
  const resource = `arn:${partitionOfRegion(region)}:sqs:${region}:${ref.accountId}:${ref.name}`;
  // An existing queue's tags are aws:ResourceTag/* keys (tag-based access control).
  const tags = ctx.store.byArn(resource)?.tags ?? new Map<string, string>();
  return [
    {
      action,
      resource,
      ...(ref.accountId !== ctx.accountId && { resourceAccountId: ref.accountId }),
      ...(tags.size > 0 && {
        context: Object.fromEntries([...tags].map(([k, v]) => [`aws:ResourceTag/${k}`, v])),
      }),
    },
  ];
}
