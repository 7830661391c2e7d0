import { defineOperation } from '../../service-types.js';
import { queueCheck } from '../queue-check.js';
import { sqsErrors } from '../sqs-errors.js';
import type { SqsStore } from '../sqs-store.js';

interface Input {
  QueueUrl: string;
}

/** sqs:PurgeQueue; AWS allows one purge per queue every 60 seconds. */
export const purgeQueue = defineOperation<SqsStore, Input, object>({
  name: 'PurgeQueue',
  authorize: (input, ctx) => queueCheck('sqs:PurgeQueue', input.QueueUrl, ctx),
  handle(input, { store, region, now }) {
    const queue = store.getByUrl(region, input.QueueUrl);
    if (queue.lastPurgeAt !== undefined && now.getTime() - queue.lastPurgeAt < 60_000)
      throw sqsErrors.purgeInProgress(queue.arn);
    queue.lastPurgeAt = now.getTime();
    queue.messages = [];
    return {};
  },
});
