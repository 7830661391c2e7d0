import { defineOperation } from '../../service-types.js';
import { checkBatch, failedEntry } from '../batch-entries.js';
import { queueCheck } from '../queue-check.js';
import type { SqsStore } from '../sqs-store.js';
import { changeVisibility } from './change-message-visibility.js';

interface Input {
  QueueUrl: string;
  Entries: Array<{ Id: string; ReceiptHandle: string; VisibilityTimeout?: number }>;
}

/** Authorized as sqs:ChangeMessageVisibility; entries fail on their own. */
export const changeMessageVisibilityBatch = defineOperation<SqsStore, Input, object>({
  name: 'ChangeMessageVisibilityBatch',
  authorize: (input, ctx) => queueCheck('sqs:ChangeMessageVisibility', input.QueueUrl, ctx),
  handle(input, { store, region, now }) {
    const queue = store.getByUrl(region, input.QueueUrl);
    checkBatch(input.Entries, 'ChangeMessageVisibility');
    const Successful: object[] = [];
    const Failed: object[] = [];
    for (const entry of input.Entries) {
      try {
        changeVisibility(queue, entry.ReceiptHandle, entry.VisibilityTimeout ?? 0, now.getTime());
        Successful.push({ Id: entry.Id });
      } catch (error) {
        Failed.push(failedEntry(entry.Id, error));
      }
    }
    return { Successful, Failed };
  },
});
