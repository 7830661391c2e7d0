import { defineOperation } from '../../service-types.js';
import { queueCheck } from '../queue-check.js';
import { wakeReceivers, type SqsStore } from '../sqs-store.js';

interface Input {
  QueueUrl: string;
}

/** sqs:DeleteQueue; long-polling receivers on the queue return at once. */
export const deleteQueue = defineOperation<SqsStore, Input, object>({
  name: 'DeleteQueue',
  authorize: (input, ctx) => queueCheck('sqs:DeleteQueue', input.QueueUrl, ctx),
  handle(input, { store, region }) {
    const queue = store.getByUrl(region, input.QueueUrl);
    store.queues(queue.region).delete(queue.name);
    wakeReceivers(queue);
    return {};
  },
});
