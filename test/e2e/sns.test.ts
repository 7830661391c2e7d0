import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CreateTopicCommand,
  ListSubscriptionsByTopicCommand,
  ListTopicsCommand,
  PublishCommand,
  SetSubscriptionAttributesCommand,
  SetTopicAttributesCommand,
  SNSClient,
  SubscribeCommand,
} from '@aws-sdk/client-sns';
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SetQueueAttributesCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator.js';
import { type AwsSdkError } from '../helpers/access-denied.js';
import { authzRecordsOf, readAuthzLog } from '../helpers/authz-log.js';
import { ADMIN, boto3, cli } from '../helpers/aws-subprocess.js';
import {
  ACCOUNT,
  clientConfig,
  policy,
  roleSession,
  userWithPolicy,
} from '../helpers/iam-principals.js';
import { snsMayDeliverTo } from '../helpers/sns-delivery-policy.js';

const TOPIC = 'e2e-notify';
const TOPIC_ARN = `arn:aws:sns:us-east-1:${ACCOUNT}:${TOPIC}`;
const PUBLISH_ONLY = policy({
  Sid: 'Notify',
  Effect: 'Allow',
  Action: 'sns:Publish',
  Resource: TOPIC_ARN,
});

/** SNS's denial: AuthorizationError, and the action spelled `SNS:ListTopics`. */
function listTopicsDenied(principalArn: string): string {
  return `User: ${principalArn} is not authorized to perform: SNS:ListTopics on resource: arn:aws:sns:us-east-1:${ACCOUNT}:* because no identity-based policy allows the SNS:ListTopics action`;
}

