import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CreateFunctionCommand, InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator.js';
import { ADMIN, aws, awsOk } from '../helpers/aws-subprocess.js';
import { zipOneFile } from '../helpers/python-zip.js';

const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
});
const ROLE_ARN = 'arn:aws:iam::000000000000:role/fn-role';
const FUNCTION_ARN = 'arn:aws:lambda:us-east-1:000000000000:function:reader';

/** The Lambda service with real clients: the AWS CLI creates, the JS SDK invokes, boto3 runs inside. */
describe('Lambda service (AWS CLI, SDK v3, boto3 in the function)', () => {
  let emulator: RunningEmulator;
  let url: string;
  let zip: string;
  let lambda: LambdaClient;
  const cli = (...args: string[]) => awsOk(url, args);
  const invoke = async (
    payload: unknown,
    extra: Partial<ConstructorParameters<typeof InvokeCommand>[0]> = {},
  ) => {
    const out = await lambda.send(
      new InvokeCommand({
        FunctionName: 'reader',
        Payload: Buffer.from(JSON.stringify(payload)),
        ...extra,
      }),
    );
    const text = out.Payload ? Buffer.from(out.Payload).toString('utf8') : '';
    return { out, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
  };

  before(async () => {
    emulator = await startEmulator({ port: 0 });
    url = emulator.url;
    lambda = new LambdaClient({ endpoint: url, region: 'us-east-1', credentials: ADMIN });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-lambda-e2e-'));
    zip = path.join(dir, 'app.zip');
    zipOneFile(zip, 'test/fixtures/lambda-service/app.py', 'app.py');
    await cli(
      'iam',
      'create-role',
      '--role-name',
      'fn-role',
      '--assume-role-policy-document',
      TRUST,
    );
    await cli('s3api', 'create-bucket', '--bucket', 'lambda-e2e');
    await cli(
      's3api',
      'put-object',
      '--bucket',
      'lambda-e2e',
      '--key',
      'config.json',
      '--body',
      'test/fixtures/lambda-service/app.py',
    );
  });

  after(async () => {
    lambda?.destroy();
    await emulator?.stop();
  });

  it('creates a function from a zip with the AWS CLI; it is Active at once', async () => {
    const config = await cli(
      'lambda',
      'create-function',
      '--function-name',
      'reader',
      '--runtime',
      'python3.11',
      '--handler',
      'app.read_object',
      '--role',
      ROLE_ARN,
      '--zip-file',
      `fileb://${zip}`,
      '--timeout',
      '10',
      '--environment',
      'Variables={STAGE=test}',
    );
    assert.equal(config.State, 'Active');
    assert.equal(config.FunctionArn, FUNCTION_ARN);
    const expectedSha = execFileSync(
      'python3',
      [
        '-c',
        'import base64,hashlib,sys; print(base64.b64encode(hashlib.sha256(open(sys.argv[1],"rb").read()).digest()).decode())',
        zip,
      ],
      { encoding: 'utf8' },
    ).trim();
    assert.equal(config.CodeSha256, expectedSha);
    assert.equal(
      (await aws(url, ['lambda', 'wait', 'function-active-v2', '--function-name', 'reader']))
        .status,
      0,
    );
    const got = await cli('lambda', 'get-function-configuration', '--function-name', FUNCTION_ARN);
    assert.deepEqual((got.Environment as { Variables: unknown }).Variables, { STAGE: 'test' });
  });

  it('runs the code as the execution role: denied until a policy allows, then allowed at once', async () => {
    const denied = await invoke({ bucket: 'lambda-e2e', key: 'config.json' });
    assert.equal(denied.out.StatusCode, 200);
    assert.equal(denied.out.FunctionError, undefined);
    assert.deepEqual(denied.body, {
      status: 'forbidden',
      code: 'AccessDenied',
      message:
        'User: arn:aws:sts::000000000000:assumed-role/fn-role/reader is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::lambda-e2e/config.json" because no identity-based policy allows the s3:GetObject action',
    });
    await cli(
      'iam',
      'put-role-policy',
      '--role-name',
      'fn-role',
      '--policy-name',
      'read',
      '--policy-document',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'ReadConfig',
            Effect: 'Allow',
            Action: 's3:GetObject',
            Resource: 'arn:aws:s3:::lambda-e2e/*',
          },
        ],
      }),
    );
    const cursor = emulator.log.latest();
    const allowed = await invoke({ bucket: 'lambda-e2e', key: 'config.json' });
    assert.equal(allowed.body?.status, 'ok');
    assert.equal(allowed.body?.function, 'reader');
    const records = emulator.log.read(cursor).records.filter((r) => r.action === 's3:GetObject');
    assert.equal(records.length, 1);
    assert.equal(
      records[0]?.principal.arn,
      'arn:aws:sts::000000000000:assumed-role/fn-role/reader',
    );
    assert.deepEqual(
      records[0]?.matched.map((m) => m.sid),
      ['ReadConfig'],
    );
  });

  it('keeps the worker warm between invocations', async () => {
    await invoke({ bucket: 'lambda-e2e', key: 'config.json' });
    const pids = emulator.state
      .storeOf<{ pool: { workerPids(id: string): number[] } }>('lambda')
      .pool.workerPids(FUNCTION_ARN);
    await invoke({ bucket: 'lambda-e2e', key: 'config.json' });
    assert.deepEqual(
      emulator.state
        .storeOf<{ pool: { workerPids(id: string): number[] } }>('lambda')
        .pool.workerPids(FUNCTION_ARN),
      pids,
    );
    assert.equal(pids.length, 1);
  });

  it('answers LogType Tail, DryRun (204) and Event (202) as AWS does', async () => {
    const tail = await invoke({ bucket: 'lambda-e2e', key: 'config.json' }, { LogType: 'Tail' });
    const log = Buffer.from(tail.out.LogResult ?? '', 'base64').toString('utf8');
    assert.match(log, /START RequestId: /);
    assert.match(log, /REPORT RequestId: /);
    assert.equal((await invoke({}, { InvocationType: 'DryRun' })).out.StatusCode, 204);
    const streams = (
      await cli('logs', 'describe-log-streams', '--log-group-name', '/aws/lambda/reader')
    ).logStreams as { logStreamName: string }[];
    assert.ok(streams.length > 0, 'the function log group has a stream');
    const events = (
      await cli(
        'logs',
        'get-log-events',
        '--log-group-name',
        '/aws/lambda/reader',
        '--log-stream-name',
        streams[0]!.logStreamName,
      )
    ).events as { message: string }[];
    assert.ok(
      events.some((e) => e.message.startsWith('REPORT RequestId:')),
      'shipped to CloudWatch Logs',
    );
    assert.equal(
      (await invoke({ bucket: 'lambda-e2e', key: 'config.json' }, { InvocationType: 'Event' })).out
        .StatusCode,
      202,
    );
  });

  it('reports an unhandled exception as FunctionError Unhandled with AWS’s payload', async () => {
    await cli(
      'lambda',
      'update-function-configuration',
      '--function-name',
      'reader',
      '--handler',
      'app.fail',
    );
    const failed = await invoke({});
    assert.equal(failed.out.FunctionError, 'Unhandled');
    assert.equal(failed.body?.errorType, 'ValueError');
    assert.equal(failed.body?.errorMessage, 'the handler failed on purpose');
    assert.ok(Array.isArray(failed.body?.stackTrace));
    await cli(
      'lambda',
      'update-function-configuration',
      '--function-name',
      'reader',
      '--handler',
      'app.whoami',
    );
    assert.equal(
      (await invoke({})).body as unknown,
      'arn:aws:sts::000000000000:assumed-role/fn-role/reader',
    );
  });

  it('enforces lambda:InvokeFunction, and a function policy can grant it', async () => {
    await cli('iam', 'create-user', '--user-name', 'caller');
    const key = (await cli('iam', 'create-access-key', '--user-name', 'caller')).AccessKey as {
      AccessKeyId: string;
      SecretAccessKey: string;
    };
    const asCaller = { accessKeyId: key.AccessKeyId, secretAccessKey: key.SecretAccessKey };
    const denied = await aws(
      url,
      [
        'lambda',
        'invoke',
        '--function-name',
        'reader',
        path.join(os.tmpdir(), 'iam-mutate-out.json'),
      ],
      asCaller,
    );
    assert.notEqual(denied.status, 0);
    assert.match(
      denied.stderr,
      /AccessDeniedException.*User: arn:aws:iam::000000000000:user\/caller is not authorized to perform: lambda:InvokeFunction on resource: arn:aws:lambda:us-east-1:000000000000:function:reader/,
    );
    const statement = await cli(
      'lambda',
      'add-permission',
      '--function-name',
      'reader',
      '--statement-id',
      'LetCallerInvoke',
      '--action',
      'lambda:InvokeFunction',
      '--principal',
      'arn:aws:iam::000000000000:user/caller',
    );
    assert.equal(JSON.parse(statement.Statement as string).Sid, 'LetCallerInvoke');
    const policy = JSON.parse(
      (await cli('lambda', 'get-policy', '--function-name', 'reader')).Policy as string,
    ) as { Statement: unknown[] };
    assert.equal(policy.Statement.length, 1);
    const outFile = path.join(os.tmpdir(), `iam-mutate-out-${process.pid}.json`);
    const allowed = await aws(
      url,
      ['lambda', 'invoke', '--function-name', 'reader', outFile],
      asCaller,
    );
    assert.equal(allowed.status, 0, allowed.stderr);
    assert.equal(
      JSON.parse(readFileSync(outFile, 'utf8')),
      'arn:aws:sts::000000000000:assumed-role/fn-role/reader',
    );
  });

  it('refuses a role Lambda cannot assume, and unknown functions, with AWS’s errors', async () => {
    await cli(
      'iam',
      'create-role',
      '--role-name',
      'not-for-lambda',
      '--assume-role-policy-document',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Service: 'ec2.amazonaws.com' },
            Action: 'sts:AssumeRole',
          },
        ],
      }),
    );
    const bad = await aws(url, [
      'lambda',
      'create-function',
      '--function-name',
      'nope',
      '--runtime',
      'python3.11',
      '--handler',
      'app.whoami',
      '--role',
      'arn:aws:iam::000000000000:role/not-for-lambda',
      '--zip-file',
      `fileb://${zip}`,
    ]);
    assert.match(
      bad.stderr,
      /InvalidParameterValueException.*The role defined for the function cannot be assumed by Lambda\./,
    );
    const missing = await aws(url, ['lambda', 'get-function', '--function-name', 'ghost']);
    assert.match(
      missing.stderr,
      /ResourceNotFoundException.*Function not found: arn:aws:lambda:us-east-1:000000000000:function:ghost/,
    );
  });

  it('refuses a package that does not unzip, and a runtime this machine cannot run, at create time', async () => {
    // The AWS CLI refuses to send a non-zip itself, so the SDK sends it.
    await assert.rejects(
      lambda.send(
        new CreateFunctionCommand({
          FunctionName: 'junk',
          Runtime: 'python3.11',
          Handler: 'app.whoami',
          Role: ROLE_ARN,
          Code: { ZipFile: Buffer.from('this is not a zip file') },
        }),
      ),
      (error: Error) =>
        error.name === 'InvalidParameterValueException' &&
        /Could not unzip uploaded file/.test(error.message),
    );
    const java = await aws(url, [
      'lambda',
      'create-function',
      '--function-name',
      'javafn',
      '--runtime',
      'java17',
      '--handler',
      'app.Handler',
      '--role',
      ROLE_ARN,
      '--zip-file',
      `fileb://${zip}`,
    ]);
    assert.match(java.stderr, /InvalidParameterValueException/);
    assert.match(java.stderr, /java17/);
  });

  it('creates a function from code in S3 (read with the caller’s s3:GetObject)', async () => {
    await cli(
      's3api',
      'put-object',
      '--bucket',
      'lambda-e2e',
      '--key',
      'code/app.zip',
      '--body',
      zip,
    );
    const created = await cli(
      'lambda',
      'create-function',
      '--function-name',
      'from-s3',
      '--runtime',
      'python3.11',
      '--handler',
      'app.whoami',
      '--role',
      ROLE_ARN,
      '--code',
      'S3Bucket=lambda-e2e,S3Key=code/app.zip',
    );
    assert.equal(created.State, 'Active');
    const missing = await aws(url, [
      'lambda',
      'create-function',
      '--function-name',
      'from-s3-missing',
      '--runtime',
      'python3.11',
      '--handler',
      'app.whoami',
      '--role',
      ROLE_ARN,
      '--code',
      'S3Bucket=lambda-e2e,S3Key=code/nope.zip',
    ]);
    assert.match(missing.stderr, /InvalidParameterValueException.*NoSuchKey/);
  });

  it('a function subscribed to an SNS topic is invoked with the SNS event', async () => {
    await cli(
      'lambda',
      'create-function',
      '--function-name',
      'listener',
      '--runtime',
      'python3.11',
      '--handler',
      'app.on_sns',
      '--role',
      ROLE_ARN,
      '--zip-file',
      `fileb://${zip}`,
    );
    const topic = (await cli('sns', 'create-topic', '--name', 'lambda-e2e-topic'))
      .TopicArn as string;
    // The function policy must let SNS invoke it (Lambda Developer Guide, "Using Lambda with SNS").
    await cli(
      'lambda',
      'add-permission',
      '--function-name',
      'listener',
      '--statement-id',
      'sns',
      '--action',
      'lambda:InvokeFunction',
      '--principal',
      'sns.amazonaws.com',
      '--source-arn',
      topic,
    );
    await cli(
      'sns',
      'subscribe',
      '--topic-arn',
      topic,
      '--protocol',
      'lambda',
      '--notification-endpoint',
      'arn:aws:lambda:us-east-1:000000000000:function:listener',
    );
    await cli('sns', 'publish', '--topic-arn', topic, '--message', 'hello from sns');
    let messages: string[] = [];
    for (let i = 0; i < 50 && !messages.some((m) => m.includes('hello from sns')); i++) {
      await new Promise((r) => setTimeout(r, 100));
      const found = await aws(url, [
        'logs',
        'filter-log-events',
        '--log-group-name',
        '/aws/lambda/listener',
      ]);
      messages = ((found.json as { events?: { message: string }[] } | undefined)?.events ?? []).map(
        (e) => e.message,
      );
    }
    assert.ok(
      messages.some((m) => m.includes('SNS message: hello from sns')),
      messages.join('\n'),
    );
  });
});
