/**
 * Conformance with boto3: in a China or GovCloud Region the emulator names resources in that
 * Region's partition (`arn:aws-cn:...`, `arn:aws-us-gov:...`), and a policy naming another
 * partition does not grant them.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html (partition)
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type RunningEmulator, startEmulator } from '../../src/emulator/start-emulator.js';
import { ADMIN, boto3, type Credentials } from '../helpers/aws-subprocess.js';
import { policy, userWithPolicy } from '../helpers/iam-principals.js';

function script(region: string): string {
  return `
def c(name):
    return boto3.client(name, endpoint_url=ENDPOINT, region_name=${JSON.stringify(region)})
out = {}
q = call(lambda: c('sqs').create_queue(QueueName='orders'))
out['queue'] = call(lambda: c('sqs').get_queue_attributes(QueueUrl=q['QueueUrl'], AttributeNames=['QueueArn'])).get('Attributes', {}).get('QueueArn') if 'QueueUrl' in q else q
out['topic'] = call(lambda: c('sns').create_topic(Name='events')).get('TopicArn')
out['key'] = call(lambda: c('kms').create_key()).get('KeyMetadata', {}).get('Arn')
out['secret'] = call(lambda: c('secretsmanager').create_secret(Name='s', SecretString='x')).get('ARN')
print(json.dumps(out))
`;
}

describe('ARNs in the aws-cn and aws-us-gov partitions (boto3)', () => {
  let emulator: RunningEmulator;
  let cnOnly: Credentials;
  let awsOnly: Credentials;
  before(async () => {
    emulator = await startEmulator({ port: 0, enforcement: 'strict' });
    const actions = ['sqs:CreateQueue', 'sqs:GetQueueAttributes', 'sns:CreateTopic'];
    cnOnly = await userWithPolicy(
      emulator.url,
      'cn-only',
      policy({
        Effect: 'Allow',
        Action: actions,
        Resource: ['arn:aws-cn:sqs:*', 'arn:aws-cn:sns:*'],
      }),
    );
    awsOnly = await userWithPolicy(
      emulator.url,
      'aws-only',
      policy({ Effect: 'Allow', Action: actions, Resource: ['arn:aws:sqs:*', 'arn:aws:sns:*'] }),
    );
  });
  after(() => emulator.stop());

  it('a China Region names arn:aws-cn, a GovCloud Region arn:aws-us-gov', async () => {
    const cn = (await boto3(emulator.url, ADMIN, script('cn-north-1'))) as Record<string, string>;
    assert.equal(cn['queue'], 'arn:aws-cn:sqs:cn-north-1:000000000000:orders');
    assert.equal(cn['topic'], 'arn:aws-cn:sns:cn-north-1:000000000000:events');
    assert.match(cn['key']!, /^arn:aws-cn:kms:cn-north-1:000000000000:key\//);
    assert.match(cn['secret']!, /^arn:aws-cn:secretsmanager:cn-north-1:000000000000:secret:s-/);
    const gov = (await boto3(emulator.url, ADMIN, script('us-gov-west-1'))) as Record<
      string,
      string
    >;
    assert.equal(gov['queue'], 'arn:aws-us-gov:sqs:us-gov-west-1:000000000000:orders');
    assert.equal(gov['topic'], 'arn:aws-us-gov:sns:us-gov-west-1:000000000000:events');
  });

  it('a policy grants only resources of its own partition', async () => {
    const body = `
sqs = boto3.client('sqs', endpoint_url=ENDPOINT, region_name='cn-northwest-1')
sns = boto3.client('sns', endpoint_url=ENDPOINT, region_name='cn-northwest-1')
print(json.dumps({'queue': call(lambda: sqs.create_queue(QueueName='p')), 'topic': call(lambda: sns.create_topic(Name='p'))}))
`;
    const allowed = (await boto3(emulator.url, cnOnly, body)) as Record<
      string,
      Record<string, unknown>
    >;
    assert.ok('QueueUrl' in allowed['queue']!, JSON.stringify(allowed));
    assert.ok('TopicArn' in allowed['topic']!, JSON.stringify(allowed));
    const denied = (await boto3(emulator.url, awsOnly, body)) as Record<
      string,
      { error?: { Code: string; Message: string } }
    >;
    assert.match(denied['queue']!.error!.Code, /AccessDenied/);
    assert.match(denied['queue']!.error!.Message, /arn:aws-cn:sqs:cn-northwest-1:000000000000:p/);
    assert.equal(denied['topic']!.error!.Code, 'AuthorizationError');
  });
});
