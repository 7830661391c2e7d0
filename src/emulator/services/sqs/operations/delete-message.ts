import { defineOperation } from '../../service-types.js';
import { queueCheck } from '../queue-check.js';
import { sqsErrors } from '../sqs-errors.js';
import { messageIdOfReceiptHandle, type Queue, type SqsStore } from '../sqs-store.js';

interface Input {
  QueueUrl: string;
  ReceiptHandle: string;
}

/** Deletes the message a receipt handle names; an already-deleted message is not an error (as on AWS). */
export function deleteByReceiptHandle(queue: Queue, handle: string): void {
  const messageId = messageIdOfReceiptHandle(handle);
  if (messageId === undefined) throw sqsErrors.receiptHandleIsInvalid(handle);
  const index = queue.messages.findIndex((m) => m.messageId === messageId);
  if (index !== -1) queue.messages.splice(index, 1);
}

export const deleteMessage = defineOperation<SqsStore, Input, object>({
  name: 'DeleteMessage',
  authorize: (input, ctx) => queueCheck('sqs:DeleteMessage', input.QueueUrl, ctx),
  handle(input, { store, region }) {
    deleteByReceiptHandle(store.getByUrl(region, input.QueueUrl), input.ReceiptHandle);
    return {};
  },
});
