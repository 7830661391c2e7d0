import { defineOperation } from '../../service-types.js';
import { checkBatch, failedEntry } from '../batch-entries.js';
import { queueCheck } from '../queue-check.js';
import { sendEntry, type SendEntry } from '../send-entry.js';
import type { SqsStore } from '../sqs-store.js';

interface Input {
  QueueUrl: string;
  Entries: Array<SendEntry & { Id: string }>;
}

/** Authorized as sqs:SendMessage (there is no sqs:SendMessageBatch action); entries fail alone. */
export const sendMessageBatch = defineOperation<SqsStore, Input, object>({
  name: 'SendMessageBatch',
  authorize: (input, ctx) => queueCheck('sqs:SendMessage', input.QueueUrl, ctx),
  handle(input, ctx) {
    const queue = ctx.store.getByUrl(ctx.region, input.QueueUrl);
    checkBatch(input.Entries, 'SendMessage');
    const Successful: object[] = [];
    const Failed: object[] = [];
    for (const entry of input.Entries) {
      try {
        const sent = sendEntry(queue, entry, ctx);
        Successful.push({
          Id: entry.Id,
          MessageId: sent.messageId,
          MD5OfMessageBody: sent.md5OfBody,
          ...(sent.md5OfMessageAttributes !== undefined && {
            MD5OfMessageAttributes: sent.md5OfMessageAttributes,
          }),
          ...(sent.sequenceNumber !== undefined && { SequenceNumber: sent.sequenceNumber }),
        });
      } catch (error) {
        Failed.push(failedEntry(entry.Id, error));
      }
    }
    return { Successful, Failed };
  },
});
