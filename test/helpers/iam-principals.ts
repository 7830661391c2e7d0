import {
  CreateAccessKeyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  IAMClient,
  PutRolePolicyCommand,
  PutUserPolicyCommand,
} from '@aws-sdk/client-iam';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { ADMIN, type Credentials } from './aws-subprocess.js';

/**
 * Principals for the end-to-end service tests, made by the admin through the real IAM/STS
 * clients against the emulator.
 */
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
