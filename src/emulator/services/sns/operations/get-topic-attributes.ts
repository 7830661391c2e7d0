import { defineOperation } from '../../service-types.js';
import { defaultTopicPolicy, DEFAULT_DELIVERY_POLICY, type SnsStore } from '../sns-store.js';
import { topicCheck } from '../topic-check.js';

interface Input {
  TopicArn: string;
}

/** sns:GetTopicAttributes: the set attributes plus the computed ones AWS always shows. */
export const getTopicAttributes = defineOperation<SnsStore, Input, object>({
  name: 'GetTopicAttributes',
  authorize: (input, { store }) => topicCheck('sns:GetTopicAttributes', input.TopicArn, store),
  handle(input, { store }) {
    const topic = store.getTopic(input.TopicArn);
    const subscriptions = store.subscriptionsOf(topic.arn);
    const attributes: Record<string, string> = {
      Policy: defaultTopicPolicy(topic.arn, store.accountId),
      Owner: store.accountId,
      SubscriptionsPending: String(subscriptions.filter((s) => !s.confirmed).length),
      TopicArn: topic.arn,
      EffectiveDeliveryPolicy: DEFAULT_DELIVERY_POLICY,
      SubscriptionsConfirmed: String(subscriptions.filter((s) => s.confirmed).length),
      SubscriptionsDeleted: '0',
      ...Object.fromEntries(topic.attributes),
    };
    if (topic.fifo) attributes['FifoTopic'] = 'true';
    return { Attributes: attributes };
  },
});
