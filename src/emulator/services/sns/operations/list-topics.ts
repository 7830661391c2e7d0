import { defineOperation } from '../../service-types.js';
import { page, type SnsStore } from '../sns-store.js';
import { partitionOfRegion } from '../../../../policy/partition.js';

interface Input {
  NextToken?: string;
}

/** sns:ListTopics on `arn:aws:sns:REGION:ACCOUNT:*` (how AWS names the resource in denials). */
export const listTopics = defineOperation<SnsStore, Input, object>({
  name: 'ListTopics',
  authorize: (_input, { region, accountId }) => [
    {
      action: 'sns:ListTopics',
      resource: `arn:${partitionOfRegion(region)}:sns:${region}:${accountId}:*`,
    },
  ],
  handle(input, { store, region }) {
    const arns = [...store.topics.values()]
      .filter((t) => t.region === region)
      .map((t) => t.arn)
      .sort();
    const { items, ...more } = page(arns, input.NextToken);
    return { Topics: items.map((TopicArn) => ({ TopicArn })), ...more };
  },
});
