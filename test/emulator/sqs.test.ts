import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { md5OfMessageAttributes } from '../../src/emulator/services/sqs/message-md5.js';
import { parseQueueUrl } from '../../src/emulator/services/sqs/sqs-store.js';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator.js';
import { awsJsonCaller } from '../helpers/aws-json-call.js';
import { signedFetch } from '../helpers/signed-fetch.js';
import { internalFetch } from '../../src/emulator/internal-client.js';

describe('sqs: pure parts', () => {
  it('MD5OfMessageAttributes matches what SQS (and moto) compute, binary and non-ASCII included', () => {
    const md5 = md5OfMessageAttributes({
      b: { DataType: 'Binary', BinaryValue: Buffer.from([1, 2]) },
      a: { DataType: 'String', StringValue: 'héllo' },
      n: { DataType: 'Number', StringValue: '42' },
    });
    assert.equal(md5, '3597d59b3ff921694f05cd5860ccbc57');
  });

  it('queue URLs route by ACCOUNT/NAME, path-style and LocalStack-style alike', () => {
    assert.deepEqual(parseQueueUrl('http://127.0.0.1:4566/000000000000/jobs'), {
      accountId: '000000000000',
      name: 'jobs',
    });
    assert.deepEqual(
      parseQueueUrl('http://sqs.eu-west-1.localhost.localstack.cloud:4566/000000000000/jobs.fifo'),
      {
        accountId: '000000000000',
        name: 'jobs.fifo',
        region: 'eu-west-1',
      },
    );
    assert.deepEqual(parseQueueUrl('http://localhost:4566/queue/us-east-1/000000000000/q'), {
      accountId: '000000000000',
      name: 'q',
    });
    assert.equal(parseQueueUrl('http://localhost:4566/'), undefined);
  });
});

