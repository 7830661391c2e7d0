import { defineOperation } from '../../service-types.js';
import { queueCheck } from '../queue-check.js';
import { selectAttributes } from '../queue-attributes.js';
import type { SqsStore } from '../sqs-store.js';

interface Input {
  QueueUrl: string;
  AttributeNames?: string[];
}

/** sqs:GetQueueAttributes; `All` or named attributes, computed counts included. */
export const getQueueAttributes = defineOperation<SqsStore, Input, object>({
  name: 'GetQueueAttributes',
  authorize: (input, ctx) => queueCheck('sqs:GetQueueAttributes', input.QueueUrl, ctx),
  handle(input, { store, region, now }) {
    const queue = store.getByUrl(region, input.QueueUrl);
    const attributes = selectAttributes(queue, input.AttributeNames, now.getTime());
    return attributes === undefined || Object.keys(attributes).length === 0
      ? {}
      : { Attributes: attributes };
  },
});
