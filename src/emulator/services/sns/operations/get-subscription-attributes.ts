import { defineOperation } from '../../service-types.js';
import { snsErrors } from '../sns-errors.js';
import type { SnsStore } from '../sns-store.js';
import { topicCheck, topicOfSubscription } from '../topic-check.js';

interface Input {
  SubscriptionArn: string;
}

/** sns:GetSubscriptionAttributes, authorized on the subscription's topic. */
export const getSubscriptionAttributes = defineOperation<SnsStore, Input, object>({
  name: 'GetSubscriptionAttributes',
  authorize: (input, { store }) =>
    topicCheck('sns:GetSubscriptionAttributes', topicOfSubscription(input.SubscriptionArn), store),
  handle(input, { store }) {
    const s = store.subscriptions.get(input.SubscriptionArn);
    if (s === undefined) throw snsErrors.subscriptionNotFound();
    return {
      Attributes: {
        Owner: s.owner,
        RawMessageDelivery: 'false',
        TopicArn: s.topicArn,
        Endpoint: s.endpoint,
        Protocol: s.protocol,
        PendingConfirmation: String(!s.confirmed),
        ConfirmationWasAuthenticated: String(s.confirmed),
        SubscriptionArn: s.arn,
        ...Object.fromEntries(s.attributes),
      },
    };
  },
});
