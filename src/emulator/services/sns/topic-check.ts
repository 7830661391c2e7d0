import type { AuthorizationCheck } from '../service-types.js';

/** The IAM check of a call on one topic: the action on the topic ARN as the caller wrote it. */
export function topicCheck(action: string, topicArn: string): AuthorizationCheck[] {
  return [{ action, resource: topicArn }];
}

/** A subscription ARN is its topic ARN plus `:ID`; subscription calls authorize on the topic. */
export function topicOfSubscription(subscriptionArn: string): string {
  const colon = subscriptionArn.lastIndexOf(':');
  return colon === -1 ? subscriptionArn : subscriptionArn.slice(0, colon);
}
