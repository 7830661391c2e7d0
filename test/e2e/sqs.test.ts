import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import {
  CreateQueueCommand,
  DeleteMessageCommand,
  GetQueueUrlCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
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

const QUEUE = 'e2e-jobs';
const QUEUE_ARN = `arn:aws:sqs:us-east-1:${ACCOUNT}:${QUEUE}`;
const SEND_ONLY = policy({
  Sid: 'SendJobs',
  Effect: 'Allow',
  Action: 'sqs:SendMessage',
  Resource: QUEUE_ARN,
});

/** What SQS answers a principal that may not receive: lower-case action, AccessDenied. */
function receiveDenied(principalArn: string): string {
  return `User: ${principalArn} is not authorized to perform: sqs:receivemessage on resource: ${QUEUE_ARN} because no identity-based policy allows the sqs:receivemessage action`;
}

describe('SQS end to end (AWS JSON 1.0) with real clients', () => {
  let emulator: RunningEmulator;
  let queueUrl: string;

  before(async () => {
    emulator = await startEmulator({ port: 0, enforcement: 'strict' });
    const admin = new SQSClient(clientConfig(emulator.url, ADMIN));
    queueUrl = (
      await admin.send(
        new CreateQueueCommand({ QueueName: QUEUE, Attributes: { VisibilityTimeout: '5' } }),
      )
    ).QueueUrl!;
  });
  after(() => emulator.stop());

  it('SDK v3: admin round trip with message attributes (the SDK verifies the MD5s)', async () => {
    const sqs = new SQSClient(clientConfig(emulator.url, ADMIN));
    assert.equal(queueUrl, `${emulator.url}/${ACCOUNT}/${QUEUE}`);
    const url = (await sqs.send(new GetQueueUrlCommand({ QueueName: QUEUE }))).QueueUrl;
    assert.equal(url, queueUrl);
    const sent = await sqs.send(
      new SendMessageCommand({
        QueueUrl: queueUrl,
        MessageBody: 'hello',
        MessageAttributes: { kind: { DataType: 'String', StringValue: 'greeting' } },
      }),
    );
    assert.equal(sent.MD5OfMessageBody, '5d41402abc4b2a76b9719d911017c592');
    const batch = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: [
          { Id: 'a', MessageBody: 'one' },
          { Id: 'b', MessageBody: 'two' },
        ],
      }),
    );
    assert.deepEqual(
      batch.Successful?.map((s) => s.Id),
      ['a', 'b'],
    );
    const received = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: 10,
        MessageAttributeNames: ['All'],
        WaitTimeSeconds: 1,
      }),
    );
    assert.deepEqual(
      received.Messages?.map((m) => m.Body),
      ['hello', 'one', 'two'],
    );
    assert.equal(received.Messages?.[0]?.MessageAttributes?.['kind']?.StringValue, 'greeting');
    for (const m of received.Messages ?? [])
      await sqs.send(
        new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: m.ReceiptHandle! }),
      );
    const empty = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: queueUrl, WaitTimeSeconds: 0 }),
    );
    assert.equal(empty.Messages, undefined);
  });

  it('aws-sdk v2 (JSON as well): send with attributes and receive, its MD5 checks passing', async () => {
    process.env['AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE'] = '1';
    const { default: AWS } = await import('aws-sdk');
    const sqs = new AWS.SQS({
      endpoint: emulator.url,
      region: 'us-east-1',
      credentials: ADMIN,
      maxRetries: 0,
    });
    const url = (await sqs.createQueue({ QueueName: 'sdk-v2' }).promise()).QueueUrl!;
    await sqs
      .sendMessage({
        QueueUrl: url,
        MessageBody: 'v2',
        MessageAttributes: { n: { DataType: 'Number', StringValue: '7' } },
      })
      .promise();
    const received = await sqs
      .receiveMessage({ QueueUrl: url, MessageAttributeNames: ['All'], WaitTimeSeconds: 1 })
      .promise();
    assert.equal(received.Messages?.[0]?.Body, 'v2');
    assert.equal(received.Messages?.[0]?.MessageAttributes?.['n']?.StringValue, '7');
    await assert.rejects(sqs.getQueueUrl({ QueueName: 'no-such' }).promise(), {
      code: 'AWS.SimpleQueueService.NonExistentQueue',
    });
  });

  it('SDK v3: a missing queue is QueueDoesNotExist', async () => {
    const sqs = new SQSClient(clientConfig(emulator.url, ADMIN));
    await assert.rejects(
      sqs.send(new GetQueueUrlCommand({ QueueName: 'no-such-queue' })),
      (error: AwsSdkError) => {
        assert.equal(error.name, 'QueueDoesNotExist');
        assert.equal(error.message, 'The specified queue does not exist.');
        assert.equal(error.$metadata?.httpStatusCode, 400);
        return true;
      },
    );
  });

  it('SDK v3: a role allowed only sqs:SendMessage on one queue sends, is denied receive, and the log names the Sid', async () => {
    const { credentials, sessionArn } = await roleSession(emulator.url, 'sqs-e2e-role', SEND_ONLY);
    const sqs = new SQSClient(clientConfig(emulator.url, credentials));
    const sent = await sqs.send(
      new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: 'from role' }),
    );
    assert.ok(sent.MessageId);
    await assert.rejects(
      sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl })),
      (error: AwsSdkError) => {
        assert.equal(error.message, receiveDenied(sessionArn));
        assert.equal(error.$metadata?.httpStatusCode, 403);
        return true;
      },
    );
    const records = await authzRecordsOf(emulator.url, sessionArn);
    const allowed = records.find((r) => r.action === 'sqs:SendMessage');
    assert.equal(allowed?.decision, 'allow');
    assert.equal(allowed?.resource, QUEUE_ARN);
    assert.deepEqual(
      allowed?.matched.map((m) => m.sid),
      ['SendJobs'],
    );
    const denied = records.find((r) => r.action === 'sqs:ReceiveMessage');
    assert.equal(denied?.decision, 'implicit-deny');
    assert.equal(denied?.enforced, true);
  });

  it('a queue Policy (resource policy) lets a user without identity permissions receive, and is logged as such', async () => {
    const admin = new SQSClient(clientConfig(emulator.url, ADMIN));
    const credentials = await userWithPolicy(
      emulator.url,
      'sqs-policy-user',
      policy({ Effect: 'Allow', Action: 'sns:ListTopics', Resource: '*' }),
    );
    const userArn = `arn:aws:iam::${ACCOUNT}:user/sqs-policy-user`;
    const url = (await admin.send(new CreateQueueCommand({ QueueName: 'e2e-shared' }))).QueueUrl!;
    const asUser = new SQSClient(clientConfig(emulator.url, credentials));
    // SDK v3 names awsQueryCompatible errors by the x-amzn-query-error code.
    await assert.rejects(asUser.send(new ReceiveMessageCommand({ QueueUrl: url })), {
      name: 'AccessDenied',
    });
    await admin.send(
      new SetQueueAttributesCommand({
        QueueUrl: url,
        Attributes: {
          Policy: policy({
            Sid: 'ConsumerReads',
            Effect: 'Allow',
            Principal: { AWS: userArn },
            Action: 'sqs:ReceiveMessage',
            Resource: `arn:aws:sqs:us-east-1:${ACCOUNT}:e2e-shared`,
          }),
        },
      }),
    );
    assert.deepEqual(
      (await asUser.send(new ReceiveMessageCommand({ QueueUrl: url }))).Messages,
      undefined,
    );
    const record = (await readAuthzLog(emulator.url))
      .filter((r) => r.principal.arn === userArn && r.decision === 'allow')
      .pop();
    assert.deepEqual(
      record?.matched.map((m) => [m.sid, m.policyId, (m as { policyKind?: string }).policyKind]),
      [['ConsumerReads', 'sqs/e2e-shared/queue-policy', 'resource']],
    );
  });

  it('boto3: the user sends, and receiving is AccessDenied (query code from x-amzn-query-error)', async () => {
    const credentials = await userWithPolicy(emulator.url, 'sqs-boto3-user', SEND_ONLY);
    const out = (await boto3(
      emulator.url,
      credentials,
      `c = client('sqs')
url = ${JSON.stringify(queueUrl)}
print(json.dumps({
  'send': call(lambda: c.send_message(QueueUrl=url, MessageBody='boto3')),
  'receive': call(lambda: c.receive_message(QueueUrl=url)),
  'missing': call(lambda: c.send_message(QueueUrl=url + '-missing', MessageBody='x')),
}))`,
    )) as Record<
      string,
      {
        MessageId?: string;
        MD5OfMessageBody?: string;
        error?: { Code: string; Message: string };
        status?: number;
      }
    >;
    assert.equal(out['send']?.MD5OfMessageBody, createHash('md5').update('boto3').digest('hex'));
    assert.ok(out['send']?.MessageId);
    assert.equal(out['receive']?.error?.Code, 'AccessDenied');
    assert.equal(out['receive']?.status, 403);
    assert.equal(
      out['receive']?.error?.Message,
      receiveDenied(`arn:aws:iam::${ACCOUNT}:user/sqs-boto3-user`),
    );
    // Authorization comes first: the user may not send to the missing queue either.
    assert.equal(out['missing']?.error?.Code, 'AccessDenied');
  });

  it('boto3 as admin: a missing queue is AWS.SimpleQueueService.NonExistentQueue', async () => {
    const out = (await boto3(
      emulator.url,
      ADMIN,
      `c = client('sqs')
print(json.dumps(call(lambda: c.get_queue_url(QueueName='nope'))))`,
    )) as { error: { Code: string; Message: string }; status: number };
    assert.equal(out.error.Code, 'AWS.SimpleQueueService.NonExistentQueue');
    assert.equal(out.error.Message, 'The specified queue does not exist.');
    assert.equal(out.status, 400);
  });

  it('AWS CLI: create-queue, send-message, receive-message with a long poll', async () => {
    const created = await cli(emulator.url, ['sqs', 'create-queue', '--queue-name', 'cli-queue']);
    assert.equal(created.status, 0, created.stderr);
    const url = (created.json as { QueueUrl: string }).QueueUrl;
    const sent = await cli(emulator.url, [
      'sqs',
      'send-message',
      '--queue-url',
      url,
      '--message-body',
      'from the cli',
    ]);
    assert.equal(sent.status, 0, sent.stderr);
    const received = await cli(emulator.url, [
      'sqs',
      'receive-message',
      '--queue-url',
      url,
      '--wait-time-seconds',
      '1',
    ]);
    assert.equal(received.status, 0, received.stderr);
    assert.equal(
      (received.json as { Messages: Array<{ Body: string }> }).Messages[0]?.Body,
      'from the cli',
    );
  });
});
