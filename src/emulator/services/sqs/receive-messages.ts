import type { MessageAttributeValue } from './message-md5.js';
import { md5OfMessageAttributes } from './message-md5.js';
import {
  newReceiptHandle,
  numberAttribute,
  type Queue,
  type SqsStore,
  type StoredMessage,
} from './sqs-store.js';

export interface ReceiveOptions {
  max: number;
  visibilityTimeout: number;
  systemAttributeNames: readonly string[];
  messageAttributeNames: readonly string[];
}

/**
 * Takes up to `max` visible messages and hides them for the visibility timeout. Expired
 * messages (MessageRetentionPeriod) are dropped; messages past a redrive policy's
 * maxReceiveCount move to the dead-letter queue; a FIFO group with a message in flight is
 * skipped so the group stays ordered.
 */
export function receiveMessages(
  store: SqsStore,
  queue: Queue,
  options: ReceiveOptions,
  now: number,
): object[] {
  const retention = numberAttribute(queue, 'MessageRetentionPeriod') * 1000;
  queue.messages = queue.messages.filter((m) => now - m.sentAt < retention);
  const redrive = redrivePolicy(queue);
  const lockedGroups = new Set<string>();
  if (queue.fifo) {
    for (const m of queue.messages)
      if (m.groupId !== undefined && m.visibleAt > now && m.receiveCount > 0)
        lockedGroups.add(m.groupId);
  }
  const taken: StoredMessage[] = [];
  for (const message of [...queue.messages]) {
    if (taken.length >= options.max) break;
    if (message.groupId !== undefined && lockedGroups.has(message.groupId)) continue;
    if (message.visibleAt > now) {
      if (queue.fifo && message.groupId !== undefined) lockedGroups.add(message.groupId);
      continue;
    }
    if (redrive !== undefined && message.receiveCount >= redrive.maxReceiveCount) {
      const target = store.byArn(redrive.deadLetterTargetArn);
      if (target !== undefined) {
        queue.messages.splice(queue.messages.indexOf(message), 1);
        target.messages.push({ ...message, visibleAt: now });
        continue;
      }
    }
    message.receiveCount += 1;
    message.firstReceivedAt ??= now;
    message.receiptHandle = newReceiptHandle(message);
    message.visibleAt = now + options.visibilityTimeout * 1000;
    taken.push(message);
  }
  return taken.map((m) => describeMessage(m, options));
}

function redrivePolicy(
  queue: Queue,
): { deadLetterTargetArn: string; maxReceiveCount: number } | undefined {
  const text = queue.attributes.get('RedrivePolicy');
  if (text === undefined) return undefined;
  try {
    const parsed = JSON.parse(text) as {
      deadLetterTargetArn: string;
      maxReceiveCount: number | string;
    };
    return {
      deadLetterTargetArn: parsed.deadLetterTargetArn,
      maxReceiveCount: Number(parsed.maxReceiveCount),
    };
  } catch {
    return undefined;
  }
}

function describeMessage(message: StoredMessage, options: ReceiveOptions): object {
  const system = systemAttributes(message, options.systemAttributeNames);
  const attributes = selectMessageAttributes(
    message.messageAttributes,
    options.messageAttributeNames,
  );
  return {
    MessageId: message.messageId,
    ReceiptHandle: message.receiptHandle,
    MD5OfBody: message.md5OfBody,
    Body: message.body,
    ...(system !== undefined && { Attributes: system }),
    ...(attributes !== undefined && {
      MD5OfMessageAttributes: md5OfMessageAttributes(attributes),
      MessageAttributes: attributes,
    }),
  };
}

function systemAttributes(
  message: StoredMessage,
  names: readonly string[],
): Record<string, string> | undefined {
  if (names.length === 0) return undefined;
  const all: Record<string, string> = {
    SenderId: message.senderId,
    SentTimestamp: String(message.sentAt),
    ApproximateReceiveCount: String(message.receiveCount),
    ApproximateFirstReceiveTimestamp: String(message.firstReceivedAt ?? message.sentAt),
    ...(message.sequenceNumber !== undefined && { SequenceNumber: message.sequenceNumber }),
    ...(message.deduplicationId !== undefined && {
      MessageDeduplicationId: message.deduplicationId,
    }),
    ...(message.groupId !== undefined && { MessageGroupId: message.groupId }),
  };
  if (names.includes('All')) return all;
  const out: Record<string, string> = {};
  for (const name of names) if (all[name] !== undefined) out[name] = all[name];
  return Object.keys(out).length > 0 ? out : undefined;
}

/** `All` or `.*` selects every attribute, `prefix.*` a prefix, anything else an exact name. */
function selectMessageAttributes(
  attributes: Readonly<Record<string, MessageAttributeValue>>,
  names: readonly string[],
): Record<string, MessageAttributeValue> | undefined {
  const out: Record<string, MessageAttributeValue> = {};
  for (const [name, value] of Object.entries(attributes)) {
    const wanted = names.some(
      (n) =>
        n === 'All' ||
        n === '.*' ||
        n === name ||
        (n.endsWith('.*') && name.startsWith(n.slice(0, -1))),
    );
    if (wanted) out[name] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
