import { defineOperation } from '../../service-types.js';
import { sqsErrors } from '../sqs-errors.js';
import { queueUrlFor, type SqsStore } from '../sqs-store.js';
import { partitionOfRegion } from '../../../../policy/partition.js';

interface Input {
  QueueName: string;
  QueueOwnerAWSAccountId?: string;
}

/** sqs:GetQueueUrl on the named queue's ARN (in the owner account when one is given). */
export const getQueueUrl = defineOperation<SqsStore, Input, object>({
  name: 'GetQueueUrl',
  authorize: (input, { store, region, accountId }) => {
    const owner = input.QueueOwnerAWSAccountId ?? accountId;
    return [
      {
        action: 'sqs:GetQueueUrl',
        resource: `arn:${partitionOfRegion(region)}:sqs:${region}:${owner}:${input.QueueName}`,
        ...(owner !== store.accountId && { resourceAccountId: owner }),
      },
    ];
  },
  handle(input, { store, region, request }) {
    if (
      input.QueueOwnerAWSAccountId !== undefined &&
      input.QueueOwnerAWSAccountId !== store.accountId
    ) {
      throw sqsErrors.nonExistentQueue();
    }
    const queue = store.queues(region).get(input.QueueName);
    if (queue === undefined) throw sqsErrors.nonExistentQueue();
    return { QueueUrl: queueUrlFor(request, queue) };
  },
});
