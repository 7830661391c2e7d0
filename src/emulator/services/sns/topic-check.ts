import type { AuthorizationCheck } from '../service-types.js';
import type { SnsStore } from './sns-store.js';

/**
 * The IAM check of a call on one topic: the action on the topic ARN as the caller wrote it,
 * with the topic's tags as aws:ResourceTag/* when it exists.
 */
export function topicCheck(
  action: string,
  topicArn: string,
  store?: SnsStore,
): AuthorizationCheck[] {
  const tags = store?.topics.get(topicArn)?.tags ?? new Map<string, string>();
  return [
    {
      action,
      resource: topicArn,
      ...(tags.size > 0 && {
        context: Object.fromEntries([...tags].map(([k, v]) => [`aws:ResourceTag/${k}`, v])),
      }),
    },
  ];
}

/** A subscription ARN is its topic ARN plus `:ID`; subscription calls authorize on the topic. */
export function topicOfSubscription(subscriptionArn: string): string {
  const colon = subscriptionArn.lastIndexOf(':');
  return colon === -1 ? subscriptionArn : subscriptionArn.slice(0, colon);
}
