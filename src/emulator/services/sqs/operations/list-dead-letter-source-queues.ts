import { defineOperation } from '../../service-types.js';
import { queueCheck } from '../queue-check.js';
import { queueUrlFor, type SqsStore } from '../sqs-store.js';

interface Input {
  QueueUrl: string;
}

/** sqs:ListDeadLetterSourceQueues: the queues whose RedrivePolicy targets this one. */
export const listDeadLetterSourceQueues = defineOperation<SqsStore, Input, object>({
  name: 'ListDeadLetterSourceQueues',
  authorize: (input, ctx) => queueCheck('sqs:ListDeadLetterSourceQueues', input.QueueUrl, ctx),
  handle(input, { store, region, request }) {
    const target = store.getByUrl(region, input.QueueUrl);
    const sources = [...store.queues(target.region).values()].filter((q) => {
      const text = q.attributes.get('RedrivePolicy');
      if (text === undefined) return false;
      try {
        return (
          (JSON.parse(text) as { deadLetterTargetArn?: string }).deadLetterTargetArn === target.arn
        );
      } catch {
        return false;
      }
    });
    return { queueUrls: sources.map((q) => queueUrlFor(request, q)) };
  },
});
