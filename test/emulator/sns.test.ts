import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { matchesFilterPolicy } from '../../src/emulator/services/sns/filter-policy.js';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator.js';
import { awsJsonCaller } from '../helpers/aws-json-call.js';
import { signedFetch } from '../helpers/signed-fetch.js';
import { internalFetch } from '../../src/emulator/internal-client.js';
import { snsMayDeliverTo } from '../helpers/sns-delivery-policy.js';

describe('sns: filter policies (message attributes)', () => {
  const attrs = {
    kind: { DataType: 'String', StringValue: 'order_created' },
    price: { DataType: 'Number', StringValue: '42' },
    tags: { DataType: 'String.Array', StringValue: '["a","b"]' },
  };
  it('exact strings, numbers, arrays, prefix, anything-but, exists, numeric ranges', () => {
    assert.equal(matchesFilterPolicy(undefined, attrs), true);
    assert.equal(matchesFilterPolicy('{"kind": ["order_created", "x"]}', attrs), true);
    assert.equal(matchesFilterPolicy('{"kind": ["other"]}', attrs), false);
    assert.equal(matchesFilterPolicy('{"price": [42]}', attrs), true);
    assert.equal(matchesFilterPolicy('{"tags": ["b"]}', attrs), true);
    assert.equal(matchesFilterPolicy('{"kind": [{"prefix": "order_"}]}', attrs), true);
    assert.equal(
      matchesFilterPolicy('{"kind": [{"anything-but": ["order_created"]}]}', attrs),
      false,
    );
    assert.equal(matchesFilterPolicy('{"missing": [{"exists": false}]}', attrs), true);
    assert.equal(matchesFilterPolicy('{"missing": [{"exists": true}]}', attrs), false);
    assert.equal(matchesFilterPolicy('{"price": [{"numeric": [">", 40, "<=", 42]}]}', attrs), true);
    assert.equal(matchesFilterPolicy('{"price": [{"numeric": [">", 42]}]}', attrs), false);
    assert.equal(
      matchesFilterPolicy('{"kind": ["order_created"], "price": [1]}', attrs),
      false,
      'every key must match',
    );
    assert.equal(matchesFilterPolicy('not json', attrs), false);
  });
});