describe('SNS end to end (query protocol) with real clients, delivering to SQS', () => {
  let emulator: RunningEmulator;
  let queueUrl: string;
  let queueArn: string;

  before(async () => {
    emulator = await startEmulator({ port: 0, enforcement: 'strict' });
    const sns = new SNSClient(clientConfig(emulator.url, ADMIN));
    const sqs = new SQSClient(clientConfig(emulator.url, ADMIN));
    const topic = await sns.send(new CreateTopicCommand({ Name: TOPIC }));
    assert.equal(topic.TopicArn, TOPIC_ARN);
    queueUrl = (
      await sqs.send(
        new CreateQueueCommand({
          QueueName: 'e2e-notifications',
          Attributes: {
            Policy: snsMayDeliverTo(
              `arn:aws:sqs:us-east-1:${ACCOUNT}:e2e-notifications`,
              TOPIC_ARN,
            ),
          },
        }),
      )
    ).QueueUrl!;
    queueArn = (
      await sqs.send(
        new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }),
      )
    ).Attributes!['QueueArn']!;
  });
  after(() => emulator.stop());

  it('SDK v3: publish to a topic with an SQS subscription delivers the notification envelope, then raw', async () => {
    const sns = new SNSClient(clientConfig(emulator.url, ADMIN));
    const sqs = new SQSClient(clientConfig(emulator.url, ADMIN));
    const { SubscriptionArn } = await sns.send(
      new SubscribeCommand({ TopicArn: TOPIC_ARN, Protocol: 'sqs', Endpoint: queueArn }),
    );
    assert.match(SubscriptionArn ?? '', new RegExp(`^${TOPIC_ARN}:[0-9a-f-]{36}$`));
    const listed = await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: TOPIC_ARN }));
    assert.deepEqual(
      listed.Subscriptions?.map((s) => [s.Protocol, s.Endpoint]),
      [['sqs', queueArn]],
    );

    const published = await sns.send(
      new PublishCommand({
        TopicArn: TOPIC_ARN,
        Subject: 'order',
        Message: '{"id": 1}',
        MessageAttributes: { kind: { DataType: 'String', StringValue: 'created' } },
      }),
    );
    const received = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: queueUrl, WaitTimeSeconds: 2 }),
    );
    const envelope = JSON.parse(received.Messages?.[0]?.Body ?? '{}') as Record<string, unknown>;
    assert.equal(envelope['Type'], 'Notification');
    assert.equal(envelope['MessageId'], published.MessageId);
    assert.equal(envelope['TopicArn'], TOPIC_ARN);
    assert.equal(envelope['Subject'], 'order');
    assert.equal(envelope['Message'], '{"id": 1}');
    assert.deepEqual(envelope['MessageAttributes'], { kind: { Type: 'String', Value: 'created' } });
    assert.match(String(envelope['Timestamp']), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.equal(envelope['SignatureVersion'], '1');
    assert.ok(envelope['Signature'] && envelope['SigningCertURL'] && envelope['UnsubscribeURL']);

    await sns.send(
      new SetSubscriptionAttributesCommand({
        SubscriptionArn,
        AttributeName: 'RawMessageDelivery',
        AttributeValue: 'true',
      }),
    );
    await sns.send(
      new PublishCommand({
        TopicArn: TOPIC_ARN,
        Message: 'raw body',
        MessageAttributes: { kind: { DataType: 'String', StringValue: 'raw' } },
      }),
    );
    const raw = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        WaitTimeSeconds: 2,
        MessageAttributeNames: ['All'],
      }),
    );
    assert.equal(raw.Messages?.[0]?.Body, 'raw body');
    assert.equal(raw.Messages?.[0]?.MessageAttributes?.['kind']?.StringValue, 'raw');
  });

  it('SDK v3: a missing topic is NotFound (404, "Topic does not exist")', async () => {
    const sns = new SNSClient(clientConfig(emulator.url, ADMIN));
    await assert.rejects(
      sns.send(new PublishCommand({ TopicArn: `${TOPIC_ARN}-missing`, Message: 'x' })),
      (error: AwsSdkError) => {
        assert.equal(error.name, 'NotFoundException');
        assert.equal(error.message, 'Topic does not exist');
        assert.equal(error.$metadata?.httpStatusCode, 404);
        return true;
      },
    );
  });

  it('SDK v3: a role allowed only sns:Publish publishes, gets AuthorizationError on ListTopics, and the log names the Sid', async () => {
    const { credentials, sessionArn } = await roleSession(
      emulator.url,
      'sns-e2e-role',
      PUBLISH_ONLY,
    );
    const sns = new SNSClient(clientConfig(emulator.url, credentials));
    assert.ok(
      (await sns.send(new PublishCommand({ TopicArn: TOPIC_ARN, Message: 'from role' }))).MessageId,
    );
    await assert.rejects(sns.send(new ListTopicsCommand({})), (error: AwsSdkError) => {
      assert.equal(error.name, 'AuthorizationErrorException');
      assert.equal(error.message, listTopicsDenied(sessionArn));
      assert.equal(error.$metadata?.httpStatusCode, 403);
      return true;
    });
    const records = await authzRecordsOf(emulator.url, sessionArn);
    const allowed = records.find((r) => r.action === 'sns:Publish');
    assert.equal(allowed?.resource, TOPIC_ARN);
    assert.deepEqual(
      allowed?.matched.map((m) => m.sid),
      ['Notify'],
    );
    assert.equal(records.find((r) => r.action === 'sns:ListTopics')?.enforced, true);
  });

  it('a topic Policy (resource policy) lets a user without identity permissions publish', async () => {
    const sns = new SNSClient(clientConfig(emulator.url, ADMIN));
    const credentials = await userWithPolicy(
      emulator.url,
      'sns-policy-user',
      policy({ Effect: 'Allow', Action: 'sqs:ListQueues', Resource: '*' }),
    );
    const userArn = `arn:aws:iam::${ACCOUNT}:user/sns-policy-user`;
    const other = (await sns.send(new CreateTopicCommand({ Name: 'e2e-open' }))).TopicArn!;
    const asUser = new SNSClient(clientConfig(emulator.url, credentials));
    await assert.rejects(asUser.send(new PublishCommand({ TopicArn: other, Message: 'x' })), {
      name: 'AuthorizationErrorException',
    });
    await sns.send(
      new SetTopicAttributesCommand({
        TopicArn: other,
        AttributeName: 'Policy',
        AttributeValue: policy({
          Sid: 'LetUserPublish',
          Effect: 'Allow',
          Principal: { AWS: userArn },
          Action: 'sns:Publish',
          Resource: other,
        }),
      }),
    );
    assert.ok((await asUser.send(new PublishCommand({ TopicArn: other, Message: 'x' }))).MessageId);
    const record = (await readAuthzLog(emulator.url))
      .filter((r) => r.principal.arn === userArn && r.decision === 'allow')
      .pop();
    assert.deepEqual(
      record?.matched.map((m) => m.sid),
      ['LetUserPublish'],
    );
  });

  it('boto3: the user publishes and is denied ListTopics with AuthorizationError', async () => {
    const credentials = await userWithPolicy(emulator.url, 'sns-boto3-user', PUBLISH_ONLY);
    const out = (await boto3(
      emulator.url,
      credentials,
      `c = client('sns')
print(json.dumps({
  'publish': call(lambda: c.publish(TopicArn=${JSON.stringify(TOPIC_ARN)}, Message='boto3')),
  'list': call(lambda: c.list_topics()),
}))`,
    )) as Record<
      string,
      {
        MessageId?: string;
        error?: { Code: string; Message: string; Type: string };
        status?: number;
      }
    >;
    assert.ok(out['publish']?.MessageId);
    assert.equal(out['list']?.error?.Code, 'AuthorizationError');
    assert.equal(out['list']?.error?.Type, 'Sender');
    assert.equal(out['list']?.status, 403);
    assert.equal(
      out['list']?.error?.Message,
      listTopicsDenied(`arn:aws:iam::${ACCOUNT}:user/sns-boto3-user`),
    );
  });

  // SNS Developer Guide, "Subscribing an Amazon SQS queue to an Amazon SNS topic": the queue
  // policy must allow sns.amazonaws.com sqs:SendMessage; otherwise delivery silently fails.
  it('SDK v3: without a queue policy allowing SNS nothing is delivered, and the log shows why', async () => {
    const sns = new SNSClient(clientConfig(emulator.url, ADMIN));
    const sqs = new SQSClient(clientConfig(emulator.url, ADMIN));
    const name = 'no-policy-queue';
    const arn = `arn:aws:sqs:us-east-1:${ACCOUNT}:${name}`;
    const url = (await sqs.send(new CreateQueueCommand({ QueueName: name }))).QueueUrl!;
    await sns.send(new SubscribeCommand({ TopicArn: TOPIC_ARN, Protocol: 'sqs', Endpoint: arn }));
    const receive = async () =>
      (await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, WaitTimeSeconds: 0 }))).Messages ??
      [];
    await sns.send(new PublishCommand({ TopicArn: TOPIC_ARN, Message: 'dropped' }));
    assert.deepEqual(await receive(), []);
    const denied = (await readAuthzLog(emulator.url)).filter(
      (r) => r.resource === arn && r.action === 'sqs:SendMessage',
    );
    assert.equal(denied.length, 1);
    assert.equal(denied[0]!.principal.arn, 'sns.amazonaws.com');
    assert.equal(denied[0]!.decision, 'implicit-deny');
    assert.equal(denied[0]!.context['aws:SourceArn'], TOPIC_ARN);
    // A policy for another topic does not help; one for this topic does.
    const other = `arn:aws:sns:us-east-1:${ACCOUNT}:other`;
    await sqs.send(
      new SetQueueAttributesCommand({
        QueueUrl: url,
        Attributes: { Policy: snsMayDeliverTo(arn, other) },
      }),
    );
    await sns.send(new PublishCommand({ TopicArn: TOPIC_ARN, Message: 'still dropped' }));
    assert.deepEqual(await receive(), []);
    await sqs.send(
      new SetQueueAttributesCommand({
        QueueUrl: url,
        Attributes: { Policy: snsMayDeliverTo(arn, TOPIC_ARN) },
      }),
    );
    await sns.send(new PublishCommand({ TopicArn: TOPIC_ARN, Message: 'delivered' }));
    const got = await receive();
    assert.equal(got.length, 1);
    assert.equal((JSON.parse(got[0]!.Body!) as { Message: string }).Message, 'delivered');
  });

  it('AWS CLI: create-topic, subscribe a queue, publish, and the queue receives it', async () => {
    const topic = await cli(emulator.url, ['sns', 'create-topic', '--name', 'cli-topic']);
    assert.equal(topic.status, 0, topic.stderr);
    const topicArn = (topic.json as { TopicArn: string }).TopicArn;
    const queue = await cli(emulator.url, [
      'sqs',
      'create-queue',
      '--queue-name',
      'cli-topic-queue',
    ]);
    const url = (queue.json as { QueueUrl: string }).QueueUrl;
    await new SQSClient(clientConfig(emulator.url, ADMIN)).send(
      new SetQueueAttributesCommand({
        QueueUrl: url,
        Attributes: { Policy: snsMayDeliverTo(`arn:aws:sqs:us-east-1:${ACCOUNT}:cli-topic-queue`) },
      }),
    );
    const sub = await cli(emulator.url, [
      'sns',
      'subscribe',
      '--topic-arn',
      topicArn,
      '--protocol',
      'sqs',
      '--notification-endpoint',
      `arn:aws:sqs:us-east-1:${ACCOUNT}:cli-topic-queue`,
    ]);
    assert.equal(sub.status, 0, sub.stderr);
    const published = await cli(emulator.url, [
      'sns',
      'publish',
      '--topic-arn',
      topicArn,
      '--message',
      'from the cli',
    ]);
    assert.equal(published.status, 0, published.stderr);
    const received = await cli(emulator.url, [
      'sqs',
      'receive-message',
      '--queue-url',
      url,
      '--wait-time-seconds',
      '1',
    ]);
    const body = JSON.parse(
      (received.json as { Messages: Array<{ Body: string }> }).Messages[0]!.Body,
    ) as { Message: string };
    assert.equal(body.Message, 'from the cli');
  });
});
