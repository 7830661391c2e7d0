import { defineOperation } from '../../service-types.js';
import { queueCheck } from '../queue-check.js';
import { applyAttributes } from '../queue-attributes.js';
import { sqsErrors } from '../sqs-errors.js';
import type { SqsStore } from '../sqs-store.js';
import { queuePolicyDocument } from './add-permission.js';

interface Input {
  QueueUrl: string;
  Label: string;
}

/** sqs:RemovePermission: drops the statement with Sid = Label (the policy goes with the last one). */
export const removePermission = defineOperation<SqsStore, Input, object>({
  name: 'RemovePermission',
  authorize: (input, ctx) => queueCheck('sqs:RemovePermission', input.QueueUrl, ctx),
  handle(input, { store, region, now, emulator }) {
    const queue = store.getByUrl(region, input.QueueUrl);
    const document = queuePolicyDocument(queue);
    const remaining = document.Statement.filter((s) => s['Sid'] !== input.Label);
    if (remaining.length === document.Statement.length) {
      throw sqsErrors.invalidParameterValue(
        `Value ${input.Label} for parameter Label is invalid. Reason: can't find label on existing policy.`,
      );
    }
    const policy =
      remaining.length === 0 ? '' : JSON.stringify({ ...document, Statement: remaining });
    applyAttributes(emulator, queue, { Policy: policy }, false);
    queue.modifiedAt = now;
    return {};
  },
});
