/**
 * Conformance with boto3: a FIFO queue cannot subscribe to a standard topic (only FIFO topics
 * deliver to FIFO queues); a FIFO topic still takes it, a standard topic a standard queue.
 * https://docs.aws.amazon.com/sns/latest/dg/fifo-message-delivery.html
 * https://docs.aws.amazon.com/sns/latest/api/API_Subscribe.html (Errors: InvalidParameter)
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type RunningEmulator, startEmulator } from '../../src/emulator/start-emulator.js';
import { ADMIN, boto3 } from '../helpers/aws-subprocess.js';

describe('SNS: a FIFO queue on a standard topic (boto3)', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ port: 0, enforcement: 'strict' });
  });
  after(() => emulator.stop());

  it('is refused with InvalidParameter; FIFO topic + FIFO queue still subscribes', async () => {
    const out = (await boto3(
      emulator.url,
      ADMIN,
      `
sns = client('sns')
std = sns.create_topic(Name='std')['TopicArn']
fifo = sns.create_topic(Name='ordered.fifo', Attributes={'FifoTopic': 'true'})['TopicArn']
q = 'arn:aws:sqs:us-east-1:000000000000:orders.fifo'
bad = call(lambda: sns.subscribe(TopicArn=std, Protocol='sqs', Endpoint=q))
ok = call(lambda: sns.subscribe(TopicArn=fifo, Protocol='sqs', Endpoint=q))
plain = call(lambda: sns.subscribe(TopicArn=std, Protocol='sqs', Endpoint='arn:aws:sqs:us-east-1:000000000000:plain'))
print(json.dumps({'bad': bad, 'ok': 'SubscriptionArn' in ok, 'plain': 'SubscriptionArn' in plain}))
`,
    )) as {
      bad: { error: { Code: string; Message: string }; status: number };
      ok: boolean;
      plain: boolean;
    };
    assert.equal(out.bad.error.Code, 'InvalidParameter');
    assert.equal(out.bad.status, 400);
    assert.match(
      out.bad.error.Message,
      /FIFO SQS Queues can not be subscribed to standard SNS topics/,
    );
    assert.equal(out.ok, true);
    assert.equal(out.plain, true);
  });
});
