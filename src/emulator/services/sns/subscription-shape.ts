import type { Subscription } from './sns-store.js';

export function subscriptionShape(s: Subscription): Record<string, string> {
  return {
    SubscriptionArn: s.confirmed ? s.arn : 'PendingConfirmation',
    Owner: s.owner,
    Protocol: s.protocol,
    Endpoint: s.endpoint,
    TopicArn: s.topicArn,
  };
}
