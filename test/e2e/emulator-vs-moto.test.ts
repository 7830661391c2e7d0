import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator.js';
import { emulatorEnv, run } from '../helpers/aws-subprocess.js';

/**
 * One boto3 call sequence against moto's server and against the embedded emulator; prints, per
 * call, the response members moto returns that ours lacks or types differently. moto is a
 * reference for response SHAPES only (it does not enforce IAM, and where it differs from AWS we
 * follow AWS: see KNOWN_MOTO_ONLY).
 */
const SCRIPT = String.raw`
import json, sys, boto3, botocore
from botocore.config import Config
def run(endpoint):
    cfg = Config(retries={'max_attempts': 1}, s3={'addressing_style': 'path'})
    kw = dict(endpoint_url=endpoint, aws_access_key_id='test', aws_secret_access_key='test', region_name='us-east-1', config=cfg)
    iam, sts, s3 = (boto3.client(s, **kw) for s in ('iam', 'sts', 's3'))
    out = {}
    def call(name, fn):
        try:
            r = fn(); r.pop('ResponseMetadata', None); out[name] = r
        except botocore.exceptions.ClientError as e:
            err = {k: v for k, v in e.response['Error'].items() if k != 'message'}
            out[name] = {'Error': err, 'status': e.response['ResponseMetadata']['HTTPStatusCode']}
        except Exception as e:
            out[name] = {'Exception': type(e).__name__}
    trust = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::000000000000:root"}, "Action": "sts:AssumeRole"}]})
    pol = json.dumps({"Version": "2012-10-17", "Statement": [{"Sid": "A", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]})
    call('CreateRole', lambda: iam.create_role(RoleName='r1', AssumeRolePolicyDocument=trust, Tags=[{'Key': 'k', 'Value': 'v'}]))
    call('GetRole', lambda: iam.get_role(RoleName='r1'))
    call('GetRoleMissing', lambda: iam.get_role(RoleName='nope'))
    call('CreateRoleDuplicate', lambda: iam.create_role(RoleName='r1', AssumeRolePolicyDocument=trust))
    call('PutRolePolicy', lambda: iam.put_role_policy(RoleName='r1', PolicyName='p', PolicyDocument=pol))
    call('GetRolePolicy', lambda: iam.get_role_policy(RoleName='r1', PolicyName='p'))
    call('ListRolePolicies', lambda: iam.list_role_policies(RoleName='r1'))
    arn = iam.create_policy(PolicyName='mp', PolicyDocument=pol)['Policy']['Arn']
    call('AttachRolePolicy', lambda: iam.attach_role_policy(RoleName='r1', PolicyArn=arn))
    call('ListAttachedRolePolicies', lambda: iam.list_attached_role_policies(RoleName='r1'))
    call('GetPolicy', lambda: iam.get_policy(PolicyArn=arn))
    call('GetPolicyVersion', lambda: iam.get_policy_version(PolicyArn=arn, VersionId='v1'))
    call('ListPolicyVersions', lambda: iam.list_policy_versions(PolicyArn=arn))
    call('CreateUser', lambda: iam.create_user(UserName='u1'))
    call('CreateAccessKey', lambda: iam.create_access_key(UserName='u1'))
    call('ListAccessKeys', lambda: iam.list_access_keys(UserName='u1'))
    call('ListUsers', lambda: iam.list_users())
    call('ListRoles', lambda: iam.list_roles())
    call('CreateInstanceProfile', lambda: iam.create_instance_profile(InstanceProfileName='ip'))
    call('AddRoleToInstanceProfile', lambda: iam.add_role_to_instance_profile(InstanceProfileName='ip', RoleName='r1'))
    call('GetInstanceProfile', lambda: iam.get_instance_profile(InstanceProfileName='ip'))
    call('AssumeRole', lambda: sts.assume_role(RoleArn='arn:aws:iam::000000000000:role/r1', RoleSessionName='sess', Policy=pol))
    call('GetCallerIdentity', lambda: sts.get_caller_identity())
    call('CreateBucket', lambda: s3.create_bucket(Bucket='bucket1'))
    call('PutObject', lambda: s3.put_object(Bucket='bucket1', Key='k/a.txt', Body=b'hello', Metadata={'m': '1'}, ContentType='text/plain'))
    call('GetObjectMissing', lambda: s3.get_object(Bucket='bucket1', Key='nope'))
    call('HeadObject', lambda: s3.head_object(Bucket='bucket1', Key='k/a.txt'))
    call('ListObjectsV2NoSuchBucket', lambda: s3.list_objects_v2(Bucket='nobucket'))
    call('ListObjectsV2', lambda: s3.list_objects_v2(Bucket='bucket1', Delimiter='/'))
    call('ListObjectsV2Prefix', lambda: s3.list_objects_v2(Bucket='bucket1', Prefix='k/', MaxKeys=1))
    call('ListObjects', lambda: s3.list_objects(Bucket='bucket1'))
    call('CopyObject', lambda: s3.copy_object(Bucket='bucket1', Key='c.txt', CopySource='bucket1/k/a.txt'))
    uid = s3.create_multipart_upload(Bucket='bucket1', Key='mp')['UploadId']
    call('UploadPart', lambda: s3.upload_part(Bucket='bucket1', Key='mp', UploadId=uid, PartNumber=1, Body=b'x' * 10))
    call('ListParts', lambda: s3.list_parts(Bucket='bucket1', Key='mp', UploadId=uid))
    call('ListMultipartUploads', lambda: s3.list_multipart_uploads(Bucket='bucket1'))
    etag = out['UploadPart'].get('ETag')
    call('CompleteMultipartUpload', lambda: s3.complete_multipart_upload(Bucket='bucket1', Key='mp', UploadId=uid, MultipartUpload={'Parts': [{'PartNumber': 1, 'ETag': etag}]}))
    call('DeleteObjects', lambda: s3.delete_objects(Bucket='bucket1', Delete={'Objects': [{'Key': 'c.txt'}]}))
    call('GetBucketPolicyMissing', lambda: s3.get_bucket_policy(Bucket='bucket1'))
    call('PutBucketTagging', lambda: s3.put_bucket_tagging(Bucket='bucket1', Tagging={'TagSet': [{'Key': 'a', 'Value': 'b'}]}))
    call('GetBucketTagging', lambda: s3.get_bucket_tagging(Bucket='bucket1'))
    call('PutObjectTagging', lambda: s3.put_object_tagging(Bucket='bucket1', Key='k/a.txt', Tagging={'TagSet': [{'Key': 'a', 'Value': 'b'}]}))
    call('GetObjectTagging', lambda: s3.get_object_tagging(Bucket='bucket1', Key='k/a.txt'))
    call('ListObjectVersions', lambda: s3.list_object_versions(Bucket='bucket1'))
    call('GetObjectAcl', lambda: s3.get_object_acl(Bucket='bucket1', Key='k/a.txt'))
    uid2 = s3.create_multipart_upload(Bucket='bucket1', Key='mp2')['UploadId']
    call('UploadPartCopy', lambda: s3.upload_part_copy(Bucket='bucket1', Key='mp2', UploadId=uid2, PartNumber=1, CopySource='bucket1/k/a.txt'))
    call('GetBucketVersioning', lambda: s3.get_bucket_versioning(Bucket='bucket1'))
    call('PutBucketVersioning', lambda: s3.put_bucket_versioning(Bucket='bucket1', VersioningConfiguration={'Status': 'Suspended'}))
    call('GetBucketVersioningAfterPut', lambda: s3.get_bucket_versioning(Bucket='bucket1'))
    call('GetBucketAcl', lambda: s3.get_bucket_acl(Bucket='bucket1'))
    call('GetPublicAccessBlockMissing', lambda: s3.get_public_access_block(Bucket='bucket1'))
    call('GetBucketCorsMissing', lambda: s3.get_bucket_cors(Bucket='bucket1'))
    call('PutBucketCors', lambda: s3.put_bucket_cors(Bucket='bucket1', CORSConfiguration={'CORSRules': [{'AllowedMethods': ['GET'], 'AllowedOrigins': ['*']}]}))
    call('GetBucketCors', lambda: s3.get_bucket_cors(Bucket='bucket1'))
    call('PutBucketLifecycleConfiguration', lambda: s3.put_bucket_lifecycle_configuration(Bucket='bucket1', LifecycleConfiguration={'Rules': [{'ID': 'r', 'Status': 'Enabled', 'Filter': {'Prefix': 'x/'}, 'Expiration': {'Days': 3}}]}))
    call('GetBucketLifecycleConfiguration', lambda: s3.get_bucket_lifecycle_configuration(Bucket='bucket1'))
    call('GetBucketWebsiteMissing', lambda: s3.get_bucket_website(Bucket='bucket1'))
    call('ListBuckets', lambda: s3.list_buckets())
    call('GetBucketLocation', lambda: s3.get_bucket_location(Bucket='bucket1'))
    call('DeleteBucketNotEmpty', lambda: s3.delete_bucket(Bucket='bucket1'))
    return out
def missing(ref, ours, path):
    """Members of moto's response that ours lacks or holds with another type."""
    if isinstance(ref, dict):
        if not isinstance(ours, dict): return [path]
        return [m for k, v in ref.items() for m in (missing(v, ours[k], path + '.' + k) if k in ours else [path + '.' + k])]
    if isinstance(ref, list):
        if not isinstance(ours, list): return [path]
        return missing(ref[0], ours[0], path + '[]') if ref and ours else []
    return [] if type(ref) == type(ours) else [path + ' (' + type(ref).__name__ + ' vs ' + type(ours).__name__ + ')']
moto, emulator = run(sys.argv[1]), run(sys.argv[2])
print(json.dumps({'calls': len(moto), 'missing': [m for name in moto for m in missing(moto[name], emulator.get(name), name)]}))
`;

