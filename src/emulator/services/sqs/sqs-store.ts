import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { CompiledPolicy } from '../../../policy/types.js';
import type { EmulatorRequest } from '../../server/emulator-request.js';
import { md5Hex, md5OfMessageAttributes, type MessageAttributeValue } from './message-md5.js';
import { sqsErrors } from './sqs-errors.js';
import { partitionOfRegion } from '../../../policy/partition.js';

/** A message while it is in a queue. `visibleAt` (epoch ms) hides it while delayed or in flight. */
export interface StoredMessage {
  messageId: string;
  body: string;
  md5OfBody: string;
  messageAttributes: Record<string, MessageAttributeValue>;
  md5OfMessageAttributes?: string;
  senderId: string;
  sentAt: number;
  visibleAt: number;
  receiveCount: number;
  firstReceivedAt?: number;
  /** The handle of the latest receive; older handles of the same message stop working. */
  receiptHandle?: string;
  groupId?: string;
  deduplicationId?: string;
  sequenceNumber?: string;
}

export interface Queue {
  name: string;
  region: string;
  accountId: string;
  arn: string;
  fifo: boolean;
  createdAt: Date;
  modifiedAt: Date;
  /** Settable attributes as AWS returns them (strings); computed ones are added on read. */
  attributes: Map<string, string>;
  tags: Map<string, string>;
  /** The `Policy` attribute compiled as a resource policy. */
  policy?: CompiledPolicy;
  messages: StoredMessage[];
  /** Long-polling receivers waiting for a message. */
  waiters: Set<() => void>;
  deduplication: Map<string, { at: number; messageId: string; sequenceNumber?: string }>;
  nextSequence: bigint;
  lastPurgeAt?: number;
}

/** Per-region queues of the emulator's account. */
export class SqsStore {
  private readonly regions = new Map<string, Map<string, Queue>>();

  constructor(readonly accountId: string) {}

  queues(region: string): Map<string, Queue> {
    let queues = this.regions.get(region);
    if (queues === undefined) this.regions.set(region, (queues = new Map()));
    return queues;
  }

  arn(region: string, name: string): string {
    return `arn:${partitionOfRegion(region)}:sqs:${region}:${this.accountId}:${name}`;
  }

  /** The queue an ARN names, in any region (SNS delivers by ARN). */
  byArn(arn: string): Queue | undefined {
    const m = /^arn:aws[a-z-]*:sqs:([^:]+):(\d{12}):(.+)$/.exec(arn);
    if (m === null || m[2] !== this.accountId) return undefined;
    return this.regions.get(m[1]!)?.get(m[3]!);
  }

  getByUrl(region: string, queueUrl: string): Queue {
    const ref = parseQueueUrl(queueUrl, this.accountId);
    if (ref === undefined || ref.accountId !== this.accountId) throw sqsErrors.nonExistentQueue();
    const queue = this.queues(ref.region ?? region).get(ref.name);
    if (queue === undefined) throw sqsErrors.nonExistentQueue();
    return queue;
  }
}

/**
 * Queue URLs route by their last two path segments, ACCOUNT/NAME, so both
 * `http://127.0.0.1:4566/000000000000/q` and LocalStack's
 * `http://sqs.us-east-1.localhost.localstack.cloud:4566/000000000000/q` name the same queue; a
 * `sqs.REGION.` host names the region.
 */
export function parseQueueUrl(
  queueUrl: string,
  ownAccountId?: string,
): { accountId: string; name: string; region?: string } | undefined {
  let path = queueUrl;
  let host = '';
  const scheme = /^[a-z]+:\/\/([^/]*)(.*)$/i.exec(queueUrl);
  if (scheme !== null) {
    host = scheme[1]!;
    path = scheme[2]!;
  }
  const parts = path.split('/').filter((p) => p !== '');
  // SQS also accepts a bare queue name of the caller's own account where a QueueUrl is expected.
  if (scheme === null && parts.length === 1 && ownAccountId !== undefined)
    return { accountId: ownAccountId, name: parts[0]! };
  if (parts.length < 2) return undefined;
  const name = parts[parts.length - 1]!;
  const accountId = parts[parts.length - 2]!;
  const region = /^sqs\.([a-z0-9-]+)\./.exec(host)?.[1];
  return { accountId, name, ...(region !== undefined && { region }) };
}

/**
 * The URL a client should use for a queue: the host it called us on, so the URL works from
 * wherever the caller is (a Lambda process, a container, the test itself).
 */
