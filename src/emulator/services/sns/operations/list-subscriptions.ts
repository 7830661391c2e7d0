import { defineOperation } from '../../service-types.js';
import { page, type SnsStore } from '../sns-store.js';
import { subscriptionShape } from '../subscription-shape.js';
import { partitionOfRegion } from '../../../../policy/partition.js';

interface Input {
  NextToken?: string;
}

/** sns:ListSubscriptions on `arn:aws:sns:REGION:ACCOUNT:*`. */
export const listSubscriptions = defineOperation<SnsStore, Input, object>({
  name: 'ListSubscriptions',
  authorize: (_input, { region, accountId }) => [
    {
      action: 'sns:ListSubscriptions',
      resource: `arn:${partitionOfRegion(region)}:sns:${region}:${accountId}:*`,
    },
  ],
  handle(input, { store, region }) {
    const all = [...store.subscriptions.values()].filter(
      (s) => s.topicArn.split(':')[3] === region,
    );
    const { items, ...more } = page(all, input.NextToken);
    return { Subscriptions: items.map(subscriptionShape), ...more };
  },
});
