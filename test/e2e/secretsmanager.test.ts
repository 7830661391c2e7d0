import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import {
  BatchGetSecretValueCommand,
  CreateSecretCommand,
  DeleteSecretCommand,
  DescribeSecretCommand,
  GetSecretValueCommand,
  ListSecretsCommand,
  PutResourcePolicyCommand,
  PutSecretValueCommand,
  RestoreSecretCommand,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator.js';
import { type AwsSdkError, denied } from '../helpers/access-denied.js';
import { authzRecordsOf, readAuthzLog } from '../helpers/authz-log.js';
import { ADMIN, boto3, cli } from '../helpers/aws-subprocess.js';
import {
  ACCOUNT,
  clientConfig,
  policy,
  roleSession,
  userWithPolicy,
} from '../helpers/iam-principals.js';

const NAME = 'iam-mvp/api-key';
/** How policies name a secret: its ARN with `-??????` for the random suffix. */
const SECRET_PATTERN = `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:${NAME}-??????`;
const READ_ONLY = policy({
  Sid: 'ReadSecret',
  Effect: 'Allow',
  Action: 'secretsmanager:GetSecretValue',
  Resource: SECRET_PATTERN,
});

describe('Secrets Manager end to end (awsJson 1.1) with real clients', () => {
  let emulator: RunningEmulator;
  let secretArn: string;

  before(async () => {
    emulator = await startEmulator({ port: 0, enforcement: 'strict' });
    const sm = new SecretsManagerClient(clientConfig(emulator.url, ADMIN));
    secretArn = (await sm.send(new CreateSecretCommand({ Name: NAME, SecretString: 'v1' }))).ARN!;
  });
  after(() => emulator.stop());

  it('SDK v3: the ARN carries a 6-character suffix; name, full and partial ARN all find the secret', async () => {
    assert.match(
      secretArn,
      new RegExp(
        `^arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:iam-mvp/api-key-[A-Za-z0-9]{6}$`,
      ),
    );
    const sm = new SecretsManagerClient(clientConfig(emulator.url, ADMIN));
    for (const id of [NAME, secretArn, secretArn.slice(0, -7)]) {
      const value = await sm.send(new GetSecretValueCommand({ SecretId: id }));
      assert.equal(value.SecretString, 'v1');
      assert.equal(value.ARN, secretArn);
      assert.deepEqual(value.VersionStages, ['AWSCURRENT']);
    }
  });

  it('SDK v3: PutSecretValue moves AWSCURRENT and AWSPREVIOUS', async () => {
    const sm = new SecretsManagerClient(clientConfig(emulator.url, ADMIN));
    const created = await sm.send(
      new CreateSecretCommand({ Name: 'e2e/staged', SecretString: 'one' }),
    );
    const second = await sm.send(
      new PutSecretValueCommand({ SecretId: 'e2e/staged', SecretString: 'two' }),
    );
    assert.deepEqual(second.VersionStages, ['AWSCURRENT']);
    assert.equal(
      (await sm.send(new GetSecretValueCommand({ SecretId: 'e2e/staged' }))).SecretString,
      'two',
    );
    const previous = await sm.send(
      new GetSecretValueCommand({ SecretId: 'e2e/staged', VersionStage: 'AWSPREVIOUS' }),
    );
    assert.equal(previous.SecretString, 'one');
    assert.equal(previous.VersionId, created.VersionId);
    const described = await sm.send(new DescribeSecretCommand({ SecretId: 'e2e/staged' }));
    assert.deepEqual(described.VersionIdsToStages, {
      [created.VersionId!]: ['AWSPREVIOUS'],
      [second.VersionId!]: ['AWSCURRENT'],
    });
  });

  it('SDK v3: a deleted secret answers InvalidRequestException until restored; a missing one ResourceNotFoundException', async () => {
    const sm = new SecretsManagerClient(clientConfig(emulator.url, ADMIN));
    await sm.send(new CreateSecretCommand({ Name: 'e2e/deleted', SecretString: 'x' }));
    const deletion = await sm.send(
      new DeleteSecretCommand({ SecretId: 'e2e/deleted', RecoveryWindowInDays: 7 }),
    );
    assert.ok(deletion.DeletionDate);
    await assert.rejects(sm.send(new GetSecretValueCommand({ SecretId: 'e2e/deleted' })), {
      name: 'InvalidRequestException',
      message: "You can't perform this operation on the secret because it was marked for deletion.",
    });
    await sm.send(new RestoreSecretCommand({ SecretId: 'e2e/deleted' }));
    assert.equal(
      (await sm.send(new GetSecretValueCommand({ SecretId: 'e2e/deleted' }))).SecretString,
      'x',
    );
    await sm.send(
      new DeleteSecretCommand({ SecretId: 'e2e/deleted', ForceDeleteWithoutRecovery: true }),
    );
    await assert.rejects(sm.send(new GetSecretValueCommand({ SecretId: 'e2e/deleted' })), {
      name: 'ResourceNotFoundException',
      message: "Secrets Manager can't find the specified secret.",
    });
  });

  it('SDK v3: a role allowed GetSecretValue on secret:NAME-?????? reads it, is denied DescribeSecret and ListSecrets', async () => {
    const { credentials, sessionArn } = await roleSession(
      emulator.url,
      'secrets-e2e-role',
      READ_ONLY,
    );
    const sm = new SecretsManagerClient(clientConfig(emulator.url, credentials));
    assert.equal((await sm.send(new GetSecretValueCommand({ SecretId: NAME }))).SecretString, 'v1');
    await assert.rejects(
      sm.send(new DescribeSecretCommand({ SecretId: NAME })),
      (error: AwsSdkError) => {
        assert.equal(error.name, 'AccessDeniedException');
        // AWS names the secret in the message as the request did (here by name), not by its ARN.
        assert.equal(error.message, denied(sessionArn, 'secretsmanager:DescribeSecret', NAME));
        assert.equal(error.$metadata?.httpStatusCode, 400);
        return true;
      },
    );
    // An action without a resource type: AWS leaves out the "on resource" clause.
    await assert.rejects(sm.send(new ListSecretsCommand({})), {
      message: denied(sessionArn, 'secretsmanager:ListSecrets'),
    });
    const records = await authzRecordsOf(emulator.url, sessionArn);
    const allowed = records.find((r) => r.action === 'secretsmanager:GetSecretValue');
    assert.equal(allowed?.resource, secretArn);
    assert.equal(allowed?.context['secretsmanager:SecretId'], secretArn);
    assert.deepEqual(
      allowed?.matched.map((m) => m.sid),
      ['ReadSecret'],
    );
  });

  it('a resource policy with an explicit Deny overrides the identity policy', async () => {
    const sm = new SecretsManagerClient(clientConfig(emulator.url, ADMIN));
    const arn = (await sm.send(new CreateSecretCommand({ Name: 'e2e/guarded', SecretString: 'g' })))
      .ARN!;
    const credentials = await userWithPolicy(
      emulator.url,
      'secrets-guarded-user',
      policy({ Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: '*' }),
    );
    const userArn = `arn:aws:iam::${ACCOUNT}:user/secrets-guarded-user`;
    const asUser = new SecretsManagerClient(clientConfig(emulator.url, credentials));
    assert.equal(
      (await asUser.send(new GetSecretValueCommand({ SecretId: arn }))).SecretString,
      'g',
    );
    await sm.send(
      new PutResourcePolicyCommand({
        SecretId: arn,
        ResourcePolicy: policy({
          Sid: 'NoReads',
          Effect: 'Deny',
          Principal: { AWS: userArn },
          Action: 'secretsmanager:GetSecretValue',
          Resource: '*',
        }),
      }),
    );
    await assert.rejects(asUser.send(new GetSecretValueCommand({ SecretId: arn })), {
      name: 'AccessDeniedException',
      message: `User: ${userArn} is not authorized to perform: secretsmanager:GetSecretValue on resource: ${arn} with an explicit deny in a resource-based policy`,
    });
    const record = (await readAuthzLog(emulator.url))
      .filter((r) => r.principal.arn === userArn)
      .pop();
    assert.deepEqual(
      record?.matched.map((m) => m.sid),
      ['NoReads'],
    );
  });

  it('a customer-managed KMS key: reading also needs kms:Decrypt through Secrets Manager', async () => {
    const kms = new KMSClient(clientConfig(emulator.url, ADMIN));
    const key = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!;
    const sm = new SecretsManagerClient(clientConfig(emulator.url, ADMIN));
    const arn = (
      await sm.send(
        new CreateSecretCommand({ Name: 'e2e/cmk', SecretString: 'sealed', KmsKeyId: key.KeyId }),
      )
    ).ARN!;
    const credentials = await userWithPolicy(
      emulator.url,
      'secrets-cmk-user',
      policy({
        Sid: 'Read',
        Effect: 'Allow',
        Action: 'secretsmanager:GetSecretValue',
        Resource: arn,
      }),
    );
    const asUser = new SecretsManagerClient(clientConfig(emulator.url, credentials));
    await assert.rejects(
      asUser.send(new GetSecretValueCommand({ SecretId: arn })),
      (error: Error) => {
        assert.equal(error.name, 'AccessDeniedException');
        assert.match(error.message, new RegExp(`perform: kms:Decrypt on resource: ${key.Arn}`));
        return true;
      },
    );
    const record = (await readAuthzLog(emulator.url))
      .filter((r) => r.action === 'kms:Decrypt')
      .pop();
    assert.equal(record?.context['kms:ViaService'], 'secretsmanager.us-east-1.amazonaws.com');
  });

  it('SDK v3: BatchGetSecretValue authorizes GetSecretValue per secret and reports the others as Errors', async () => {
    const sm = new SecretsManagerClient(clientConfig(emulator.url, ADMIN));
    await sm.send(new CreateSecretCommand({ Name: 'e2e/batch-other', SecretString: 'other' }));
    const credentials = await userWithPolicy(
      emulator.url,
      'secrets-batch-user',
      policy(
        {
          Sid: 'Batch',
          Effect: 'Allow',
          Action: 'secretsmanager:BatchGetSecretValue',
          Resource: '*',
        },
        {
          Sid: 'One',
          Effect: 'Allow',
          Action: 'secretsmanager:GetSecretValue',
          Resource: SECRET_PATTERN,
        },
      ),
    );
    const asUser = new SecretsManagerClient(clientConfig(emulator.url, credentials));
    const batch = await asUser.send(
      new BatchGetSecretValueCommand({ SecretIdList: [NAME, 'e2e/batch-other', 'e2e/none'] }),
    );
    assert.deepEqual(
      batch.SecretValues?.map((v) => [v.Name, v.SecretString]),
      [[NAME, 'v1']],
    );
    assert.deepEqual(
      batch.Errors?.map((e) => [e.SecretId, e.ErrorCode]),
      [
        ['e2e/none', 'ResourceNotFoundException'],
        ['e2e/batch-other', 'AccessDeniedException'],
      ],
    );
  });

  it('boto3: the user reads by name and is denied DescribeSecret', async () => {
    const credentials = await userWithPolicy(emulator.url, 'secrets-boto3-user', READ_ONLY);
    const out = (await boto3(
      emulator.url,
      credentials,
      `c = client('secretsmanager')
print(json.dumps({
  'get': call(lambda: c.get_secret_value(SecretId=${JSON.stringify(NAME)})),
  'describe': call(lambda: c.describe_secret(SecretId=${JSON.stringify(NAME)})),
}, default=str))`,
    )) as Record<
      string,
      { SecretString?: string; error?: { Code: string; Message: string }; status?: number }
    >;
    assert.equal(out['get']?.SecretString, 'v1');
    assert.equal(out['describe']?.error?.Code, 'AccessDeniedException');
    assert.equal(out['describe']?.status, 400);
    assert.equal(
      out['describe']?.error?.Message,
      denied(
        `arn:aws:iam::${ACCOUNT}:user/secrets-boto3-user`,
        'secretsmanager:DescribeSecret',
        NAME,
      ),
    );
  });

  it('AWS CLI: create-secret and get-secret-value', async () => {
    const created = await cli(emulator.url, [
      'secretsmanager',
      'create-secret',
      '--name',
      'cli/secret',
      '--secret-string',
      '{"user":"u"}',
    ]);
    assert.equal(created.status, 0, created.stderr);
    const value = await cli(emulator.url, [
      'secretsmanager',
      'get-secret-value',
      '--secret-id',
      'cli/secret',
    ]);
    assert.equal(value.status, 0, value.stderr);
    assert.equal((value.json as { SecretString: string }).SecretString, '{"user":"u"}');
    const missing = await cli(emulator.url, [
      'secretsmanager',
      'get-secret-value',
      '--secret-id',
      'cli/none',
    ]);
    assert.notEqual(missing.status, 0);
    assert.match(
      missing.stderr,
      /ResourceNotFoundException.*Secrets Manager can't find the specified secret\./,
    );
  });
});
