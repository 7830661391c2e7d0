import { defineOperation } from '../../service-types.js';
import { queueCheck } from '../queue-check.js';
import type { SqsStore } from '../sqs-store.js';

interface Input {
  QueueUrl: string;
}

export const listQueueTags = defineOperation<SqsStore, Input, object>({
  name: 'ListQueueTags',
  authorize: (input, ctx) => queueCheck('sqs:ListQueueTags', input.QueueUrl, ctx),
  handle(input, { store, region }) {
    const queue = store.getByUrl(region, input.QueueUrl);
    return queue.tags.size > 0 ? { Tags: Object.fromEntries(queue.tags) } : {};
  },
});
