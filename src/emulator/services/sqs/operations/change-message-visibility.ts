import { defineOperation } from '../../service-types.js';
import { queueCheck } from '../queue-check.js';
import { sqsErrors } from '../sqs-errors.js';
import {
  messageIdOfReceiptHandle,
  wakeReceivers,
  type Queue,
  type SqsStore,
} from '../sqs-store.js';

interface Input {
  QueueUrl: string;
  ReceiptHandle: string;
  VisibilityTimeout: number;
}

/** Sets an in-flight message's remaining visibility timeout (0 makes it visible at once). */
export function changeVisibility(queue: Queue, handle: string, timeout: number, now: number): void {
  const messageId = messageIdOfReceiptHandle(handle);
  if (messageId === undefined) throw sqsErrors.receiptHandleIsInvalid(handle);
  if (!Number.isInteger(timeout) || timeout < 0 || timeout > 43200) {
    throw sqsErrors.invalidParameterValue(
      `Value ${timeout} for parameter VisibilityTimeout is invalid. Reason: VisibilityTimeout must be an integer between 0 and 43200.`,
    );
  }
  const message = queue.messages.find((m) => m.messageId === messageId);
  if (message === undefined || message.receiveCount === 0 || message.visibleAt <= now)
    throw sqsErrors.messageNotInflight();
  message.visibleAt = now + timeout * 1000;
  wakeReceivers(queue, timeout * 1000);
}

export const changeMessageVisibility = defineOperation<SqsStore, Input, object>({
  name: 'ChangeMessageVisibility',
  authorize: (input, ctx) => queueCheck('sqs:ChangeMessageVisibility', input.QueueUrl, ctx),
  handle(input, { store, region, now }) {
    changeVisibility(
      store.getByUrl(region, input.QueueUrl),
      input.ReceiptHandle,
      input.VisibilityTimeout,
      now.getTime(),
    );
    return {};
  },
});
