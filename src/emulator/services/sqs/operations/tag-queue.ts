import { requestTagContext } from '../../common/tag-context.js';
import { defineOperation } from '../../service-types.js';
import { queueCheck } from '../queue-check.js';
import type { SqsStore } from '../sqs-store.js';

interface Input {
  QueueUrl: string;
  Tags: Record<string, string>;
}

/** sqs:TagQueue, with aws:RequestTag/* and aws:TagKeys. */
export const tagQueue = defineOperation<SqsStore, Input, object>({
  name: 'TagQueue',
  authorize: (input, ctx) =>
    queueCheck('sqs:TagQueue', input.QueueUrl, ctx).map((check) => ({
      ...check,
      context: {
        ...check.context,
        ...requestTagContext(Object.entries(input.Tags).map(([Key, Value]) => ({ Key, Value }))),
      },
    })),
  handle(input, { store, region }) {
    const queue = store.getByUrl(region, input.QueueUrl);
    for (const [k, v] of Object.entries(input.Tags)) queue.tags.set(k, v);
    return {};
  },
});