describe('sqs: wire format and behaviour (in-process emulator, raw signed requests)', () => {
  let emulator: RunningEmulator;
  const call = awsJsonCaller(
    () => emulator.url,
    { service: 'sqs', version: '1.0', targetPrefix: 'AmazonSQS' },
    { emptyBodyAsObject: true },
  );
  const createQueue = async (QueueName: string, Attributes: Record<string, string> = {}) =>
    (await call('CreateQueue', { QueueName, Attributes })).json['QueueUrl'] as string;
  const receive = async (QueueUrl: string, extra: object = {}) =>
    ((await call('ReceiveMessage', { QueueUrl, ...extra })).json['Messages'] as
      Array<Record<string, string>> | undefined) ?? [];

  before(async () => {
    emulator = await startEmulator({ port: 0 });
  });
  after(() => emulator.stop());

  it('a missing queue: __type QueueDoesNotExist, x-amzn-query-error names the legacy code', async () => {
    const response = await call('GetQueueUrl', { QueueName: 'missing' });
    assert.equal(response.status, 400);
    assert.equal(response.headers.get('content-type'), 'application/x-amz-json-1.0');
    assert.equal(
      response.headers.get('x-amzn-query-error'),
      'AWS.SimpleQueueService.NonExistentQueue;Sender',
    );
    assert.deepEqual(response.json, {
      __type: 'com.amazonaws.sqs#QueueDoesNotExist',
      message: 'The specified queue does not exist.',
    });
  });

  it('an operation in the model but not implemented is NotImplemented, naming service and operation', async () => {
    const response = await call('StartMessageMoveTask', {
      SourceArn: 'arn:aws:sqs:us-east-1:000000000000:x',
    });
    assert.equal(response.status, 501);
    assert.match(
      String(response.json['message']),
      /StartMessageMoveTask operation of SQS is not implemented/,
    );
  });

  it('AddPermission / RemovePermission edit the queue Policy as AWS writes it; ListDeadLetterSourceQueues', async () => {
    const url = await createQueue('permissions');
    await call('AddPermission', {
      QueueUrl: url,
      Label: 'let-other',
      AWSAccountIds: ['111111111111'],
      Actions: ['SendMessage'],
    });
    const policy = JSON.parse(
      (
        (await call('GetQueueAttributes', { QueueUrl: url, AttributeNames: ['Policy'] })).json[
          'Attributes'
        ] as Record<string, string>
      )['Policy']!,
    ) as { Id: string; Statement: unknown[] };
    assert.equal(policy.Id, 'arn:aws:sqs:us-east-1:000000000000:permissions/SQSDefaultPolicy');
    assert.deepEqual(policy.Statement, [
      {
        Sid: 'let-other',
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::111111111111:root' },
        Action: 'SQS:SendMessage',
        Resource: 'arn:aws:sqs:us-east-1:000000000000:permissions',
      },
    ]);
    const again = await call('AddPermission', {
      QueueUrl: url,
      Label: 'let-other',
      AWSAccountIds: ['111111111111'],
      Actions: ['SendMessage'],
    });
    assert.equal(again.headers.get('x-amzn-query-error'), 'InvalidParameterValue;Sender');
    await call('RemovePermission', { QueueUrl: url, Label: 'let-other' });
    const after = (await call('GetQueueAttributes', { QueueUrl: url, AttributeNames: ['All'] }))
      .json['Attributes'] as Record<string, string>;
    assert.equal(after['Policy'], undefined);
    const dlq = await createQueue('permissions-dlq');
    const source = await createQueue('permissions-source', {
      RedrivePolicy: JSON.stringify({
        deadLetterTargetArn: 'arn:aws:sqs:us-east-1:000000000000:permissions-dlq',
        maxReceiveCount: 3,
      }),
    });
    assert.deepEqual(
      (await call('ListDeadLetterSourceQueues', { QueueUrl: dlq })).json['queueUrls'],
      [source],
    );
  });

  it('long polling returns as soon as a message arrives, and an empty wait ends on time', async () => {
    const url = await createQueue('long-poll');
    const started = Date.now();
    const pending = receive(url, { WaitTimeSeconds: 5 });
    setTimeout(() => void call('SendMessage', { QueueUrl: url, MessageBody: 'late' }), 300);
    const messages = await pending;
    assert.deepEqual(
      messages.map((m) => m['Body']),
      ['late'],
    );
    assert.ok(
      Date.now() - started < 3000,
      'returned when the message arrived, not at the end of the wait',
    );
    const emptyStart = Date.now();
    assert.deepEqual(await receive(url, { WaitTimeSeconds: 1 }), []);
    assert.ok(Date.now() - emptyStart >= 900, 'waited about a second');
  });

  it('visibility timeout hides a received message; ChangeMessageVisibility 0 releases it', async () => {
    const url = await createQueue('visibility', { VisibilityTimeout: '30' });
    await call('SendMessage', { QueueUrl: url, MessageBody: 'm' });
    const [first] = await receive(url);
    assert.ok(first);
    assert.deepEqual(await receive(url), []);
    const attributes = (
      await call('GetQueueAttributes', { QueueUrl: url, AttributeNames: ['All'] })
    ).json['Attributes'] as Record<string, string>;
    assert.equal(attributes['ApproximateNumberOfMessagesNotVisible'], '1');
    await call('ChangeMessageVisibility', {
      QueueUrl: url,
      ReceiptHandle: first['ReceiptHandle'],
      VisibilityTimeout: 0,
    });
    const [again] = await receive(url, { AttributeNames: ['ApproximateReceiveCount'] });
    assert.equal(again?.['MessageId'], first['MessageId']);
    assert.deepEqual(again?.['Attributes'], { ApproximateReceiveCount: '2' });
    assert.equal(
      (await call('DeleteMessage', { QueueUrl: url, ReceiptHandle: again?.['ReceiptHandle'] }))
        .status,
      200,
    );
    const bad = await call('DeleteMessage', { QueueUrl: url, ReceiptHandle: 'not-a-handle' });
    assert.equal(bad.json['__type'], 'com.amazonaws.sqs#ReceiptHandleIsInvalid');
  });

  it('a redrive policy moves a message to the dead-letter queue after maxReceiveCount receives', async () => {
    const dlq = await createQueue('dead-letters');
    const url = await createQueue('with-dlq', {
      VisibilityTimeout: '0',
      RedrivePolicy: JSON.stringify({
        deadLetterTargetArn: 'arn:aws:sqs:us-east-1:000000000000:dead-letters',
        maxReceiveCount: 2,
      }),
    });
    await call('SendMessage', { QueueUrl: url, MessageBody: 'poison' });
    assert.equal((await receive(url)).length, 1);
    assert.equal((await receive(url)).length, 1);
    assert.deepEqual(await receive(url), []);
    assert.deepEqual(
      (await receive(dlq)).map((m) => m['Body']),
      ['poison'],
    );
  });

  it('FIFO queues: MessageGroupId required, deduplication ids drop repeats, sequence numbers', async () => {
    const url = await createQueue('orders.fifo', { FifoQueue: 'true' });
    const missing = await call('SendMessage', {
      QueueUrl: url,
      MessageBody: 'x',
      MessageDeduplicationId: 'd',
    });
    assert.equal(missing.headers.get('x-amzn-query-error'), 'MissingParameter;Sender');
    const first = await call('SendMessage', {
      QueueUrl: url,
      MessageBody: 'a',
      MessageGroupId: 'g',
      MessageDeduplicationId: 'd1',
    });
    const repeat = await call('SendMessage', {
      QueueUrl: url,
      MessageBody: 'a',
      MessageGroupId: 'g',
      MessageDeduplicationId: 'd1',
    });
    assert.equal(repeat.json['MessageId'], first.json['MessageId']);
    assert.match(String(first.json['SequenceNumber']), /^\d{20}$/);
    await call('SendMessage', {
      QueueUrl: url,
      MessageBody: 'b',
      MessageGroupId: 'g',
      MessageDeduplicationId: 'd2',
    });
    // One group: the second message waits until the first is deleted.
    const got = await receive(url, { MaxNumberOfMessages: 1 });
    assert.deepEqual(
      got.map((m) => m['Body']),
      ['a'],
    );
    assert.deepEqual(await receive(url), []);
  });

  it('validation: batch limits, attribute names and values, message size', async () => {
    const url = await createQueue('validation');
    const tooMany = await call('SendMessageBatch', {
      QueueUrl: url,
      Entries: Array.from({ length: 11 }, (_, i) => ({ Id: `e${i}`, MessageBody: 'x' })),
    });
    assert.equal(tooMany.json['__type'], 'com.amazonaws.sqs#TooManyEntriesInBatchRequest');
    const dup = await call('SendMessageBatch', {
      QueueUrl: url,
      Entries: [
        { Id: 'a', MessageBody: 'x' },
        { Id: 'a', MessageBody: 'y' },
      ],
    });
    assert.equal(dup.json['__type'], 'com.amazonaws.sqs#BatchEntryIdsNotDistinct');
    const badName = await call('GetQueueAttributes', { QueueUrl: url, AttributeNames: ['Nope'] });
    assert.deepEqual(badName.json, {
      __type: 'com.amazonaws.sqs#InvalidAttributeName',
      message: 'Unknown Attribute Nope.',
    });
    const badValue = await call('SetQueueAttributes', {
      QueueUrl: url,
      Attributes: { VisibilityTimeout: '99999' },
    });
    assert.equal(badValue.json['__type'], 'com.amazonaws.sqs#InvalidAttributeValue');
    await call('SetQueueAttributes', { QueueUrl: url, Attributes: { MaximumMessageSize: '1024' } });
    const big = await call('SendMessage', { QueueUrl: url, MessageBody: 'x'.repeat(1025) });
    assert.equal(big.headers.get('x-amzn-query-error'), 'InvalidParameterValue;Sender');
    const purged = await call('PurgeQueue', { QueueUrl: url });
    assert.equal(purged.status, 200);
    assert.equal(
      (await call('PurgeQueue', { QueueUrl: url })).json['__type'],
      'com.amazonaws.sqs#PurgeQueueInProgress',
    );
  });

  it("a queue's tags are aws:ResourceTag/* keys of calls on it (as logged)", async () => {
    const url = await createQueue('tagged');
    await call('TagQueue', { QueueUrl: url, Tags: { team: 'payments' } });
    await call('SendMessage', { QueueUrl: url, MessageBody: 'x' });
    const log = (await (await internalFetch(emulator.url, '/_iam-mutate/authz-log')).json()) as {
      records: Array<{ action: string; resource: string; context: Record<string, unknown> }>;
    };
    const send = log.records
      .filter((r) => r.action === 'sqs:SendMessage' && r.resource.endsWith(':tagged'))
      .pop();
    assert.equal(send?.context['aws:ResourceTag/team'], 'payments');
  });

  it('CreateQueue is idempotent for the same attributes and QueueNameExists for different ones', async () => {
    const url = await createQueue('idempotent', { DelaySeconds: '5' });
    assert.equal(await createQueue('idempotent', { DelaySeconds: '5' }), url);
    const clash = await call('CreateQueue', {
      QueueName: 'idempotent',
      Attributes: { DelaySeconds: '6' },
    });
    assert.equal(clash.headers.get('x-amzn-query-error'), 'QueueAlreadyExists;Sender');
    const listed = await call('ListQueues', { QueueNamePrefix: 'idem' });
    assert.deepEqual(listed.json['QueueUrls'], [url]);
  });
});

