import { defineOperation } from '../../service-types.js';
import { queueCheck } from '../queue-check.js';
import { receiveMessages } from '../receive-messages.js';
import { sqsErrors } from '../sqs-errors.js';
import { numberAttribute, type Queue, type SqsStore } from '../sqs-store.js';

interface Input {
  QueueUrl: string;
  AttributeNames?: string[];
  MessageSystemAttributeNames?: string[];
  MessageAttributeNames?: string[];
  MaxNumberOfMessages?: number;
  VisibilityTimeout?: number;
  WaitTimeSeconds?: number;
}

/**
 * sqs:ReceiveMessage. Long polling (WaitTimeSeconds, or the queue's
 * ReceiveMessageWaitTimeSeconds, at most 20 s) returns as soon as a message is visible, when
 * the wait ends, or when the queue is deleted.
 */
export const receiveMessage = defineOperation<SqsStore, Input, object>({
  name: 'ReceiveMessage',
  authorize: (input, ctx) => queueCheck('sqs:ReceiveMessage', input.QueueUrl, ctx),
  async handle(input, { store, region }) {
    const queue = store.getByUrl(region, input.QueueUrl);
    const max = input.MaxNumberOfMessages ?? 1;
    if (!Number.isInteger(max) || max < 1 || max > 10) {
      throw sqsErrors.invalidParameterValue(
        `Value ${max} for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.`,
      );
    }
    const wait = input.WaitTimeSeconds ?? numberAttribute(queue, 'ReceiveMessageWaitTimeSeconds');
    if (!Number.isInteger(wait) || wait < 0 || wait > 20) {
      throw sqsErrors.invalidParameterValue(
        `Value ${wait} for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if provided.`,
      );
    }
    const visibilityTimeout =
      input.VisibilityTimeout ?? numberAttribute(queue, 'VisibilityTimeout');
    if (
      !Number.isInteger(visibilityTimeout) ||
      visibilityTimeout < 0 ||
      visibilityTimeout > 43200
    ) {
      throw sqsErrors.invalidParameterValue(
        `Value ${visibilityTimeout} for parameter VisibilityTimeout is invalid. Reason: Must be >= 0 and <= 43200, if provided.`,
      );
    }
    const options = {
      max,
      visibilityTimeout,
      systemAttributeNames: [
        ...(input.AttributeNames ?? []),
        ...(input.MessageSystemAttributeNames ?? []),
      ],
      messageAttributeNames: input.MessageAttributeNames ?? [],
    };
    const deadline = Date.now() + wait * 1000;
    for (;;) {
      const messages = receiveMessages(store, queue, options, Date.now());
      if (messages.length > 0) return { Messages: messages };
      const left = deadline - Date.now();
      if (left <= 0 || store.queues(queue.region).get(queue.name) !== queue) return {};
      await waitForMessage(queue, left);
    }
  },
});

function waitForMessage(queue: Queue, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      queue.waiters.delete(done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    queue.waiters.add(done);
  });
}