/** Where moto's answer is not AWS's: members AWS does not return for these calls. */
const KNOWN_MOTO_ONLY = [
  'CreateRole.Role.RoleLastUsed', // AWS returns RoleLastUsed from GetRole, not CreateRole
  'ListPolicyVersions.Versions[].Document', // only GetPolicyVersion returns the document
  'CompleteMultipartUpload.VersionId', // only for buckets with versioning enabled
  'GetPolicy.Policy.Tags', // AWS omits an empty tag list
  'GetInstanceProfile.InstanceProfile.Roles[].RoleLastUsed', // not filled in for embedded roles
];

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('emulator response shapes against moto', () => {
  let emulator: RunningEmulator;
  let moto: ChildProcess;
  let motoUrl: string;

  before(async () => {
    emulator = await startEmulator({ port: 0 });
    const port = await freePort();
    motoUrl = `http://127.0.0.1:${port}`;
    moto = spawn('python3', ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], {
      env: emulatorEnv(motoUrl),
      stdio: 'ignore',
    });
    for (let i = 0; i < 150; i++) {
      if (
        await fetch(`${motoUrl}/moto-api/`).then(
          () => true,
          () => false,
        )
      )
        return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('moto server did not start');
  });
  after(async () => {
    moto?.kill();
    await emulator?.stop();
  });

  it('answers every member moto answers, with the same types (IAM, STS, S3)', async () => {
    const r = await run('python3', ['-c', SCRIPT, motoUrl, emulator.url], {
      env: emulatorEnv(emulator.url),
      timeoutMs: 60_000,
    });
    assert.equal(r.status, 0, r.stderr);
    const result = JSON.parse(r.stdout) as { calls: number; missing: string[] };
    assert.ok(result.calls >= 40);
    assert.deepEqual(
      result.missing.filter((m) => !KNOWN_MOTO_ONLY.includes(m)),
      [],
    );
  });
});
