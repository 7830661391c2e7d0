/**
 * Conformance with boto3, end to end: a topic fans out to SQS queues whose subscriptions carry
 * filter policies; each queue receives exactly the messages AWS would deliver to it.
 * - MessageBody scope, nested keys, body arrays counted element by element:
 *   https://docs.aws.amazon.com/sns/latest/dg/sns-message-filtering-scope.html
 * - prefix, suffix, equals-ignore-case, anything-but (list, prefix; a String.Array matches only
 *   when none of its elements is listed): https://docs.aws.amazon.com/sns/latest/dg/string-value-matching.html
 * - anything-but on numbers, numeric ranges: https://docs.aws.amazon.com/sns/latest/dg/numeric-value-matching.html
 * - exists: https://docs.aws.amazon.com/sns/latest/dg/attribute-key-matching.html
 * - $or: https://docs.aws.amazon.com/sns/latest/dg/and-or-logic.html
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type RunningEmulator, startEmulator } from '../../src/emulator/start-emulator.js';
import { ADMIN, boto3 } from '../helpers/aws-subprocess.js';

const CASES: Record<string, { policy: unknown; scope?: string; expect: number[] }> = {
  'body-nested': {
    scope: 'MessageBody',
    policy: { order: { status: ['paid'] }, total: [{ numeric: ['>', 100] }] },
    expect: [1, 3],
  },
  'body-or': {
    scope: 'MessageBody',
    policy: { $or: [{ kind: ['refund'] }, { order: { region: [{ suffix: '-west' }] } }] },
    expect: [1, 2],
  },
  'anything-but-prefix': {
    policy: { store: [{ 'anything-but': { prefix: 'test-' } }] },
    expect: [1, 4],
  },
  suffix: { policy: { file: [{ suffix: '.png' }] }, expect: [1] },
  'ignore-case': { policy: { color: [{ 'equals-ignore-case': 'RED' }] }, expect: [1, 2] },
  'anything-but-numbers': { policy: { price: [{ 'anything-but': [100, 200] }] }, expect: [2, 3] },
  'anything-but-array': { policy: { tags: [{ 'anything-but': ['x'] }] }, expect: [2] },
  'not-exists': { policy: { store: [{ exists: false }] }, expect: [3] },
  'attributes-or': {
    policy: { $or: [{ color: ['blue'] }, { price: [{ numeric: ['<=', 5] }] }] },
    expect: [3],
  },
  'numeric-range': { policy: { price: [{ numeric: ['>=', 100, '<', 300] }] }, expect: [1, 4] },
};

describe('SNS filter policies deliver to SQS as AWS does (boto3)', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ port: 0, enforcement: 'strict' });
  });
  after(() => emulator.stop());

  it('each queue receives exactly the messages its filter policy accepts', async () => {
    const out = (await boto3(
      emulator.url,
      ADMIN,
      `
CASES = json.loads(${JSON.stringify(JSON.stringify(CASES))})
sns, sqs = client('sns'), client('sqs')
topic = sns.create_topic(Name='orders')['TopicArn']
urls = {}
for name, case in CASES.items():
    url = sqs.create_queue(QueueName=name)['QueueUrl']
    arn = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=['QueueArn'])['Attributes']['QueueArn']
    sqs.set_queue_attributes(QueueUrl=url, Attributes={'Policy': json.dumps({'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow', 'Principal': {'Service': 'sns.amazonaws.com'}, 'Action': 'sqs:SendMessage', 'Resource': arn}]})})
    attrs = {'RawMessageDelivery': 'true', 'FilterPolicy': json.dumps(case['policy'])}
    if 'scope' in case:
        attrs['FilterPolicyScope'] = case['scope']
    sns.subscribe(TopicArn=topic, Protocol='sqs', Endpoint=arn, Attributes=attrs)
    urls[name] = url
def s(v): return {'DataType': 'String', 'StringValue': v}
def n(v): return {'DataType': 'Number', 'StringValue': str(v)}
def a(v): return {'DataType': 'String.Array', 'StringValue': json.dumps(v)}
messages = [
    ({'m': 1, 'order': {'status': 'paid', 'region': 'us-west'}, 'total': 150},
     {'store': s('prod'), 'file': s('a.png'), 'color': s('red'), 'price': n(100), 'tags': a(['x', 'y'])}),
    ({'m': 2, 'order': {'status': 'paid', 'region': 'eu-central'}, 'total': 50, 'kind': 'refund'},
     {'store': s('test-1'), 'file': s('a.jpg'), 'color': s('Red'), 'price': n(300), 'tags': a(['y'])}),
    ({'m': 3, 'order': [{'status': 'open'}, {'status': 'paid'}], 'total': 101},
     {'color': s('blue'), 'price': n(5)}),
    ('m4 is not JSON', {'store': s('prod-2'), 'file': s('x.PNG'), 'price': n(200)}),
]
for body, attrs in messages:
    sns.publish(TopicArn=topic, Message=body if isinstance(body, str) else json.dumps(body), MessageAttributes=attrs)
got = {}
for name, url in urls.items():
    ids = []
    while True:
        r = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10, WaitTimeSeconds=0)
        if not r.get('Messages'):
            break
        for m in r['Messages']:
            b = m['Body']
            ids.append(json.loads(b)['m'] if b.startswith('{') else 4)
            sqs.delete_message(QueueUrl=url, ReceiptHandle=m['ReceiptHandle'])
    got[name] = sorted(ids)
bad = call(lambda: sns.subscribe(TopicArn=topic, Protocol='sqs', Endpoint=arn, Attributes={'FilterPolicyScope': 'Body'}))
print(json.dumps({'got': got, 'bad': bad}))
`,
    )) as { got: Record<string, number[]>; bad: { error: { Code: string }; status: number } };
    for (const [name, c] of Object.entries(CASES))
      assert.deepEqual(out.got[name], c.expect, `${name}: ${JSON.stringify(c.policy)}`);
    assert.equal(out.bad.error.Code, 'InvalidParameter');
    assert.equal(out.bad.status, 400);
  });
});
