import { defineOperation } from '../../service-types.js';
import { page, type SnsStore } from '../sns-store.js';
import { subscriptionShape } from '../subscription-shape.js';
import { topicCheck } from '../topic-check.js';

interface Input {
  TopicArn: string;
  NextToken?: string;
}

export const listSubscriptionsByTopic = defineOperation<SnsStore, Input, object>({
  name: 'ListSubscriptionsByTopic',
  authorize: (input, { store }) =>
    topicCheck('sns:ListSubscriptionsByTopic', input.TopicArn, store),
  handle(input, { store }) {
    const topic = store.getTopic(input.TopicArn);
    const { items, ...more } = page(store.subscriptionsOf(topic.arn), input.NextToken);
    return { Subscriptions: items.map(subscriptionShape), ...more };
  },
});
