import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  AddUserToGroupCommand,
  AttachRolePolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  IAMClient,
  PutGroupPolicyCommand,
  PutRolePermissionsBoundaryCommand,
  PutRolePolicyCommand,
  RemoveUserFromGroupCommand,
} from '@aws-sdk/client-iam';
import { ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator.js';
import { readAuthzLog } from '../helpers/authz-log.js';

type Creds = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
const ADMIN: Creds = { accessKeyId: 'test', secretAccessKey: 'test' };
const doc = (statements: object[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements });
const LIST_ALL = { Sid: 'ListAll', Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' };

/** How the policy layers combine for real callers, and how AWS phrases each denial. */
describe('emulator IAM: groups, boundaries, session policies, explicit denies', () => {
  let emulator: RunningEmulator;
  let iam: IAMClient;
  const common = () => ({ endpoint: emulator.url, region: 'us-east-1', maxAttempts: 1 });
  const s3 = (credentials: Creds) =>
    new S3Client({ ...common(), credentials, forcePathStyle: true });
  const assume = async (role: string, policy?: string): Promise<Creds> => {
    const c = (
      await new STSClient({ ...common(), credentials: ADMIN }).send(
        new AssumeRoleCommand({
          RoleArn: `arn:aws:iam::000000000000:role/${role}`,
          RoleSessionName: 'sess',
          ...(policy && { Policy: policy }),
        }),
      )
    ).Credentials!;
    return {
      accessKeyId: c.AccessKeyId!,
      secretAccessKey: c.SecretAccessKey!,
      sessionToken: c.SessionToken!,
    };
  };
  const trust = doc([
    {
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::000000000000:root' },
      Action: 'sts:AssumeRole',
    },
  ]);

  before(async () => {
    emulator = await startEmulator({ port: 0 });
    iam = new IAMClient({ ...common(), credentials: ADMIN });
  });
  after(() => emulator.stop());

  it("a group's policies apply to its members, and stop applying when they leave", async () => {
    await iam.send(new CreateUserCommand({ UserName: 'member' }));
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'member' }))).AccessKey!;
    const member = s3({ accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! });
    await iam.send(new CreateGroupCommand({ GroupName: 'readers' }));
    await iam.send(
      new PutGroupPolicyCommand({
        GroupName: 'readers',
        PolicyName: 'list',
        PolicyDocument: doc([LIST_ALL]),
      }),
    );
    await assert.rejects(member.send(new ListBucketsCommand({})), { name: 'AccessDenied' });
    await iam.send(new AddUserToGroupCommand({ GroupName: 'readers', UserName: 'member' }));
    await member.send(new ListBucketsCommand({}));
    const allowed = (await readAuthzLog(emulator.url)).findLast(
      (r) => r.action === 's3:ListAllMyBuckets',
    );
    assert.deepEqual(
      allowed?.matched.map((m) => [m.policyId, m.sid]),
      [['group/readers/inline/list', 'ListAll']],
    );
    await iam.send(new RemoveUserFromGroupCommand({ GroupName: 'readers', UserName: 'member' }));
    await assert.rejects(member.send(new ListBucketsCommand({})), { name: 'AccessDenied' });
  });

  it('a permissions boundary limits the role, and AWS names it in the denial', async () => {
    await iam.send(new CreateRoleCommand({ RoleName: 'bounded', AssumeRolePolicyDocument: trust }));
    await iam.send(
      new PutRolePolicyCommand({
        RoleName: 'bounded',
        PolicyName: 'p',
        PolicyDocument: doc([LIST_ALL]),
      }),
    );
    const boundary = await iam.send(
      new CreatePolicyCommand({
        PolicyName: 'only-get',
        PolicyDocument: doc([{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }]),
      }),
    );
    await iam.send(
      new PutRolePermissionsBoundaryCommand({
        RoleName: 'bounded',
        PermissionsBoundary: boundary.Policy!.Arn!,
      }),
    );
    await assert.rejects(s3(await assume('bounded')).send(new ListBucketsCommand({})), {
      name: 'AccessDenied',
      message:
        'User: arn:aws:sts::000000000000:assumed-role/bounded/sess is not authorized to perform: s3:ListAllMyBuckets on resource: "*" because no permissions boundary allows the s3:ListAllMyBuckets action',
    });
  });

  it('a session policy limits the session', async () => {
    await iam.send(new CreateRoleCommand({ RoleName: 'scoped', AssumeRolePolicyDocument: trust }));
    await iam.send(
      new PutRolePolicyCommand({
        RoleName: 'scoped',
        PolicyName: 'p',
        PolicyDocument: doc([LIST_ALL]),
      }),
    );
    await s3(await assume('scoped')).send(new ListBucketsCommand({}));
    const narrowed = await assume(
      'scoped',
      doc([{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }]),
    );
    await assert.rejects(s3(narrowed).send(new ListBucketsCommand({})), {
      name: 'AccessDenied',
      message: /because no session policy allows the s3:ListAllMyBuckets action$/,
    });
  });

  it('an explicit deny wins, and the log names the denying statement', async () => {
    await iam.send(new CreateRoleCommand({ RoleName: 'denied', AssumeRolePolicyDocument: trust }));
    const deny = await iam.send(
      new CreatePolicyCommand({
        PolicyName: 'no-list',
        PolicyDocument: doc([{ Sid: 'NoList', Effect: 'Deny', Action: 's3:List*', Resource: '*' }]),
      }),
    );
    await iam.send(
      new PutRolePolicyCommand({
        RoleName: 'denied',
        PolicyName: 'p',
        PolicyDocument: doc([LIST_ALL]),
      }),
    );
    await iam.send(
      new AttachRolePolicyCommand({ RoleName: 'denied', PolicyArn: deny.Policy!.Arn! }),
    );
    await assert.rejects(s3(await assume('denied')).send(new ListBucketsCommand({})), {
      name: 'AccessDenied',
      message: /with an explicit deny in an identity-based policy$/,
    });
    const record = (await readAuthzLog(emulator.url)).findLast(
      (r) => r.action === 's3:ListAllMyBuckets',
    );
    assert.equal(record?.decision, 'explicit-deny');
    assert.deepEqual(
      record?.matched.map((m) => [m.policyName, m.sid]),
      [['no-list', 'NoList']],
    );
  });
});
