import type { EmulatorCore } from '../service-types.js';
import type { MessageAttributeValue } from './message-md5.js';
import { enqueue, type SentMessage, type SqsStore } from './sqs-store.js';

/**
 * For other services that deliver to queues (SNS subscriptions, and later event sources):
 * enqueue a message on the queue an ARN names. Answers undefined when there is no such queue,
 * as a delivery to a deleted queue is silently lost on AWS.
 */
export function deliverToQueue(
  core: EmulatorCore,
  queueArn: string,
  message: {
    body: string;
    messageAttributes?: Record<string, MessageAttributeValue>;
    senderId: string;
    groupId?: string;
    deduplicationId?: string;
  },
): SentMessage | undefined {
  let store: SqsStore;
  try {
    store = core.storeOf<SqsStore>('sqs');
  } catch {
    return undefined;
  }
  const queue = store.byArn(queueArn);
  if (queue === undefined) return undefined;
  if (queue.fifo && message.groupId === undefined) return undefined;
  return enqueue(queue, message, Date.now());
}