export function queueUrlFor(request: EmulatorRequest, queue: Queue): string {
  const host = request.headers['host'] ?? '127.0.0.1:4566';
  return `http://${host}/${queue.accountId}/${queue.name}`;
}

export function numberAttribute(queue: Queue, name: string): number {
  return Number(queue.attributes.get(name) ?? '0');
}

export interface NewMessage {
  body: string;
  messageAttributes?: Record<string, MessageAttributeValue>;
  delaySeconds?: number;
  senderId: string;
  groupId?: string;
  deduplicationId?: string;
}

export interface SentMessage {
  messageId: string;
  md5OfBody: string;
  md5OfMessageAttributes?: string;
  sequenceNumber?: string;
}

/**
 * Enqueues a message (SendMessage, SendMessageBatch, SNS deliveries) and wakes long-polling
 * receivers. FIFO queues drop a duplicate deduplication id seen within 5 minutes, answering
 * the original message id as AWS does.
 */
export function enqueue(queue: Queue, message: NewMessage, now: number): SentMessage {
  const attributes = message.messageAttributes ?? {};
  const md5OfAttributes =
    Object.keys(attributes).length > 0 ? md5OfMessageAttributes(attributes) : undefined;
  const md5OfBody = md5Hex(message.body);
  let sequenceNumber: string | undefined;
  if (queue.fifo) {
    for (const [id, seen] of queue.deduplication)
      if (now - seen.at > 5 * 60_000) queue.deduplication.delete(id);
    const dedupId =
      message.deduplicationId ??
      (queue.attributes.get('ContentBasedDeduplication') === 'true'
        ? sha256Hex(message.body)
        : undefined);
    const seen = dedupId === undefined ? undefined : queue.deduplication.get(dedupId);
    if (seen !== undefined) {
      return {
        messageId: seen.messageId,
        md5OfBody,
        ...(md5OfAttributes !== undefined && { md5OfMessageAttributes: md5OfAttributes }),
        ...(seen.sequenceNumber !== undefined && { sequenceNumber: seen.sequenceNumber }),
      };
    }
    sequenceNumber = (queue.nextSequence++).toString().padStart(20, '0');
    message = { ...message, ...(dedupId !== undefined && { deduplicationId: dedupId }) };
  }
  const delay = queue.fifo
    ? numberAttribute(queue, 'DelaySeconds')
    : (message.delaySeconds ?? numberAttribute(queue, 'DelaySeconds'));
  const stored: StoredMessage = {
    messageId: randomUUID(),
    body: message.body,
    md5OfBody,
    messageAttributes: attributes,
    ...(md5OfAttributes !== undefined && { md5OfMessageAttributes: md5OfAttributes }),
    senderId: message.senderId,
    sentAt: now,
    visibleAt: now + delay * 1000,
    receiveCount: 0,
    ...(message.groupId !== undefined && { groupId: message.groupId }),
    ...(message.deduplicationId !== undefined && { deduplicationId: message.deduplicationId }),
    ...(sequenceNumber !== undefined && { sequenceNumber }),
  };
  queue.messages.push(stored);
  if (queue.fifo && stored.deduplicationId !== undefined) {
    queue.deduplication.set(stored.deduplicationId, {
      at: now,
      messageId: stored.messageId,
      ...(sequenceNumber !== undefined && { sequenceNumber }),
    });
  }
  wakeReceivers(queue, stored.visibleAt - now);
  return {
    messageId: stored.messageId,
    md5OfBody,
    ...(md5OfAttributes !== undefined && { md5OfMessageAttributes: md5OfAttributes }),
    ...(sequenceNumber !== undefined && { sequenceNumber }),
  };
}

/** Wakes long-polling receivers now, or when a delayed message becomes visible. */
export function wakeReceivers(queue: Queue, afterMs = 0): void {
  const wake = () => {
    for (const waiter of [...queue.waiters]) waiter();
  };
  if (afterMs <= 0) wake();
  else setTimeout(wake, afterMs).unref();
}

/** ContentBasedDeduplication: the SHA-256 of the body is the deduplication id. */
function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Receipt handles are opaque to clients; ours embed the message id so a lookup is direct. */
export function newReceiptHandle(message: StoredMessage): string {
  return Buffer.from(`${message.messageId}#${randomBytes(12).toString('hex')}`).toString('base64');
}

export function messageIdOfReceiptHandle(handle: string): string | undefined {
  const text = Buffer.from(handle, 'base64').toString('utf8');
  const hash = text.indexOf('#');
  return hash === -1 ? undefined : text.slice(0, hash);
}
