import { defineOperation } from '../../service-types.js';
import { checkBatch, failedEntry } from '../batch-entries.js';
import { queueCheck } from '../queue-check.js';
import type { SqsStore } from '../sqs-store.js';
import { deleteByReceiptHandle } from './delete-message.js';

interface Input {
  QueueUrl: string;
  Entries: Array<{ Id: string; ReceiptHandle: string }>;
}

/** Authorized as sqs:DeleteMessage; each entry succeeds or fails on its own. */
export const deleteMessageBatch = defineOperation<SqsStore, Input, object>({
  name: 'DeleteMessageBatch',
  authorize: (input, ctx) => queueCheck('sqs:DeleteMessage', input.QueueUrl, ctx),
  handle(input, { store, region }) {
    const queue = store.getByUrl(region, input.QueueUrl);
    checkBatch(input.Entries, 'DeleteMessage');
    const Successful: object[] = [];
    const Failed: object[] = [];
    for (const entry of input.Entries) {
      try {
        deleteByReceiptHandle(queue, entry.ReceiptHandle);
        Successful.push({ Id: entry.Id });
      } catch (error) {
        Failed.push(failedEntry(entry.Id, error));
      }
    }
    return { Successful, Failed };
  },
});
