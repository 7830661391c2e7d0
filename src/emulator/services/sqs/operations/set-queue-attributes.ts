import { defineOperation } from '../../service-types.js';
import { queueCheck } from '../queue-check.js';
import { applyAttributes } from '../queue-attributes.js';
import type { SqsStore } from '../sqs-store.js';

interface Input {
  QueueUrl: string;
  Attributes: Record<string, string>;
}

/** sqs:SetQueueAttributes; a `Policy` becomes the queue's resource policy at once. */
export const setQueueAttributes = defineOperation<SqsStore, Input, object>({
  name: 'SetQueueAttributes',
  authorize: (input, ctx) => queueCheck('sqs:SetQueueAttributes', input.QueueUrl, ctx),
  handle(input, { store, region, now, emulator }) {
    const queue = store.getByUrl(region, input.QueueUrl);
    applyAttributes(emulator, queue, input.Attributes, false);
    queue.modifiedAt = now;
    return {};
  },
});
