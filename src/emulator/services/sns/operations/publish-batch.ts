import { AwsError } from '../../../errors/aws-error.js';
import { defineOperation } from '../../service-types.js';
import { publishEntry, type PublishEntry } from '../publish-message.js';
import type { SnsStore } from '../sns-store.js';
import { topicCheck } from '../topic-check.js';

interface Input {
  TopicArn: string;
  PublishBatchRequestEntries: Array<PublishEntry & { Id: string }>;
}

/** Authorized as sns:Publish (there is no PublishBatch action); each entry fails on its own. */
export const publishBatch = defineOperation<SnsStore, Input, object>({
  name: 'PublishBatch',
  authorize: (input, { store }) => topicCheck('sns:Publish', input.TopicArn, store),
  handle(input, ctx) {
    const topic = ctx.store.getTopic(input.TopicArn);
    const entries = input.PublishBatchRequestEntries;
    if (entries.length === 0)
      throw new AwsError(
        'EmptyBatchRequest',
        "The batch request doesn't contain any entries.",
        400,
      );
    if (entries.length > 10) {
      throw new AwsError(
        'TooManyEntriesInBatchRequest',
        'The batch request contains more entries than permissible.',
        400,
      );
    }
    const ids = new Set<string>();
    for (const { Id } of entries) {
      if (ids.has(Id))
        throw new AwsError(
          'BatchEntryIdsNotDistinct',
          'Two or more batch entries in the request have the same Id.',
          400,
        );
      ids.add(Id);
    }
    const Successful: object[] = [];
    const Failed: object[] = [];
    for (const entry of entries) {
      try {
        const sent = publishEntry(topic, entry, ctx);
        Successful.push({
          Id: entry.Id,
          MessageId: sent.messageId,
          ...(sent.sequenceNumber !== undefined && { SequenceNumber: sent.sequenceNumber }),
        });
      } catch (error) {
        if (!(error instanceof AwsError)) throw error;
        Failed.push({
          Id: entry.Id,
          Code: error.code,
          Message: error.message,
          SenderFault: error.fault === 'Sender',
        });
      }
    }
    return { Successful, Failed };
  },
});
