import { createHash, randomUUID } from 'node:crypto';
import type { OperationContext } from '../service-types.js';
import { deliverToSubscriptions } from './deliver.js';
import type { SnsMessageAttribute } from './filter-policy.js';
import { snsErrors } from './sns-errors.js';
import type { SnsStore, Topic } from './sns-store.js';

export interface PublishEntry {
  Message: string;
  Subject?: string;
  MessageStructure?: string;
  MessageAttributes?: Record<string, SnsMessageAttribute>;
  MessageDeduplicationId?: string;
  MessageGroupId?: string;
}

/** Validates one Publish(Batch) entry as SNS does and delivers it; answers the message id. */
export function publishEntry(
  topic: Topic,
  entry: PublishEntry,
  ctx: OperationContext<SnsStore>,
): { messageId: string; sequenceNumber?: string } {
  if (entry.Message === '') throw snsErrors.invalidParameter('Empty message');
  if (Buffer.byteLength(entry.Message) > 262144) {
    throw snsErrors.invalidParameter('Message too long');
  }
  if (
    entry.Subject !== undefined &&
    (entry.Subject === '' || entry.Subject.length > 100 || /[\r\n]/.test(entry.Subject))
  ) {
    throw snsErrors.invalidParameter('Subject');
  }
  if (entry.MessageStructure !== undefined) {
    if (entry.MessageStructure !== 'json') throw snsErrors.invalidParameter('MessageStructure');
    let texts: unknown;
    try {
      texts = JSON.parse(entry.Message);
    } catch {
      throw snsErrors.invalidParameter('Message Structure - JSON message body failed to parse');
    }
    if (
      texts === null ||
      typeof texts !== 'object' ||
      typeof (texts as Record<string, unknown>)['default'] !== 'string'
    ) {
      throw snsErrors.invalidParameter('Message Structure - No default entry in JSON message body');
    }
  }
  for (const [name, attribute] of Object.entries(entry.MessageAttributes ?? {})) {
    if (!/^(String|Number|Binary|String\.Array)(\..+)?$/.test(attribute.DataType)) {
      throw snsErrors.invalidParameter(
        `The message attribute '${name}' has an invalid message attribute type, the set of supported type prefixes is Binary, Number, and String.`,
      );
    }
    if (attribute.StringValue === undefined && attribute.BinaryValue === undefined) {
      throw snsErrors.invalidParameter(
        `The message attribute '${name}' must contain non-empty message attribute value for message attribute type '${attribute.DataType}'.`,
      );
    }
  }
  let sequenceNumber: string | undefined;
  let deduplicationId = entry.MessageDeduplicationId;
  const now = ctx.now.getTime();
  if (topic.fifo) {
    if (entry.MessageGroupId === undefined)
      throw snsErrors.invalidParameter('The MessageGroupId parameter is required for FIFO topics');
    if (deduplicationId === undefined) {
      if (topic.attributes.get('ContentBasedDeduplication') !== 'true') {
        throw snsErrors.invalidParameter(
          'The topic should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly',
        );
      }
      deduplicationId = createHash('sha256').update(entry.Message).digest('hex');
    }
    for (const [id, seen] of topic.deduplication)
      if (now - seen.at > 5 * 60_000) topic.deduplication.delete(id);
    const seen = topic.deduplication.get(deduplicationId);
    if (seen !== undefined)
      return { messageId: seen.messageId, sequenceNumber: seen.sequenceNumber };
    sequenceNumber = (topic.nextSequence++).toString().padStart(20, '0');
  } else if (entry.MessageDeduplicationId !== undefined) {
    // Standard topics take a MessageGroupId (passed on to SQS fair queues) but no deduplication id.
    throw snsErrors.invalidParameter(
      'The request includes MessageDeduplicationId parameter that is not valid for this topic type',
    );
  }
  const messageId = randomUUID();
  if (topic.fifo && deduplicationId !== undefined && sequenceNumber !== undefined) {
    topic.deduplication.set(deduplicationId, { at: now, messageId, sequenceNumber });
  }
  const host = ctx.request.headers['host'] ?? '127.0.0.1:4566';
  deliverToSubscriptions(
    ctx.emulator,
    ctx.store,
    topic,
    {
      messageId,
      message: entry.Message,
      ...(entry.Subject !== undefined && { subject: entry.Subject }),
      ...(entry.MessageStructure !== undefined && { messageStructure: entry.MessageStructure }),
      attributes: entry.MessageAttributes ?? {},
      ...(entry.MessageGroupId !== undefined && { groupId: entry.MessageGroupId }),
      ...(deduplicationId !== undefined && { deduplicationId }),
      ...(sequenceNumber !== undefined && { sequenceNumber }),
      timestamp: ctx.now,
    },
    `http://${host}`,
  );
  return { messageId, ...(sequenceNumber !== undefined && { sequenceNumber }) };
}
