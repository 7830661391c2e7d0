import {
  CreateAccessKeyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  IAMClient,
  PutRolePolicyCommand,
  PutUserPolicyCommand,
} from '@aws-sdk/client-iam';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { aws, emulatorEnv, run, type Credentials } from '../helpers/aws-subprocess.js';

/**
 * Shared by the SQS, SNS, Secrets Manager and CloudWatch Logs end-to-end tests: principals made
 * by the admin through the real IAM/STS clients, and boto3 run as a subprocess that can only
 * reach the emulator.
 */
export const ADMIN: Credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
export const ACCOUNT = '000000000000';

export function clientConfig(url: string, credentials: Credentials) {
  return { endpoint: url, region: 'us-east-1', credentials, maxAttempts: 1 };
}

export function policy(...statements: object[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}

/** An IAM user with one inline policy, and its access key. */
export async function userWithPolicy(
  url: string,
  userName: string,
  document: string,
): Promise<Credentials> {
  const iam = new IAMClient(clientConfig(url, ADMIN));
  await iam.send(new CreateUserCommand({ UserName: userName }));
  await iam.send(
    new PutUserPolicyCommand({
      UserName: userName,
      PolicyName: 'mutation-test-policy',
      PolicyDocument: document,
    }),
  );
  const key = (await iam.send(new CreateAccessKeyCommand({ UserName: userName }))).AccessKey!;
  return { accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! };
}

/** A role trusting a fresh user, with one inline policy; answers the session's credentials. */
export async function roleSession(
  url: string,
  roleName: string,
  document: string,
): Promise<{ credentials: Credentials; sessionArn: string }> {
  const iam = new IAMClient(clientConfig(url, ADMIN));
  const caller = await userWithPolicy(
    url,
    `${roleName}-caller`,
    policy({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }),
  );
  await iam.send(
    new CreateRoleCommand({
      RoleName: roleName,
      AssumeRolePolicyDocument: policy({
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/${roleName}-caller` },
        Action: 'sts:AssumeRole',
      }),
    }),
  );
  await iam.send(
    new PutRolePolicyCommand({
      RoleName: roleName,
      PolicyName: 'mutation-test-policy',
      PolicyDocument: document,
    }),
  );
  const sts = new STSClient(clientConfig(url, caller));
  const assumed = await sts.send(
    new AssumeRoleCommand({
      RoleArn: `arn:aws:iam::${ACCOUNT}:role/${roleName}`,
      RoleSessionName: 'e2e',
    }),
  );
  const c = assumed.Credentials!;
  return {
    credentials: {
      accessKeyId: c.AccessKeyId!,
      secretAccessKey: c.SecretAccessKey!,
      sessionToken: c.SessionToken!,
    },
    sessionArn: `arn:aws:sts::${ACCOUNT}:assumed-role/${roleName}/e2e`,
  };
}

/**
 * Runs a boto3 script; it prints one JSON document, parsed here. The prelude's `client(name)`
 * names the emulator's endpoint explicitly; `call()` reports ClientErrors as {"error": {...}}.
 */
export async function boto3(url: string, credentials: Credentials, body: string): Promise<unknown> {
  const prelude = [
    'import boto3, json, sys',
    'from botocore.exceptions import ClientError',
    `ENDPOINT = ${JSON.stringify(url)}`,
    '# Always the explicit endpoint: never a default AWS one.',
    'def client(name):',
    "    return boto3.client(name, endpoint_url=ENDPOINT, region_name='us-east-1')",
    'def call(f):',
    '    try:',
    '        r = f()',
    "        r.pop('ResponseMetadata', None)",
    '        return r',
    '    except ClientError as e:',
    "        return {'error': e.response['Error'], 'status': e.response['ResponseMetadata']['HTTPStatusCode']}",
    '',
  ].join('\n');
  const result = await run('python3', ['-c', `${prelude}\n${body}`], {
    env: emulatorEnv(url, credentials),
    timeoutMs: 60_000,
  });
  if (result.status !== 0)
    throw new Error(`boto3 script failed (${result.status}): ${result.stderr}`);
  return JSON.parse(result.stdout) as unknown;
}

/** The AWS CLI with an explicit --endpoint-url (CLI v1 ignores AWS_ENDPOINT_URL for some services). */
export async function cli(url: string, args: string[], credentials: Credentials = ADMIN) {
  return aws(url, [...args, '--endpoint-url', url], credentials);
}
