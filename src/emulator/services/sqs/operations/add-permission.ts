import { defineOperation } from '../../service-types.js';
import { queueCheck } from '../queue-check.js';
import { applyAttributes } from '../queue-attributes.js';
import { sqsErrors } from '../sqs-errors.js';
import type { Queue, SqsStore } from '../sqs-store.js';

interface Input {
  QueueUrl: string;
  Label: string;
  AWSAccountIds: string[];
  Actions: string[];
}

interface PolicyDocument {
  Version: string;
  Id?: string;
  Statement: Array<Record<string, unknown>>;
}

/** The queue's policy document, or the empty one AWS starts from (`Id: ARN/SQSDefaultPolicy`). */
export function queuePolicyDocument(queue: Queue): PolicyDocument {
  const text = queue.attributes.get('Policy');
  if (text !== undefined) {
    const parsed = JSON.parse(text) as PolicyDocument;
    return {
      ...parsed,
      Statement: Array.isArray(parsed.Statement) ? parsed.Statement : [parsed.Statement],
    };
  }
  return { Version: '2012-10-17', Id: `${queue.arn}/SQSDefaultPolicy`, Statement: [] };
}

/**
 * sqs:AddPermission: adds a statement with Sid = Label to the queue policy, granting the accounts
 * (as `arn:aws:iam::ACCOUNT:root`) the `SQS:` actions, as AWS writes it.
 */
export const addPermission = defineOperation<SqsStore, Input, object>({
  name: 'AddPermission',
  authorize: (input, ctx) => queueCheck('sqs:AddPermission', input.QueueUrl, ctx),
  handle(input, { store, region, now, emulator }) {
    const queue = store.getByUrl(region, input.QueueUrl);
    const document = queuePolicyDocument(queue);
    if (document.Statement.some((s) => s['Sid'] === input.Label)) {
      throw sqsErrors.invalidParameterValue(
        `Value ${input.Label} for parameter Label is invalid. Reason: Already exists.`,
      );
    }
    if (input.AWSAccountIds.length === 0 || input.Actions.length === 0) {
      throw sqsErrors.missingParameter(
        'The request must contain the parameter AWSAccountIds and Actions.',
      );
    }
    const principals = input.AWSAccountIds.map((id) => `arn:aws:iam::${id}:root`);
    const actions = input.Actions.map((a) => `SQS:${a}`);
    document.Statement.push({
      Sid: input.Label,
      Effect: 'Allow',
      Principal: { AWS: principals.length === 1 ? principals[0] : principals },
      Action: actions.length === 1 ? actions[0] : actions,
      Resource: queue.arn,
    });
    applyAttributes(emulator, queue, { Policy: JSON.stringify(document) }, false);
    queue.modifiedAt = now;
    return {};
  },
});
