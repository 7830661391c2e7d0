import { randomBytes } from 'node:crypto';
import type { MessageAttributeValue } from '../sqs/message-md5.js';
import { deliverToQueue } from '../sqs/sqs-api.js';
import type { EmulatorCore } from '../service-types.js';
import { matchesFilterPolicy, type SnsMessageAttribute } from './filter-policy.js';
import type { SnsStore, Subscription, Topic } from './sns-store.js';

export interface PublishedMessage {
  messageId: string;
  message: string;
  subject?: string;
  messageStructure?: string;
  attributes: Record<string, SnsMessageAttribute>;
  groupId?: string;
  deduplicationId?: string;
  sequenceNumber?: string;
  timestamp: Date;
}

/**
 * Fans a published message out to the topic's confirmed subscriptions. SQS subscriptions get
 * the JSON notification envelope AWS sends (or, with RawMessageDelivery, the bare message with
 * the attributes as SQS message attributes). Lambda subscriptions get the SNS event
 * through the Lambda store's invokeEvent (when it has one); other protocols are only recorded.
 */
export function deliverToSubscriptions(
  core: EmulatorCore,
  store: SnsStore,
  topic: Topic,
  published: PublishedMessage,
  baseUrl: string,
): void {
  for (const subscription of store.subscriptionsOf(topic.arn)) {
    if (!subscription.confirmed) continue;
    if (
      !matchesFilterPolicy(
        subscription.attributes.get('FilterPolicy'),
        published.attributes,
        subscription.attributes.get('FilterPolicyScope'),
        messageFor(published, subscription.protocol),
      )
    )
      continue;
    if (subscription.protocol === 'lambda') {
      if (allowedBy(core, topic, published, 'lambda', 'lambda:InvokeFunction', subscription))
        deliverToLambda(core, topic, subscription, published, baseUrl);
      continue;
    }
    if (subscription.protocol !== 'sqs') continue;
    if (!allowedBy(core, topic, published, 'sqs', 'sqs:SendMessage', subscription)) continue;
    const message = messageFor(published, 'sqs');
    const raw = subscription.attributes.get('RawMessageDelivery') === 'true';
    deliverToQueue(core, subscription.endpoint, {
      body: raw ? message : notificationEnvelope(topic, subscription, published, message, baseUrl),
      ...(raw && { messageAttributes: sqsAttributes(published.attributes) }),
      senderId: core.accountId,
      ...(published.groupId !== undefined && { groupId: published.groupId }),
      ...(published.deduplicationId !== undefined && {
        deduplicationId: published.deduplicationId,
      }),
    });
  }
}

/**
 * Whether the target's resource policy lets SNS deliver: the queue policy must allow
 * sns.amazonaws.com sqs:SendMessage, the function policy lambda:InvokeFunction, usually under
 * aws:SourceArn = the topic (SNS Developer Guide, "Subscribing an Amazon SQS queue to an Amazon
 * SNS topic" step 2; Lambda Developer Guide, "Using Lambda with Amazon SNS"). Otherwise the
 * delivery silently fails, as on AWS; the authorization log records the denial.
 */
function allowedBy(
  core: EmulatorCore,
  topic: Topic,
  published: PublishedMessage,
  targetService: string,
  action: string,
  subscription: Subscription,
): boolean {
  if (core.authorizeDelivery === undefined) return true;
  return core.authorizeDelivery({
    servicePrincipal: 'sns.amazonaws.com',
    service: 'sns',
    operation: 'Publish',
    requestId: published.messageId,
    targetService,
    action,
    resource: subscription.endpoint,
    context: {
      'aws:SourceArn': topic.arn,
      'aws:SourceAccount': core.accountId,
      'aws:PrincipalServiceName': 'sns.amazonaws.com',
    },
  });
}

/** With MessageStructure=json the message holds one text per protocol, `default` for the rest. */
function messageFor(published: PublishedMessage, protocol: string): string {
  if (published.messageStructure !== 'json') return published.message;
  const texts = JSON.parse(published.message) as Record<string, string>;
  return texts[protocol] ?? texts['default'] ?? '';
}

