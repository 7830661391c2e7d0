import { defineOperation } from '../../service-types.js';
import { queueCheck } from '../queue-check.js';
import { sendEntry, type SendEntry } from '../send-entry.js';
import type { SqsStore } from '../sqs-store.js';

interface Input extends SendEntry {
  QueueUrl: string;
}

/** sqs:SendMessage on the queue's ARN; answers the MD5s SDKs verify. */
export const sendMessage = defineOperation<SqsStore, Input, object>({
  name: 'SendMessage',
  authorize: (input, ctx) => queueCheck('sqs:SendMessage', input.QueueUrl, ctx),
  handle(input, ctx) {
    const queue = ctx.store.getByUrl(ctx.region, input.QueueUrl);
    const sent = sendEntry(queue, input, ctx);
    return {
      MD5OfMessageBody: sent.md5OfBody,
      ...(sent.md5OfMessageAttributes !== undefined && {
        MD5OfMessageAttributes: sent.md5OfMessageAttributes,
      }),
      MessageId: sent.messageId,
      ...(sent.sequenceNumber !== undefined && { SequenceNumber: sent.sequenceNumber }),
    };
  },
});
