import { defineOperation } from '../../service-types.js';
import { checkFilterPolicy, checkFilterPolicyScope } from '../filter-policy.js';
import { snsErrors } from '../sns-errors.js';
import type { SnsStore } from '../sns-store.js';
import { topicCheck, topicOfSubscription } from '../topic-check.js';

interface Input {
  SubscriptionArn: string;
  AttributeName: string;
  AttributeValue?: string;
}

const SETTABLE = new Set([
  'RawMessageDelivery',
  'FilterPolicy',
  'FilterPolicyScope',
  'RedrivePolicy',
  'DeliveryPolicy',
  'SubscriptionRoleArn',
  'ReplayPolicy',
]);

export const setSubscriptionAttributes = defineOperation<SnsStore, Input, object>({
  name: 'SetSubscriptionAttributes',
  authorize: (input, { store }) =>
    topicCheck('sns:SetSubscriptionAttributes', topicOfSubscription(input.SubscriptionArn), store),
  handle(input, { store }) {
    const s = store.subscriptions.get(input.SubscriptionArn);
    if (s === undefined) throw snsErrors.subscriptionNotFound();
    if (!SETTABLE.has(input.AttributeName)) throw snsErrors.invalidParameter('AttributeName');
    if (input.AttributeName === 'FilterPolicy' && (input.AttributeValue ?? '') !== '') {
      checkFilterPolicy(input.AttributeValue!);
    }
    if (input.AttributeName === 'FilterPolicyScope') checkFilterPolicyScope(input.AttributeValue);
    if (
      input.AttributeName === 'RawMessageDelivery' &&
      !['true', 'false'].includes(input.AttributeValue ?? '')
    ) {
      throw snsErrors.invalidParameter(
        'Attributes Reason: RawMessageDelivery: Invalid value [' +
          (input.AttributeValue ?? '') +
          ']. Must be true or false.',
      );
    }
    s.attributes.set(input.AttributeName, input.AttributeValue ?? '');
    return {};
  },
});
