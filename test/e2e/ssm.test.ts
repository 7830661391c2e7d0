import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import {
  DeleteParameterCommand,
  DescribeParametersCommand,
  GetParameterCommand,
  GetParameterHistoryCommand,
  GetParametersByPathCommand,
  GetParametersCommand,
  LabelParameterVersionCommand,
  PutParameterCommand,
  SSMClient,
} from '@aws-sdk/client-ssm';
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

const PARAM = '/iam-mvp/runtime-config';
// Names that begin with '/' do not double the slash in the ARN.
const PARAM_ARN = `arn:aws:ssm:us-east-1:${ACCOUNT}:parameter/iam-mvp/runtime-config`;
const READ_PARAM = policy({
  Sid: 'ReadParam',
  Effect: 'Allow',
  Action: 'ssm:GetParameter',
  Resource: PARAM_ARN,
});

describe('SSM Parameter Store end to end (AWS JSON 1.1) with real clients', () => {
  let emulator: RunningEmulator;
  let admin: SSMClient;

  before(async () => {
    emulator = await startEmulator({ port: 0, enforcement: 'strict' });
    admin = new SSMClient(clientConfig(emulator.url, ADMIN));
    await admin.send(
      new PutParameterCommand({ Name: PARAM, Value: '{"mode":"safe"}', Type: 'String' }),
    );
    await admin.send(
      new PutParameterCommand({
        Name: '/iam-mvp/db/password',
        Value: 'hunter2',
        Type: 'SecureString',
      }),
    );
    await admin.send(
      new PutParameterCommand({ Name: '/iam-mvp/db/hosts', Value: 'a,b', Type: 'StringList' }),
    );
    await admin.send(new PutParameterCommand({ Name: 'flat-name', Value: 'flat', Type: 'String' }));
  });
  after(() => emulator.stop());

  it('SDK v3: String, StringList and SecureString (default key alias/aws/ssm) with versions and labels', async () => {
    const got = (await admin.send(new GetParameterCommand({ Name: PARAM }))).Parameter!;
    assert.deepEqual(
      {
        Name: got.Name,
        Type: got.Type,
        Value: got.Value,
        Version: got.Version,
        ARN: got.ARN,
        DataType: got.DataType,
      },
      {
        Name: PARAM,
        Type: 'String',
        Value: '{"mode":"safe"}',
        Version: 1,
        ARN: PARAM_ARN,
        DataType: 'text',
      },
    );
    assert.ok(got.LastModifiedDate instanceof Date);
    const sealed = (await admin.send(new GetParameterCommand({ Name: '/iam-mvp/db/password' })))
      .Parameter!;
    assert.notEqual(sealed.Value, 'hunter2');
    const clear = (
      await admin.send(
        new GetParameterCommand({ Name: '/iam-mvp/db/password', WithDecryption: true }),
      )
    ).Parameter!;
    assert.equal(clear.Value, 'hunter2');
    const meta = (
      await admin.send(
        new DescribeParametersCommand({
          ParameterFilters: [{ Key: 'Type', Values: ['SecureString'] }],
        }),
      )
    ).Parameters!;
    assert.deepEqual(
      meta.map((p) => [p.Name, p.KeyId]),
      [['/iam-mvp/db/password', 'alias/aws/ssm']],
    );
    assert.equal(
      (await admin.send(new GetParameterCommand({ Name: 'flat-name' }))).Parameter!.ARN,
      `arn:aws:ssm:us-east-1:${ACCOUNT}:parameter/flat-name`,
    );

    await assert.rejects(
      admin.send(new PutParameterCommand({ Name: PARAM, Value: 'x', Type: 'String' })),
      (error: AwsSdkError) => {
        assert.equal(error.name, 'ParameterAlreadyExists');
        assert.equal(
          error.message,
          'The parameter already exists. To overwrite this value, set the overwrite option in the request to true.',
        );
        return true;
      },
    );
    const v2 = await admin.send(
      new PutParameterCommand({ Name: PARAM, Value: '{"mode":"fast"}', Overwrite: true }),
    );
    assert.equal(v2.Version, 2);
    await admin.send(
      new LabelParameterVersionCommand({ Name: PARAM, ParameterVersion: 1, Labels: ['stable'] }),
    );
    assert.equal(
      (await admin.send(new GetParameterCommand({ Name: `${PARAM}:stable` }))).Parameter!.Value,
      '{"mode":"safe"}',
    );
    assert.equal(
      (await admin.send(new GetParameterCommand({ Name: `${PARAM}:2` }))).Parameter!.Selector,
      ':2',
    );
    const history = (await admin.send(new GetParameterHistoryCommand({ Name: PARAM }))).Parameters!;
    assert.deepEqual(
      history.map((h) => [h.Version, h.Labels]),
      [
        [1, ['stable']],
        [2, []],
      ],
    );
    await assert.rejects(
      admin.send(new GetParameterCommand({ Name: '/iam-mvp/missing' })),
      (error: AwsSdkError) => {
        assert.equal(error.name, 'ParameterNotFound');
        assert.equal(error.$metadata?.httpStatusCode, 400);
        return true;
      },
    );
  });

  it('SDK v3: GetParameters reports InvalidParameters; GetParametersByPath pages and recurses', async () => {
    const some = await admin.send(
      new GetParametersCommand({ Names: [PARAM, '/nope'], WithDecryption: true }),
    );
    assert.deepEqual(
      some.Parameters!.map((p) => p.Name),
      [PARAM],
    );
    assert.deepEqual(some.InvalidParameters, ['/nope']);
    const oneLevel = await admin.send(new GetParametersByPathCommand({ Path: '/iam-mvp' }));
    assert.deepEqual(
      oneLevel.Parameters!.map((p) => p.Name),
      [PARAM],
    );
    const names: string[] = [];
    let token: string | undefined;
    for (let page = 0; page < 10; page++) {
      const r = await admin.send(
        new GetParametersByPathCommand({
          Path: '/iam-mvp/',
          Recursive: true,
          MaxResults: 2,
          WithDecryption: true,
          ...(token !== undefined && { NextToken: token }),
        }),
      );
      names.push(...r.Parameters!.map((p) => `${p.Name}=${p.Value}`));
      token = r.NextToken;
      if (token === undefined) break;
    }
    assert.deepEqual(names, [
      '/iam-mvp/db/hosts=a,b',
      '/iam-mvp/db/password=hunter2',
      `${PARAM}={"mode":"fast"}`,
    ]);
  });

  it('SDK v3: a role allowed ssm:GetParameter on one parameter reads it, is denied another, and the log names the Sid', async () => {
    const { credentials, sessionArn } = await roleSession(emulator.url, 'ssm-e2e-role', READ_PARAM);
    const ssm = new SSMClient(clientConfig(emulator.url, credentials));
    assert.equal((await ssm.send(new GetParameterCommand({ Name: PARAM }))).Parameter!.Version, 2);
    await assert.rejects(
      ssm.send(new GetParameterCommand({ Name: 'flat-name' })),
      (error: AwsSdkError) => {
        assert.equal(error.name, 'AccessDeniedException');
        assert.equal(
          error.message,
          denied(
            sessionArn,
            'ssm:GetParameter',
            `arn:aws:ssm:us-east-1:${ACCOUNT}:parameter/flat-name`,
          ),
        );
        assert.equal(error.$metadata?.httpStatusCode, 400);
        return true;
      },
    );
    // A missing parameter is checked on the account-wide wildcard, as AWS does: AccessDenied, not ParameterNotFound.
    await assert.rejects(
      ssm.send(new GetParameterCommand({ Name: '/iam-mvp/missing' })),
      (error: AwsSdkError) => {
        assert.equal(
          error.message,
          denied(sessionArn, 'ssm:GetParameter', `arn:aws:ssm:us-east-1:${ACCOUNT}:*`),
        );
        return true;
      },
    );
    // GetParametersByPath is authorized on the path's ARN, not per parameter.
    await assert.rejects(
      ssm.send(new GetParametersByPathCommand({ Path: '/iam-mvp' })),
      (error: AwsSdkError) => {
        assert.equal(
          error.message,
          denied(
            sessionArn,
            'ssm:GetParametersByPath',
            `arn:aws:ssm:us-east-1:${ACCOUNT}:parameter/iam-mvp`,
          ),
        );
        return true;
      },
    );
    const records = await authzRecordsOf(emulator.url, sessionArn);
    const allowed = records.find((r) => r.action === 'ssm:GetParameter' && r.decision === 'allow');
    assert.equal(allowed?.resource, PARAM_ARN);
    assert.deepEqual(
      allowed?.matched.map((m) => m.sid),
      ['ReadParam'],
    );
    assert.equal(
      records.find((r) => r.action === 'ssm:GetParameter' && r.decision !== 'allow')?.enforced,
      true,
    );
  });

  it('SDK v3: a SecureString under a customer key also needs kms:Decrypt, checked via ssm on that key', async () => {
    const key = (
      await new KMSClient(clientConfig(emulator.url, ADMIN)).send(new CreateKeyCommand({}))
    ).KeyMetadata!;
    await admin.send(
      new PutParameterCommand({
        Name: '/app/token',
        Value: 't0ken',
        Type: 'SecureString',
        KeyId: key.KeyId!,
      }),
    );
    const tokenArn = `arn:aws:ssm:us-east-1:${ACCOUNT}:parameter/app/token`;
    const readOnly = policy({
      Sid: 'ReadToken',
      Effect: 'Allow',
      Action: 'ssm:GetParameter',
      Resource: tokenArn,
    });
    const { credentials, sessionArn } = await roleSession(emulator.url, 'ssm-kms-role', readOnly);
    const ssm = new SSMClient(clientConfig(emulator.url, credentials));
    assert.notEqual(
      (await ssm.send(new GetParameterCommand({ Name: '/app/token' }))).Parameter!.Value,
      't0ken',
    );
    await assert.rejects(
      ssm.send(new GetParameterCommand({ Name: '/app/token', WithDecryption: true })),
      (error: AwsSdkError) => {
        assert.equal(error.name, 'AccessDeniedException');
        assert.equal(error.message, denied(sessionArn, 'kms:Decrypt', key.Arn!));
        return true;
      },
    );
    const withKms = await userWithPolicy(
      emulator.url,
      'ssm-kms-user',
      policy(
        { Sid: 'ReadToken', Effect: 'Allow', Action: 'ssm:GetParameter', Resource: tokenArn },
        {
          Sid: 'DecryptViaSsm',
          Effect: 'Allow',
          Action: 'kms:Decrypt',
          Resource: key.Arn,
          Condition: { StringEquals: { 'kms:ViaService': 'ssm.us-east-1.amazonaws.com' } },
        },
      ),
    );
    const got = await new SSMClient(clientConfig(emulator.url, withKms)).send(
      new GetParameterCommand({ Name: '/app/token', WithDecryption: true }),
    );
    assert.equal(got.Parameter!.Value, 't0ken');
    const decrypt = (await readAuthzLog(emulator.url)).find(
      (r) =>
        r.principal.arn === `arn:aws:iam::${ACCOUNT}:user/ssm-kms-user` &&
        r.action === 'kms:Decrypt',
    );
    assert.equal(decrypt?.decision, 'allow');
    assert.equal(decrypt?.context['kms:ViaService'], 'ssm.us-east-1.amazonaws.com');
    assert.equal(decrypt?.context['kms:EncryptionContext:PARAMETER_ARN'], tokenArn);
    assert.ok(decrypt?.matched.some((m) => m.sid === 'DecryptViaSsm'));
  });

  it('SDK v3: under the AWS-managed alias/aws/ssm key, the key policy grants kms:Decrypt via SSM; an explicit Deny still wins', async () => {
    const secretArn = `arn:aws:ssm:us-east-1:${ACCOUNT}:parameter/iam-mvp/db/password`;
    const { credentials, sessionArn } = await roleSession(
      emulator.url,
      'ssm-managed-key-role',
      policy({
        Sid: 'ReadPassword',
        Effect: 'Allow',
        Action: 'ssm:GetParameter',
        Resource: secretArn,
      }),
    );
    const got = await new SSMClient(clientConfig(emulator.url, credentials)).send(
      new GetParameterCommand({ Name: '/iam-mvp/db/password', WithDecryption: true }),
    );
    assert.equal(got.Parameter!.Value, 'hunter2');
    const decrypt = (await readAuthzLog(emulator.url)).find(
      (r) => r.principal.arn === sessionArn && r.action === 'kms:Decrypt',
    ) as { decision: string; matched: Array<{ policyKind?: string; sid?: string }> } | undefined;
    assert.equal(decrypt?.decision, 'allow');
    assert.deepEqual(
      decrypt?.matched.map((m) => [m.policyKind, m.sid]),
      [
        [
          'resource',
          'Allow access through Systems Manager for all principals in the account that are authorized to use Systems Manager',
        ],
      ],
    );
    const denyKms = await userWithPolicy(
      emulator.url,
      'ssm-deny-kms',
      policy(
        { Effect: 'Allow', Action: 'ssm:GetParameter', Resource: secretArn },
        { Effect: 'Deny', Action: 'kms:Decrypt', Resource: '*' },
      ),
    );
    await assert.rejects(
      new SSMClient(clientConfig(emulator.url, denyKms)).send(
        new GetParameterCommand({ Name: '/iam-mvp/db/password', WithDecryption: true }),
      ),
      {
        name: 'AccessDeniedException',
        message:
          /kms:Decrypt on resource: arn:aws:kms:us-east-1:000000000000:key\/[0-9a-f-]+ with an explicit deny in an identity-based policy$/,
      },
    );
  });

  it('boto3: get_parameter allowed, get_parameters and put_parameter denied with AWS messages', async () => {
    const credentials = await userWithPolicy(emulator.url, 'ssm-boto3-user', READ_PARAM);
    const userArn = `arn:aws:iam::${ACCOUNT}:user/ssm-boto3-user`;
    const out = (await boto3(
      emulator.url,
      credentials,
      `c = client('ssm')
print(json.dumps({
  'get': call(lambda: c.get_parameter(Name=${JSON.stringify(PARAM)})),
  'put': call(lambda: c.put_parameter(Name=${JSON.stringify(PARAM)}, Value='x', Overwrite=True)),
}, default=str))`,
    )) as Record<
      string,
      {
        Parameter?: { Value: string; ARN: string };
        error?: { Code: string; Message: string };
        status?: number;
      }
    >;
    assert.equal(out['get']?.Parameter?.Value, '{"mode":"fast"}');
    assert.equal(out['get']?.Parameter?.ARN, PARAM_ARN);
    assert.equal(out['put']?.error?.Code, 'AccessDeniedException');
    assert.equal(out['put']?.status, 400);
    assert.equal(out['put']?.error?.Message, denied(userArn, 'ssm:PutParameter', PARAM_ARN));
  });

  it('AWS CLI: put-parameter, get-parameter --with-decryption, delete-parameter', async () => {
    const put = await cli(emulator.url, [
      'ssm',
      'put-parameter',
      '--name',
      '/cli/secret',
      '--value',
      'from the cli',
      '--type',
      'SecureString',
    ]);
    assert.equal(put.status, 0, put.stderr);
    assert.deepEqual(put.json, { Version: 1, Tier: 'Standard' });
    const got = await cli(emulator.url, [
      'ssm',
      'get-parameter',
      '--name',
      '/cli/secret',
      '--with-decryption',
    ]);
    assert.equal(got.status, 0, got.stderr);
    assert.equal((got.json as { Parameter: { Value: string } }).Parameter.Value, 'from the cli');
    await admin.send(new DeleteParameterCommand({ Name: '/cli/secret' }));
    const gone = await cli(emulator.url, ['ssm', 'get-parameter', '--name', '/cli/secret']);
    assert.notEqual(gone.status, 0);
    assert.match(gone.stderr, /ParameterNotFound/);
  });
});
