import { defineOperation } from '../../service-types.js';
import { sqsErrors } from '../sqs-errors.js';
import { queueUrlFor, type SqsStore } from '../sqs-store.js';
import { partitionOfRegion } from '../../../../policy/partition.js';

interface Input {
  QueueNamePrefix?: string;
  NextToken?: string;
  MaxResults?: number;
}

/**
 * sqs:ListQueues on `arn:aws:sqs:REGION:ACCOUNT:` (the action has no resource type; AWS names
 * the account's queue namespace). Without MaxResults AWS answers up to 1000 queues, unpaged.
 */
export const listQueues = defineOperation<SqsStore, Input, object>({
  name: 'ListQueues',
  authorize: (_input, { region, accountId }) => [
    {
      action: 'sqs:ListQueues',
      resource: `arn:${partitionOfRegion(region)}:sqs:${region}:${accountId}:`,
    },
  ],
  handle(input, { store, region, request }) {
    const names = [...store.queues(region).keys()]
      .filter(
        (name) => input.QueueNamePrefix === undefined || name.startsWith(input.QueueNamePrefix),
      )
      .sort();
    if (input.MaxResults !== undefined && (input.MaxResults < 1 || input.MaxResults > 1000)) {
      throw sqsErrors.invalidParameterValue(
        'Value for parameter MaxResults is invalid. Reason: MaxResults must be an integer between 1 and 1000.',
      );
    }
    const start =
      input.NextToken !== undefined
        ? Number(Buffer.from(input.NextToken, 'base64').toString('utf8')) || 0
        : 0;
    const size = input.MaxResults ?? 1000;
    const page = names.slice(start, start + size);
    const queues = store.queues(region);
    const more = input.MaxResults !== undefined && start + size < names.length;
    return {
      ...(page.length > 0 && {
        QueueUrls: page.map((name) => queueUrlFor(request, queues.get(name)!)),
      }),
      ...(more && { NextToken: Buffer.from(String(start + size)).toString('base64') }),
    };
  },
});
