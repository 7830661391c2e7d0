import { defineOperation } from '../../service-types.js';
import { snsErrors } from '../sns-errors.js';
import type { SnsStore } from '../sns-store.js';
import { topicCheck, topicOfSubscription } from '../topic-check.js';

interface Input {
  SubscriptionArn: string;
}

/** sns:Unsubscribe, authorized on the subscription's topic. */
export const unsubscribe = defineOperation<SnsStore, Input, object>({
  name: 'Unsubscribe',
  authorize: (input, { store }) =>
    topicCheck('sns:Unsubscribe', topicOfSubscription(input.SubscriptionArn), store),
  handle(input, { store }) {
    if (!store.subscriptions.delete(input.SubscriptionArn)) throw snsErrors.subscriptionNotFound();
    return {};
  },
});
