import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CreateAccessKeyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  IAMClient,
  ListRolesCommand,
  PutRolePolicyCommand,
  SimulatePrincipalPolicyCommand,
} from '@aws-sdk/client-iam';
import {
  CreateBucketCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator.js';
import { assertScenarioLog, scenarioNames } from './emulator-scenario.js';

type Creds = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
const ADMIN: Creds = { accessKeyId: 'test', secretAccessKey: 'test' };

/** The scenario with the JavaScript SDK v3 clients, exactly as a workload would use them. */
describe('emulator scenario with @aws-sdk v3 (IAM, STS, S3)', () => {
  const names = scenarioNames('sdkv3');
  let emulator: RunningEmulator;
  const clients = (credentials: Creds) => {
    const common = { endpoint: emulator.url, region: 'us-east-1', credentials, maxAttempts: 1 };
    return {
      iam: new IAMClient(common),
      sts: new STSClient(common),
      s3: new S3Client({ ...common, forcePathStyle: true }),
    };
  };
  let session: ReturnType<typeof clients>;

  before(async () => {
    emulator = await startEmulator({ port: 0, enforcement: 'strict' });
    const admin = clients(ADMIN);
    await admin.iam.send(
      new CreateRoleCommand({ RoleName: names.role, AssumeRolePolicyDocument: names.trustPolicy }),
    );
    await admin.iam.send(new CreateUserCommand({ UserName: names.user }));
    const key = (await admin.iam.send(new CreateAccessKeyCommand({ UserName: names.user })))
      .AccessKey!;
    await admin.iam.send(
      new PutRolePolicyCommand({
        RoleName: names.role,
        PolicyName: names.policyName,
        PolicyDocument: names.rolePolicy,
      }),
    );
    await admin.s3.send(new CreateBucketCommand({ Bucket: names.bucket }));
    await admin.s3.send(
      new PutObjectCommand({
        Bucket: names.bucket,
        Key: 'allowed/config.json',
        Body: '{"ok":true}',
      }),
    );
    await admin.s3.send(
      new PutObjectCommand({ Bucket: names.bucket, Key: 'private/secret.txt', Body: 'secret' }),
    );

    const alice = clients({ accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! });
    const assumed = await alice.sts.send(
      new AssumeRoleCommand({
        RoleArn: names.roleArn,
        RoleSessionName: names.session,
        DurationSeconds: 900,
      }),
    );
    assert.equal(assumed.AssumedRoleUser?.Arn, names.sessionArn);
    const c = assumed.Credentials!;
    session = clients({
      accessKeyId: c.AccessKeyId!,
      secretAccessKey: c.SecretAccessKey!,
      sessionToken: c.SessionToken!,
    });
  });
  after(() => emulator.stop());

  it('resolves the session to its assumed-role ARN', async () => {
    const me = await session.sts.send(new GetCallerIdentityCommand({}));
    assert.equal(me.Arn, names.sessionArn);
    assert.equal(me.Account, '000000000000');
  });

  it('allows the granted GetObject', async () => {
    const out = await session.s3.send(
      new GetObjectCommand({ Bucket: names.bucket, Key: 'allowed/config.json' }),
    );
    assert.equal(await out.Body!.transformToString(), '{"ok":true}');
  });

  it('denies PutObject with AWS’s exact message, and reads outside the prefix', async () => {
    await assert.rejects(
      session.s3.send(
        new PutObjectCommand({ Bucket: names.bucket, Key: 'allowed/new.txt', Body: 'x' }),
      ),
      (error: Error & { name: string; $metadata: { httpStatusCode?: number } }) => {
        assert.equal(error.name, 'AccessDenied');
        assert.equal(error.message, names.putDeniedMessage('allowed/new.txt'));
        assert.equal(error.$metadata.httpStatusCode, 403);
        return true;
      },
    );
    await assert.rejects(
      session.s3.send(new GetObjectCommand({ Bucket: names.bucket, Key: 'private/secret.txt' })),
      {
        name: 'AccessDenied',
      },
    );
    await assert.rejects(
      session.s3.send(new ListObjectsV2Command({ Bucket: names.bucket, Prefix: 'allowed/' })),
      {
        name: 'AccessDenied',
      },
    );
  });

  it('denies IAM calls in the query protocol’s format', async () => {
    await assert.rejects(session.iam.send(new ListRolesCommand({})), {
      name: 'AccessDenied',
      message: names.listRolesDeniedMessage,
    });
  });

  it('rejects an unknown key and a wrong secret as AWS does', async () => {
    const stranger = clients({ accessKeyId: 'AKIAUNKNOWNKEY000000', secretAccessKey: 'x' });
    await assert.rejects(stranger.sts.send(new GetCallerIdentityCommand({})), {
      name: 'InvalidClientTokenId',
    });
    await assert.rejects(
      stranger.s3.send(new GetObjectCommand({ Bucket: names.bucket, Key: 'allowed/config.json' })),
      {
        name: 'InvalidAccessKeyId',
      },
    );
    const wrongSecret = clients({ accessKeyId: 'test', secretAccessKey: 'not-the-secret' });
    await assert.rejects(wrongSecret.iam.send(new ListRolesCommand({})), {
      name: 'SignatureDoesNotMatch',
    });
  });

  it('simulates the role’s policy like the enforcement does', async () => {
    const admin = clients(ADMIN);
    const out = await admin.iam.send(
      new SimulatePrincipalPolicyCommand({
        PolicySourceArn: names.roleArn,
        ActionNames: ['s3:GetObject', 's3:PutObject'],
        ResourceArns: [`arn:aws:s3:::${names.bucket}/allowed/config.json`],
      }),
    );
    assert.deepEqual(
      out.EvaluationResults?.map((r) => [
        r.EvalActionName,
        r.EvalDecision,
        r.MatchedStatements?.map((m) => m.SourcePolicyId),
      ]),
      [
        ['s3:GetObject', 'allowed', [names.policyName]],
        ['s3:PutObject', 'implicitDeny', []],
      ],
    );
  });

  it('logs each decision with the statement that decided', async () => {
    await assertScenarioLog(emulator.url, names, 'allowed/new.txt');
  });
});