describe('sqs: the query protocol of older SDKs (form in, XML out)', () => {
  let emulator: RunningEmulator;
  const query = async (params: Record<string, string>, path = '/') =>
    signedFetch(emulator.url, {
      service: 'sqs',
      path,
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      body: new URLSearchParams({ Version: '2012-11-05', ...params }).toString(),
    });

  before(async () => {
    emulator = await startEmulator({ port: 0 });
  });
  after(() => emulator.stop());

  it('answers the same operations with the 2012-11-05 query names (shapes checked against moto)', async () => {
    const created = await query({
      Action: 'CreateQueue',
      QueueName: 'legacy',
      'Attribute.1.Name': 'VisibilityTimeout',
      'Attribute.1.Value': '7',
    });
    assert.equal(created.status, 200);
    const url = /<QueueUrl>([^<]+)<\/QueueUrl>/.exec(created.text)?.[1];
    assert.equal(url, `${emulator.url}/000000000000/legacy`);
    const sent = await query({
      Action: 'SendMessage',
      QueueUrl: url!,
      MessageBody: 'hi',
      'MessageAttribute.1.Name': 'k',
      'MessageAttribute.1.Value.DataType': 'String',
      'MessageAttribute.1.Value.StringValue': 'v',
    });
    assert.match(
      sent.text,
      /^<SendMessageResponse xmlns="http:\/\/queue\.amazonaws\.com\/doc\/2012-11-05\/"><SendMessageResult><MD5OfMessageBody>49f68a5c8493ec2c0bf489821c21fc3b<\/MD5OfMessageBody><MD5OfMessageAttributes>0a77b0642718c3d9dd47090567d11e0d<\/MD5OfMessageAttributes><MessageId>/,
    );
    const received = await query({
      Action: 'ReceiveMessage',
      QueueUrl: url!,
      'AttributeName.1': 'SenderId',
      'MessageAttributeName.1': 'All',
    });
    assert.match(
      received.text,
      /<ReceiveMessageResult><Message><MessageId>[^<]+<\/MessageId><ReceiptHandle>[^<]+<\/ReceiptHandle><MD5OfBody>49f68a5c8493ec2c0bf489821c21fc3b<\/MD5OfBody><Body>hi<\/Body><Attribute><Name>SenderId<\/Name><Value>000000000000<\/Value><\/Attribute><MD5OfMessageAttributes>0a77b0642718c3d9dd47090567d11e0d<\/MD5OfMessageAttributes><MessageAttribute><Name>k<\/Name><Value><StringValue>v<\/StringValue><DataType>String<\/DataType><\/Value><\/MessageAttribute><\/Message><\/ReceiveMessageResult>/,
    );
    const attributes = await query({
      Action: 'GetQueueAttributes',
      QueueUrl: url!,
      'AttributeName.1': 'VisibilityTimeout',
    });
    assert.match(
      attributes.text,
      /<GetQueueAttributesResult><Attribute><Name>VisibilityTimeout<\/Name><Value>7<\/Value><\/Attribute><\/GetQueueAttributesResult>/,
    );
    const batch = await query({
      Action: 'SendMessageBatch',
      QueueUrl: url!,
      'SendMessageBatchRequestEntry.1.Id': 'a',
      'SendMessageBatchRequestEntry.1.MessageBody': 'x',
    });
    assert.match(batch.text, /<SendMessageBatchResult><SendMessageBatchResultEntry><Id>a<\/Id>/);
  });

  it('errors carry the legacy codes; a call to the queue URL needs no QueueUrl parameter', async () => {
    const missing = await query({ Action: 'GetQueueUrl', QueueName: 'missing' });
    assert.equal(missing.status, 400);
    assert.match(
      missing.text,
      /<Error><Type>Sender<\/Type><Code>AWS\.SimpleQueueService\.NonExistentQueue<\/Code><Message>The specified queue does not exist\.<\/Message><\/Error>/,
    );
    await query({ Action: 'CreateQueue', QueueName: 'by-path' });
    const viaPath = await query(
      { Action: 'SendMessage', MessageBody: 'via path' },
      '/000000000000/by-path',
    );
    assert.equal(viaPath.status, 200, viaPath.text);
    const count = await query({
      Action: 'GetQueueAttributes',
      QueueUrl: `${emulator.url}/000000000000/by-path`,
      'AttributeName.1': 'ApproximateNumberOfMessages',
    });
    assert.match(count.text, /<Name>ApproximateNumberOfMessages<\/Name><Value>1<\/Value>/);
  });
});

describe('sqs: unsigned calls to LocalStack-style queue hosts (enforcement off)', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ port: 0, enforcement: 'off' });
  });
  after(() => emulator.stop());

  it('route to SQS by the sqs.REGION.* host name', async () => {
    const body = new URLSearchParams({
      Action: 'CreateQueue',
      Version: '2012-11-05',
      QueueName: 'ls-style',
    }).toString();
    const text = await new Promise<string>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: emulator.port,
          method: 'POST',
          path: '/',
          headers: {
            host: `sqs.us-east-1.localhost.localstack.cloud:${emulator.port}`,
            'content-type': 'application/x-www-form-urlencoded',
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          let out = '';
          res.on('data', (d: Buffer) => (out += d.toString('utf8')));
          res.on('end', () => resolve(out));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    assert.match(
      text,
      /<QueueUrl>http:\/\/sqs\.us-east-1\.localhost\.localstack\.cloud:\d+\/000000000000\/ls-style<\/QueueUrl>/,
    );
  });
});
