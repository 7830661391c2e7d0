import { principalUserId } from '../../identity/principal.js';
import type { OperationContext } from '../service-types.js';
import type { MessageAttributeValue } from './message-md5.js';
import { sqsErrors } from './sqs-errors.js';
import {
  enqueue,
  numberAttribute,
  type Queue,
  type SentMessage,
  type SqsStore,
} from './sqs-store.js';

export interface SendEntry {
  MessageBody: string;
  DelaySeconds?: number;
  MessageAttributes?: Record<string, MessageAttributeValue>;
  MessageDeduplicationId?: string;
  MessageGroupId?: string;
}

// SQS accepts #x9 | #xA | #xD | #x20-#xD7FF | #xE000-#xFFFD | #x10000-#x10FFFF.
const INVALID_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Validates one SendMessage(Batch) entry as SQS does and enqueues it. */
export function sendEntry(
  queue: Queue,
  entry: SendEntry,
  ctx: OperationContext<SqsStore>,
): SentMessage {
  if (entry.MessageBody === '')
    throw sqsErrors.missingParameter('The request must contain the parameter MessageBody.');
  if (INVALID_CHARACTER.test(entry.MessageBody)) {
    throw sqsErrors.invalidMessageContents();
  }
  const attributes = entry.MessageAttributes ?? {};
  const size =
    Buffer.byteLength(entry.MessageBody) +
    Object.entries(attributes).reduce(
      (n, [name, a]) =>
        n +
        Buffer.byteLength(name) +
        Buffer.byteLength(a.DataType) +
        (a.BinaryValue?.length ?? Buffer.byteLength(a.StringValue ?? '')),
      0,
    );
  const limit = numberAttribute(queue, 'MaximumMessageSize');
  if (size > limit) {
    throw sqsErrors.invalidParameterValue(
      `One or more parameters are invalid. Reason: Message must be shorter than ${limit} bytes.`,
    );
  }
  for (const [name, attribute] of Object.entries(attributes)) {
    if (!/^(String|Number|Binary)(\..+)?$/.test(attribute.DataType)) {
      throw sqsErrors.invalidParameterValue(
        `The type of message (user) attribute '${name}' is invalid. You must use only the following supported type prefixes: Binary, Number, String.`,
      );
    }
    if (attribute.StringValue === undefined && attribute.BinaryValue === undefined) {
      throw sqsErrors.invalidParameterValue(
        `The message (user) attribute '${name}' must contain a non-empty value of type '${attribute.DataType}'.`,
      );
    }
  }
  if (queue.fifo) {
    if (entry.MessageGroupId === undefined)
      throw sqsErrors.missingParameter('The request must contain the parameter MessageGroupId.');
    if (entry.DelaySeconds !== undefined && entry.DelaySeconds !== 0) {
      throw sqsErrors.invalidParameterValue(
        `Value ${entry.DelaySeconds} for parameter DelaySeconds is invalid. Reason: The request include parameter that is not valid for this queue type.`,
      );
    }
    if (
      entry.MessageDeduplicationId === undefined &&
      queue.attributes.get('ContentBasedDeduplication') !== 'true'
    ) {
      throw sqsErrors.invalidParameterValue(
        'The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly',
      );
    }
  } else if (
    entry.DelaySeconds !== undefined &&
    (entry.DelaySeconds < 0 || entry.DelaySeconds > 900)
  ) {
    throw sqsErrors.invalidParameterValue(
      `Value ${entry.DelaySeconds} for parameter DelaySeconds is invalid. Reason: DelaySeconds must be >= 0 and <= 900.`,
    );
  }
  return enqueue(
    queue,
    {
      body: entry.MessageBody,
      messageAttributes: attributes,
      ...(entry.DelaySeconds !== undefined && { delaySeconds: entry.DelaySeconds }),
      senderId: principalUserId(ctx.principal),
      ...(entry.MessageGroupId !== undefined && { groupId: entry.MessageGroupId }),
      ...(entry.MessageDeduplicationId !== undefined && {
        deduplicationId: entry.MessageDeduplicationId,
      }),
    },
    ctx.now.getTime(),
  );
}
