import { defineOperation } from '../../service-types.js';
import { queueCheck } from '../queue-check.js';
import type { SqsStore } from '../sqs-store.js';

interface Input {
  QueueUrl: string;
  TagKeys: string[];
}

export const untagQueue = defineOperation<SqsStore, Input, object>({
  name: 'UntagQueue',
  authorize: (input, ctx) =>
    queueCheck('sqs:UntagQueue', input.QueueUrl, ctx).map((check) => ({
      ...check,
      context: { ...check.context, 'aws:TagKeys': input.TagKeys },
    })),
  handle(input, { store, region }) {
    const queue = store.getByUrl(region, input.QueueUrl);
    for (const key of input.TagKeys) queue.tags.delete(key);
    return {};
  },
});