/** The envelope exactly as SNS writes it: `"Key" : value` lines, in AWS's member order. */
export function notificationEnvelope(
  topic: Topic,
  subscription: Subscription,
  published: PublishedMessage,
  message: string,
  baseUrl: string,
): string {
  const region = topic.region;
  const entries: Array<[string, unknown]> = [
    ['Type', 'Notification'],
    ['MessageId', published.messageId],
    ...(published.sequenceNumber !== undefined
      ? [['SequenceNumber', published.sequenceNumber] as [string, unknown]]
      : []),
    ['TopicArn', topic.arn],
    ...(published.subject !== undefined
      ? [['Subject', published.subject] as [string, unknown]]
      : []),
    ['Message', message],
    ['Timestamp', published.timestamp.toISOString()],
    ...(topic.fifo
      ? []
      : ([
          ['SignatureVersion', topic.attributes.get('SignatureVersion') ?? '1'],
          ['Signature', randomBytes(256).toString('base64')],
          [
            'SigningCertURL',
            `https://sns.${region}.amazonaws.com/SimpleNotificationService-${randomBytes(16).toString('hex')}.pem`,
          ],
        ] as Array<[string, unknown]>)),
    ['UnsubscribeURL', `${baseUrl}/?Action=Unsubscribe&SubscriptionArn=${subscription.arn}`],
  ];
  const attributes = Object.entries(published.attributes);
  if (attributes.length > 0) {
    const inner = attributes.map(
      ([name, a]) =>
        `    ${JSON.stringify(name)} : ${JSON.stringify({ Type: a.DataType, Value: a.BinaryValue !== undefined ? a.BinaryValue.toString('base64') : a.StringValue })}`,
    );
    entries.push(['MessageAttributes', `{\n${inner.join(',\n')}\n  }`]);
  }
  const lines = entries.map(
    ([k, v]) =>
      `  ${JSON.stringify(k)} : ${k === 'MessageAttributes' ? String(v) : JSON.stringify(v)}`,
  );
  return `{\n${lines.join(',\n')}\n}`;
}

function sqsAttributes(
  attributes: Readonly<Record<string, SnsMessageAttribute>>,
): Record<string, MessageAttributeValue> {
  const out: Record<string, MessageAttributeValue> = {};
  for (const [name, a] of Object.entries(attributes)) {
    out[name] =
      a.BinaryValue !== undefined
        ? { DataType: a.DataType, BinaryValue: a.BinaryValue }
        : { DataType: a.DataType, StringValue: a.StringValue ?? '' };
  }
  return out;
}

/**
 * What SNS needs from the Lambda service to deliver to `lambda` subscriptions: an asynchronous
 * (`Event`) invocation by function ARN. Duck-typed on the Lambda store, as the Lambda service
 * reaches the logs store, so either side can land first; without it nothing is delivered.
 */
interface LambdaEventSink {
  invokeEvent?(functionArn: string, event: string): void;
}

function deliverToLambda(
  core: EmulatorCore,
  topic: Topic,
  subscription: Subscription,
  published: PublishedMessage,
  baseUrl: string,
): void {
  let sink: LambdaEventSink;
  try {
    sink = core.storeOf<LambdaEventSink>('lambda');
  } catch {
    return;
  }
  if (typeof sink.invokeEvent !== 'function') return;
  sink.invokeEvent(
    subscription.endpoint,
    JSON.stringify(snsLambdaEvent(topic, subscription, published, baseUrl)),
  );
}

/** The event a Lambda function subscribed to a topic receives (`Records[0].Sns`), as AWS shapes it. */
export function snsLambdaEvent(
  topic: Topic,
  subscription: Subscription,
  published: PublishedMessage,
  baseUrl: string,
): object {
  const attributes: Record<string, { Type: string; Value: string | undefined }> = {};
  for (const [name, a] of Object.entries(published.attributes)) {
    attributes[name] = {
      Type: a.DataType,
      Value: a.BinaryValue !== undefined ? a.BinaryValue.toString('base64') : a.StringValue,
    };
  }
  return {
    Records: [
      {
        EventSource: 'aws:sns',
        EventVersion: '1.0',
        EventSubscriptionArn: subscription.arn,
        Sns: {
          Type: 'Notification',
          MessageId: published.messageId,
          TopicArn: topic.arn,
          Subject: published.subject ?? null,
          Message: messageFor(published, 'lambda'),
          Timestamp: published.timestamp.toISOString(),
          SignatureVersion: '1',
          Signature: randomBytes(256).toString('base64'),
          SigningCertUrl: `https://sns.${topic.region}.amazonaws.com/SimpleNotificationService-${randomBytes(16).toString('hex')}.pem`,
          UnsubscribeUrl: `${baseUrl}/?Action=Unsubscribe&SubscriptionArn=${subscription.arn}`,
          MessageAttributes: attributes,
        },
      },
    ],
  };
}
