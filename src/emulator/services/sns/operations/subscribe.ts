import { randomUUID } from 'node:crypto';
import { defineOperation } from '../../service-types.js';
import { checkFilterPolicy, checkFilterPolicyScope } from '../filter-policy.js';
import { snsErrors } from '../sns-errors.js';
import type { SnsStore, Subscription } from '../sns-store.js';
import { topicCheck } from '../topic-check.js';

interface Input {
  TopicArn: string;
  Protocol: string;
  Endpoint?: string;
  Attributes?: Record<string, string>;
  ReturnSubscriptionArn?: boolean;
}

const PROTOCOLS = new Set([
  'http',
  'https',
  'email',
  'email-json',
  'sms',
  'sqs',
  'application',
  'lambda',
  'firehose',
]);
/** AWS confirms these at once; the others wait for the endpoint to confirm. */
const AUTO_CONFIRMED = new Set(['sqs', 'lambda', 'application', 'firehose']);
const SUBSCRIPTION_ATTRIBUTES = new Set([
  'RawMessageDelivery',
  'FilterPolicy',
  'FilterPolicyScope',
  'RedrivePolicy',
  'DeliveryPolicy',
  'SubscriptionRoleArn',
  'ReplayPolicy',
]);

/**
 * sns:Subscribe on the topic ARN, with sns:Protocol and sns:Endpoint. Subscribing the same
 * endpoint twice answers the existing subscription. Only sqs subscriptions are delivered to.
 */
export const subscribe = defineOperation<SnsStore, Input, object>({
  name: 'Subscribe',
  authorize: (input, { store }) =>
    topicCheck('sns:Subscribe', input.TopicArn, store).map((check) => ({
      ...check,
      context: {
        ...check.context,
        'sns:Protocol': input.Protocol,
        ...(input.Endpoint !== undefined && { 'sns:Endpoint': input.Endpoint }),
      },
    })),
  handle(input, { store }) {
    const topic = store.getTopic(input.TopicArn);
    if (!PROTOCOLS.has(input.Protocol))
      throw snsErrors.invalidParameter(
        `Amazon SNS does not support this protocol string: ${input.Protocol}`,
      );
    const endpoint = input.Endpoint ?? '';
    if (input.Protocol === 'sqs' && !/^arn:aws[a-z-]*:sqs:[^:]+:\d{12}:[^:]+$/.test(endpoint)) {
      throw snsErrors.invalidParameter('SQS endpoint ARN');
    }
    if (topic.fifo && input.Protocol !== 'sqs')
      throw snsErrors.invalidParameter('Invalid protocol type: ' + input.Protocol);
    // A FIFO queue (name ends in .fifo) only takes messages with a group id, which a standard
    // topic never sends: AWS refuses the subscription rather than failing every delivery.
    if (!topic.fifo && input.Protocol === 'sqs' && endpoint.endsWith('.fifo'))
      throw snsErrors.invalidParameter(
        'Invalid parameter: Endpoint Reason: FIFO SQS Queues can not be subscribed to standard SNS topics',
      );
    for (const name of Object.keys(input.Attributes ?? {})) {
      if (!SUBSCRIPTION_ATTRIBUTES.has(name))
        throw snsErrors.invalidParameter(`Attributes Reason: Unknown attribute: ${name}`);
    }
    const filterPolicy = input.Attributes?.['FilterPolicy'];
    if (filterPolicy !== undefined && filterPolicy !== '') checkFilterPolicy(filterPolicy);
    checkFilterPolicyScope(input.Attributes?.['FilterPolicyScope']);
    const existing = store
      .subscriptionsOf(topic.arn)
      .find((s) => s.protocol === input.Protocol && s.endpoint === endpoint);
    if (existing !== undefined) return { SubscriptionArn: existing.arn };
    const subscription: Subscription = {
      arn: `${topic.arn}:${randomUUID()}`,
      topicArn: topic.arn,
      protocol: input.Protocol,
      endpoint,
      owner: store.accountId,
      confirmed: AUTO_CONFIRMED.has(input.Protocol),
      attributes: new Map(Object.entries(input.Attributes ?? {})),
    };
    store.subscriptions.set(subscription.arn, subscription);
    return {
      SubscriptionArn:
        subscription.confirmed || input.ReturnSubscriptionArn === true
          ? subscription.arn
          : 'pending confirmation',
    };
  },
});