describe('sns: wire format and behaviour (query protocol, XML)', () => {
  let emulator: RunningEmulator;
  const call = async (params: Record<string, string>) =>
    signedFetch(emulator.url, {
      service: 'sns',
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      body: new URLSearchParams({ Version: '2010-03-31', ...params }).toString(),
    });
  const sqsCall = awsJsonCaller(() => emulator.url, {
    service: 'sqs',
    version: '1.0',
    targetPrefix: 'AmazonSQS',
  });
  const sqs = async (operation: string, body: object) => (await sqsCall(operation, body)).json;
  const topicArn = (name: string) => `arn:aws:sns:us-east-1:000000000000:${name}`;

  before(async () => {
    emulator = await startEmulator({ port: 0 });
  });
  after(() => emulator.stop());

  it('CreateTopic answers the ARN in CreateTopicResult; a missing topic is <Code>NotFound</Code> with HTTP 404', async () => {
    const created = await call({ Action: 'CreateTopic', Name: 'wire' });
    assert.equal(created.status, 200);
    assert.match(
      created.text,
      /^<CreateTopicResponse xmlns="http:\/\/sns\.amazonaws\.com\/doc\/2010-03-31\/"><CreateTopicResult><TopicArn>arn:aws:sns:us-east-1:000000000000:wire<\/TopicArn><\/CreateTopicResult><ResponseMetadata><RequestId>/,
    );
    const same = await call({ Action: 'CreateTopic', Name: 'wire' });
    assert.match(same.text, /<TopicArn>arn:aws:sns:us-east-1:000000000000:wire<\/TopicArn>/);
    const different = await call({
      Action: 'CreateTopic',
      Name: 'wire',
      'Attributes.entry.1.key': 'DisplayName',
      'Attributes.entry.1.value': 'x',
    });
    assert.match(different.text, /Topic already exists with different attributes/);
    const missing = await call({ Action: 'GetTopicAttributes', TopicArn: topicArn('nope') });
    assert.equal(missing.status, 404);
    assert.match(
      missing.text,
      /<Error><Type>Sender<\/Type><Code>NotFound<\/Code><Message>Topic does not exist<\/Message><\/Error>/,
    );
  });

  it('an operation in the model but not implemented answers NotImplemented (501) in XML, after authorization', async () => {
    const response = await call({
      Action: 'AddPermission',
      TopicArn: topicArn('wire'),
      Label: 'l',
      'AWSAccountId.member.1': '111111111111',
      'ActionName.member.1': 'Publish',
    });
    assert.equal(response.status, 501);
    assert.match(
      response.text,
      /<Code>NotImplemented<\/Code><Message>The AddPermission operation of SNS is not implemented by the iam-mutate emulator<\/Message>/,
    );
    const log = (await (await internalFetch(emulator.url, '/_iam-mutate/authz-log')).json()) as {
      records: Array<{ action: string }>;
    };
    assert.ok(
      log.records.some((r) => r.action === 'sns:AddPermission'),
      'authorized (and logged) before answering',
    );
  });

  it('GetTopicAttributes shows the default policy and counts; Policy set through SetTopicAttributes replaces it', async () => {
    await call({ Action: 'CreateTopic', Name: 'attrs' });
    const before = await call({ Action: 'GetTopicAttributes', TopicArn: topicArn('attrs') });
    assert.match(
      before.text,
      /<entry><key>Policy<\/key><value>\{&quot;Version&quot;:&quot;2008-10-17&quot;,&quot;Id&quot;:&quot;__default_policy_ID&quot;/,
    );
    assert.match(
      before.text,
      /<entry><key>SubscriptionsConfirmed<\/key><value>0<\/value><\/entry>/,
    );
    const bad = await call({
      Action: 'SetTopicAttributes',
      TopicArn: topicArn('attrs'),
      AttributeName: 'Policy',
      AttributeValue: '{"nope"',
    });
    assert.equal(bad.status, 400);
    assert.match(
      bad.text,
      /<Code>InvalidParameter<\/Code><Message>Invalid parameter: Policy Error/,
    );
    const unknown = await call({
      Action: 'SetTopicAttributes',
      TopicArn: topicArn('attrs'),
      AttributeName: 'Nope',
      AttributeValue: 'x',
    });
    assert.match(unknown.text, /<Message>Invalid parameter: AttributeName<\/Message>/);
  });

  it("a topic's tags are aws:ResourceTag/* keys of calls on it (as logged)", async () => {
    await call({
      Action: 'CreateTopic',
      Name: 'tagged',
      'Tags.member.1.Key': 'team',
      'Tags.member.1.Value': 'payments',
    });
    await call({ Action: 'Publish', TopicArn: topicArn('tagged'), Message: 'x' });
    const log = (await (await internalFetch(emulator.url, '/_iam-mutate/authz-log')).json()) as {
      records: Array<{ action: string; resource: string; context: Record<string, unknown> }>;
    };
    const publish = log.records
      .filter((r) => r.action === 'sns:Publish' && r.resource === topicArn('tagged'))
      .pop();
    assert.equal(publish?.context['aws:ResourceTag/team'], 'payments');
  });

  it('Publish validates like SNS: empty message, MessageStructure json without default', async () => {
    await call({ Action: 'CreateTopic', Name: 'validate' });
    const empty = await call({ Action: 'Publish', TopicArn: topicArn('validate'), Message: '' });
    assert.match(
      empty.text,
      /<Code>InvalidParameter<\/Code><Message>Invalid parameter: Empty message<\/Message>/,
    );
    const noDefault = await call({
      Action: 'Publish',
      TopicArn: topicArn('validate'),
      Message: '{"sqs":"x"}',
      MessageStructure: 'json',
    });
    assert.match(noDefault.text, /No default entry in JSON message body/);
    const grouped = await call({
      Action: 'Publish',
      TopicArn: topicArn('validate'),
      Message: 'm',
      MessageGroupId: 'g',
    });
    assert.equal(grouped.status, 200, 'standard topics take a MessageGroupId (SQS fair queues)');
    const dedup = await call({
      Action: 'Publish',
      TopicArn: topicArn('validate'),
      Message: 'm',
      MessageDeduplicationId: 'd',
    });
    assert.match(
      dedup.text,
      /MessageDeduplicationId parameter that is not valid for this topic type/,
    );
  });

  it('filter policies and MessageStructure json decide what each SQS subscription receives', async () => {
    await call({ Action: 'CreateTopic', Name: 'fanout' });
    const queue = async (name: string) =>
      (
        await sqs('CreateQueue', {
          QueueName: name,
          Attributes: { Policy: snsMayDeliverTo(`arn:aws:sqs:us-east-1:000000000000:${name}`) },
        })
      )['QueueUrl'] as string;
    const all = await queue('fanout-all');
    const orders = await queue('fanout-orders');
    await call({
      Action: 'Subscribe',
      TopicArn: topicArn('fanout'),
      Protocol: 'sqs',
      Endpoint: 'arn:aws:sqs:us-east-1:000000000000:fanout-all',
    });
    await call({
      Action: 'Subscribe',
      TopicArn: topicArn('fanout'),
      Protocol: 'sqs',
      Endpoint: 'arn:aws:sqs:us-east-1:000000000000:fanout-orders',
      'Attributes.entry.1.key': 'FilterPolicy',
      'Attributes.entry.1.value': '{"kind": ["order"]}',
      'Attributes.entry.2.key': 'RawMessageDelivery',
      'Attributes.entry.2.value': 'true',
    });
    await call({
      Action: 'Publish',
      TopicArn: topicArn('fanout'),
      Message: JSON.stringify({ default: 'for everyone', sqs: 'for queues' }),
      MessageStructure: 'json',
      'MessageAttributes.entry.1.Name': 'kind',
      'MessageAttributes.entry.1.Value.DataType': 'String',
      'MessageAttributes.entry.1.Value.StringValue': 'order',
    });
    await call({ Action: 'Publish', TopicArn: topicArn('fanout'), Message: 'not an order' });
    const receiveAll = async (QueueUrl: string) =>
      ((await sqs('ReceiveMessage', { QueueUrl, MaxNumberOfMessages: 10 }))['Messages'] as
        Array<{ Body: string }> | undefined) ?? [];
    const toAll = (await receiveAll(all)).map(
      (m) => (JSON.parse(m.Body) as { Message: string }).Message,
    );
    assert.deepEqual(toAll, ['for queues', 'not an order']);
    assert.deepEqual(
      (await receiveAll(orders)).map((m) => m.Body),
      ['for queues'],
    );
  });

  it('Subscribe is idempotent; http subscriptions wait for confirmation; Unsubscribe removes', async () => {
    await call({ Action: 'CreateTopic', Name: 'subs' });
    const one = await call({
      Action: 'Subscribe',
      TopicArn: topicArn('subs'),
      Protocol: 'sqs',
      Endpoint: 'arn:aws:sqs:us-east-1:000000000000:q',
    });
    const two = await call({
      Action: 'Subscribe',
      TopicArn: topicArn('subs'),
      Protocol: 'sqs',
      Endpoint: 'arn:aws:sqs:us-east-1:000000000000:q',
    });
    const arn = /<SubscriptionArn>([^<]+)</.exec(one.text)?.[1];
    assert.equal(/<SubscriptionArn>([^<]+)</.exec(two.text)?.[1], arn);
    const http = await call({
      Action: 'Subscribe',
      TopicArn: topicArn('subs'),
      Protocol: 'https',
      Endpoint: 'https://example.invalid/hook',
    });
    assert.match(http.text, /<SubscriptionArn>pending confirmation<\/SubscriptionArn>/);
    const listed = await call({ Action: 'ListSubscriptionsByTopic', TopicArn: topicArn('subs') });
    assert.match(listed.text, /<SubscriptionArn>PendingConfirmation<\/SubscriptionArn>/);
    assert.equal((await call({ Action: 'Unsubscribe', SubscriptionArn: arn! })).status, 200);
    const badFilter = await call({
      Action: 'Subscribe',
      TopicArn: topicArn('subs'),
      Protocol: 'sqs',
      Endpoint: 'arn:aws:sqs:us-east-1:000000000000:other',
      'Attributes.entry.1.key': 'FilterPolicy',
      'Attributes.entry.1.value': '{not json',
    });
    assert.match(
      badFilter.text,
      /<Code>InvalidParameter<\/Code><Message>Invalid parameter: FilterPolicy: failed to parse JSON\.<\/Message>/,
    );
    const gone = await call({ Action: 'Unsubscribe', SubscriptionArn: arn! });
    assert.equal(gone.status, 404);
  });

  // No function exists here, so no function policy allows SNS: in soft mode the delivery goes
  // on and the log records the denial (test/e2e/lambda-service.test.ts covers strict mode).
  it("lambda subscriptions get the SNS event through the Lambda store's invokeEvent (soft mode)", async () => {
    const strict = emulator;
    emulator = await startEmulator({ port: 0, enforcement: 'soft' });
    const events: Array<{ arn: string; event: string }> = [];
    const lambdaStore = emulator.state.storeOf<{
      invokeEvent?: (arn: string, event: string) => void;
    }>('lambda');
    const original = lambdaStore.invokeEvent;
    lambdaStore.invokeEvent = (arn, event) => void events.push({ arn, event });
    try {
      await call({ Action: 'CreateTopic', Name: 'to-lambda' });
      const fn = 'arn:aws:lambda:us-east-1:000000000000:function:consumer';
      await call({
        Action: 'Subscribe',
        TopicArn: topicArn('to-lambda'),
        Protocol: 'lambda',
        Endpoint: fn,
      });
      await call({
        Action: 'Publish',
        TopicArn: topicArn('to-lambda'),
        Message: 'hello',
        Subject: 's',
      });
      assert.equal(events.length, 1);
      assert.equal(events[0]?.arn, fn);
      const record = (
        JSON.parse(events[0]!.event) as {
          Records: Array<{ EventSource: string; Sns: Record<string, unknown> }>;
        }
      ).Records[0]!;
      assert.equal(record.EventSource, 'aws:sns');
      assert.equal(record.Sns['Message'], 'hello');
      assert.equal(record.Sns['Subject'], 's');
      assert.equal(record.Sns['TopicArn'], topicArn('to-lambda'));
    } finally {
      if (original === undefined) delete lambdaStore.invokeEvent;
      else lambdaStore.invokeEvent = original;
      const soft = emulator;
      emulator = strict;
      await soft.stop();
    }
  });

  it('FIFO topics deliver to FIFO queues with group and deduplication ids', async () => {
    await call({
      Action: 'CreateTopic',
      Name: 'events.fifo',
      'Attributes.entry.1.key': 'FifoTopic',
      'Attributes.entry.1.value': 'true',
    });
    const url = (
      await sqs('CreateQueue', {
        QueueName: 'events.fifo',
        Attributes: {
          FifoQueue: 'true',
          Policy: snsMayDeliverTo('arn:aws:sqs:us-east-1:000000000000:events.fifo'),
        },
      })
    )['QueueUrl'] as string;
    await call({
      Action: 'Subscribe',
      TopicArn: topicArn('events.fifo'),
      Protocol: 'sqs',
      Endpoint: 'arn:aws:sqs:us-east-1:000000000000:events.fifo',
    });
    const noGroup = await call({
      Action: 'Publish',
      TopicArn: topicArn('events.fifo'),
      Message: 'x',
    });
    assert.equal(noGroup.status, 400);
    for (let i = 0; i < 2; i++) {
      const sent = await call({
        Action: 'Publish',
        TopicArn: topicArn('events.fifo'),
        Message: 'once',
        MessageGroupId: 'g',
        MessageDeduplicationId: 'same',
      });
      assert.match(sent.text, /<SequenceNumber>\d{20}<\/SequenceNumber>/);
    }
    const received = (
      await sqs('ReceiveMessage', {
        QueueUrl: url,
        MaxNumberOfMessages: 10,
        AttributeNames: ['All'],
      })
    )['Messages'] as Array<{
      Body: string;
      Attributes: Record<string, string>;
    }>;
    assert.equal(received.length, 1);
    assert.equal(received[0]?.Attributes['MessageGroupId'], 'g');
    assert.equal((JSON.parse(received[0]!.Body) as { Message: string }).Message, 'once');
  });
});
