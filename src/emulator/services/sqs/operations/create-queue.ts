import { requestTagContext } from '../../common/tag-context.js';
import { defineOperation } from '../../service-types.js';
import { applyAttributes, DEFAULT_ATTRIBUTES } from '../queue-attributes.js';
import { sqsErrors } from '../sqs-errors.js';
import { queueUrlFor, type Queue, type SqsStore } from '../sqs-store.js';

interface Input {
  QueueName: string;
  Attributes?: Record<string, string>;
  tags?: Record<string, string>;
}

const NAME = /^[A-Za-z0-9_-]{1,80}$/;

/**
 * sqs:CreateQueue on the new queue's ARN (tags as aws:RequestTag). Creating an existing queue
 * with the same attributes answers its URL; with different ones, QueueNameExists.
 */
export const createQueue = defineOperation<SqsStore, Input, object>({
  name: 'CreateQueue',
  authorize: (input, { store, region }) => [
    {
      action: 'sqs:CreateQueue',
      resource: store.arn(region, input.QueueName),
      context: requestTagContext(
        Object.entries(input.tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
      ),
    },
  ],
  handle(input, { store, region, request, now, emulator }) {
    const fifo = input.QueueName.endsWith('.fifo');
    const base = fifo ? input.QueueName.slice(0, -'.fifo'.length) : input.QueueName;
    if (!NAME.test(base) || input.QueueName.length > 80) {
      throw sqsErrors.invalidParameterValue(
        'Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length',
      );
    }
    const wantsFifo = input.Attributes?.['FifoQueue'] === 'true';
    if (wantsFifo !== fifo) {
      throw sqsErrors.invalidParameterValue(
        'The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with .fifo suffix. The queue name has 1-80 characters.',
      );
    }
    const queues = store.queues(region);
    const existing = queues.get(input.QueueName);
    if (existing !== undefined) {
      for (const [name, value] of Object.entries(input.Attributes ?? {})) {
        if (name === 'FifoQueue') continue;
        const current = existing.attributes.get(name) ?? DEFAULT_ATTRIBUTES[name];
        if (current !== value) throw sqsErrors.queueNameExists(name);
      }
      return { QueueUrl: queueUrlFor(request, existing) };
    }
    const queue: Queue = {
      name: input.QueueName,
      region,
      accountId: store.accountId,
      arn: store.arn(region, input.QueueName),
      fifo,
      createdAt: now,
      modifiedAt: now,
      attributes: new Map(Object.entries(DEFAULT_ATTRIBUTES)),
      tags: new Map(Object.entries(input.tags ?? {})),
      messages: [],
      waiters: new Set(),
      deduplication: new Map(),
      nextSequence: 10000000000000000000n,
    };
    if (fifo) {
      queue.attributes.set('ContentBasedDeduplication', 'false');
      queue.attributes.set('DeduplicationScope', 'queue');
      queue.attributes.set('FifoThroughputLimit', 'perQueue');
    }
    applyAttributes(emulator, queue, input.Attributes ?? {}, true);
    queues.set(queue.name, queue);
    return { QueueUrl: queueUrlFor(request, queue) };
  },
});
