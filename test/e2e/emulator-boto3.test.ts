import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator.js';
import { emulatorEnv, run } from '../helpers/aws-subprocess.js';
import { assertScenarioLog, scenarioNames } from './emulator-scenario.js';

/** Runs the whole scenario in one python3 process and prints what each step got. */
const SCRIPT = String.raw`
import json, os, sys, boto3, botocore
from botocore.config import Config
n = json.loads(sys.argv[1])
cfg = Config(retries={'max_attempts': 1}, s3={'addressing_style': 'path'})
def clients(key, secret, token=None):
    kw = dict(aws_access_key_id=key, aws_secret_access_key=secret, aws_session_token=token, config=cfg)
    return {s: boto3.client(s, **kw) for s in ('iam', 'sts', 's3')}
def err(fn):
    try:
        fn(); return None
    except botocore.exceptions.ClientError as e:
        return {'code': e.response['Error']['Code'], 'message': e.response['Error'].get('Message'),
                'status': e.response['ResponseMetadata']['HTTPStatusCode']}
out = {}
admin = clients('test', 'test')
admin['iam'].create_role(RoleName=n['role'], AssumeRolePolicyDocument=n['trustPolicy'])
admin['iam'].create_user(UserName=n['user'])
key = admin['iam'].create_access_key(UserName=n['user'])['AccessKey']
admin['iam'].put_role_policy(RoleName=n['role'], PolicyName=n['policyName'], PolicyDocument=n['rolePolicy'])
out['policyRoundTrip'] = admin['iam'].get_role_policy(RoleName=n['role'], PolicyName=n['policyName'])['PolicyDocument']
admin['s3'].create_bucket(Bucket=n['bucket'])
admin['s3'].put_object(Bucket=n['bucket'], Key='allowed/config.json', Body=b'{"ok":true}')
admin['s3'].put_object(Bucket=n['bucket'], Key='private/secret.txt', Body=b'secret')
out['listed'] = [o['Key'] for o in admin['s3'].list_objects_v2(Bucket=n['bucket'])['Contents']]
alice = clients(key['AccessKeyId'], key['SecretAccessKey'])
c = alice['sts'].assume_role(RoleArn=n['roleArn'], RoleSessionName=n['session'])['Credentials']
session = clients(c['AccessKeyId'], c['SecretAccessKey'], c['SessionToken'])
out['whoami'] = session['sts'].get_caller_identity()['Arn']
out['read'] = session['s3'].get_object(Bucket=n['bucket'], Key='allowed/config.json')['Body'].read().decode()
out['head'] = session['s3'].head_object(Bucket=n['bucket'], Key='allowed/config.json')['ContentLength']
out['putDenied'] = err(lambda: session['s3'].put_object(Bucket=n['bucket'], Key='allowed/new.txt', Body=b'x'))
out['readDenied'] = err(lambda: session['s3'].get_object(Bucket=n['bucket'], Key='private/secret.txt'))
out['listRolesDenied'] = err(lambda: session['iam'].list_roles())
out['badSecret'] = err(lambda: clients('test', 'wrong')['sts'].get_caller_identity())
import urllib.request, urllib.error
def fetch(url):
    try:
        return urllib.request.urlopen(url).read().decode()
    except urllib.error.HTTPError as e:
        return e.code
# boto3 presigns S3 URLs with SigV2 by default, with SigV4 when asked; both carry the session token.
v4 = boto3.client('s3', aws_access_key_id=c['AccessKeyId'], aws_secret_access_key=c['SecretAccessKey'],
                  aws_session_token=c['SessionToken'], config=Config(signature_version='s3v4', s3={'addressing_style': 'path'}))
out['presigned'] = [fetch(client.generate_presigned_url('get_object', Params={'Bucket': n['bucket'], 'Key': key}, ExpiresIn=60))
                    for client in (session['s3'], v4) for key in ('allowed/config.json', 'private/secret.txt')]
print(json.dumps(out))
`;

/** The scenario with boto3 (python3 subprocess), as a Lambda handler or test script would run it. */
describe('emulator scenario with boto3', () => {
  const names = scenarioNames('boto3');
  let emulator: RunningEmulator;
  let result: Record<string, unknown>;

  before(async () => {
    emulator = await startEmulator({ port: 0 });
    const r = await run('python3', ['-c', SCRIPT, JSON.stringify(names)], {
      env: emulatorEnv(emulator.url),
      timeoutMs: 60_000,
    });
    assert.equal(r.status, 0, r.stderr);
    result = JSON.parse(r.stdout) as Record<string, unknown>;
  });
  after(() => emulator.stop());

  it('sets up, assumes the role and reads what the policy allows', () => {
    assert.deepEqual(result.policyRoundTrip, JSON.parse(names.rolePolicy));
    assert.deepEqual(result.listed, ['allowed/config.json', 'private/secret.txt']);
    assert.equal(result.whoami, names.sessionArn);
    assert.equal(result.read, '{"ok":true}');
    assert.equal(result.head, 11);
  });

  it('serves presigned URLs (SigV2 and SigV4) under the same policy', () => {
    assert.deepEqual(result.presigned, ['{"ok":true}', 403, '{"ok":true}', 403]);
  });

  it('gets AWS’s exact AccessDenied for what it does not allow', () => {
    assert.deepEqual(result.putDenied, {
      code: 'AccessDenied',
      message: names.putDeniedMessage('allowed/new.txt'),
      status: 403,
    });
    assert.equal((result.readDenied as { code: string }).code, 'AccessDenied');
    assert.deepEqual(result.listRolesDenied, {
      code: 'AccessDenied',
      message: names.listRolesDeniedMessage,
      status: 403,
    });
    assert.equal((result.badSecret as { code: string }).code, 'SignatureDoesNotMatch');
  });

  it('logs each decision with the statement that decided', async () => {
    await assertScenarioLog(emulator.url, names, 'allowed/new.txt');
  });
});
