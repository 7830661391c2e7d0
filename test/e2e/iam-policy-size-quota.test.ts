import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator.js';
import { emulatorEnv, run } from '../helpers/aws-subprocess.js';

/**
 * IAM's size quotas, as documented in "IAM and AWS STS quotas"
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html): inline policies
 * of a role together up to 10,240 characters, of a group 5,120, of a user 2,048; a managed
 * policy up to 6,144; white space not counted. AWS answers LimitExceeded (409). boto3 drives it.
 */
const SCRIPT = String.raw`
import json, boto3, botocore
iam = boto3.client('iam')
out = {}
def call(key, fn, **kw):
    try:
        fn(**kw); out[key] = 'ok'
    except botocore.exceptions.ClientError as e:
        out[key] = [e.response['Error']['Code'], e.response['Error']['Message'], e.response['ResponseMetadata']['HTTPStatusCode']]
def doc(chars, pad=0):
    # One statement whose Resource is padded to reach 'chars' non-whitespace characters,
    # followed by 'pad' spaces that IAM does not count.
    base = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/"}]}, separators=(',', ':'))
    fill = chars - len(base)
    text = base.replace('b/"', 'b/' + 'k' * fill + '"')
    assert len(text) == chars
    return text.replace('{"Version"', '{' + ' ' * pad + '"Version"')
trust = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]})
iam.create_role(RoleName='quota', AssumeRolePolicyDocument=trust)
iam.create_user(UserName='quota')
iam.create_group(GroupName='quota')
call('role-at-limit-with-spaces', iam.put_role_policy, RoleName='quota', PolicyName='a', PolicyDocument=doc(10240, pad=5000))
call('role-over', iam.put_role_policy, RoleName='quota', PolicyName='a', PolicyDocument=doc(10241))
call('role-aggregate', iam.put_role_policy, RoleName='quota', PolicyName='b', PolicyDocument=doc(200))
huge = doc(7_700_000)
call('role-7.7MB', iam.put_role_policy, RoleName='quota', PolicyName='huge', PolicyDocument=huge)
out['role-policies'] = iam.list_role_policies(RoleName='quota')['PolicyNames']
call('user-over', iam.put_user_policy, UserName='quota', PolicyName='u', PolicyDocument=doc(2049))
call('user-at', iam.put_user_policy, UserName='quota', PolicyName='u', PolicyDocument=doc(2048))
call('group-over', iam.put_group_policy, GroupName='quota', PolicyName='g', PolicyDocument=doc(5121))
call('group-at', iam.put_group_policy, GroupName='quota', PolicyName='g', PolicyDocument=doc(5120))
call('managed-at', iam.create_policy, PolicyName='m', PolicyDocument=doc(6144, pad=3000))
call('managed-over', iam.create_policy, PolicyName='m2', PolicyDocument=doc(6145))
call('managed-7.7MB', iam.create_policy, PolicyName='m3', PolicyDocument=huge)
call('version-over', iam.create_policy_version, PolicyArn='arn:aws:iam::000000000000:policy/m', PolicyDocument=doc(6145))
out['versions'] = len(iam.list_policy_versions(PolicyArn='arn:aws:iam::000000000000:policy/m')['Versions'])
print(json.dumps(out))
`;

describe('iam: policy size quotas', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ port: 0 });
  });
  after(() => emulator.stop());

  it('refuses oversized inline and managed policies with LimitExceeded, not counting white space', async () => {
    const r = await run('python3', ['-c', SCRIPT], {
      env: emulatorEnv(emulator.url),
      timeoutMs: 120_000,
    });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    const limit = (message: string) => ['LimitExceeded', message, 409];
    assert.equal(out['role-at-limit-with-spaces'], 'ok');
    assert.deepEqual(
      out['role-over'],
      limit('Maximum policy size of 10240 bytes exceeded for role quota'),
    );
    assert.deepEqual(
      out['role-aggregate'],
      limit('Maximum policy size of 10240 bytes exceeded for role quota'),
    );
    assert.deepEqual(
      out['role-7.7MB'],
      limit('Maximum policy size of 10240 bytes exceeded for role quota'),
    );
    assert.deepEqual(out['role-policies'], ['a']);
    assert.deepEqual(
      out['user-over'],
      limit('Maximum policy size of 2048 bytes exceeded for user quota'),
    );
    assert.equal(out['user-at'], 'ok');
    assert.deepEqual(
      out['group-over'],
      limit('Maximum policy size of 5120 bytes exceeded for group quota'),
    );
    assert.equal(out['group-at'], 'ok');
    assert.equal(out['managed-at'], 'ok');
    assert.deepEqual(out['managed-over'], limit('Cannot exceed quota for PolicySize: 6144'));
    assert.deepEqual(out['managed-7.7MB'], limit('Cannot exceed quota for PolicySize: 6144'));
    assert.deepEqual(out['version-over'], limit('Cannot exceed quota for PolicySize: 6144'));
    assert.equal(out.versions, 1);
  });
});
