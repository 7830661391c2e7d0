import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CreateRoleCommand, DeleteRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator.js';
import { ADMIN } from '../helpers/aws-subprocess.js';

const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::000000000000:root' },
      Action: 'sts:AssumeRole',
    },
  ],
});

/**
 * A role session is tied to the role's unique id: delete the role, re-create it under the same
 * name, and the old session is refused (the new role is a different principal).
 */
describe('sts: sessions die with their role', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ port: 0 });
  });
  after(() => emulator.stop());

  it('refuses a session of a deleted and re-created role', async () => {
    const config = { endpoint: emulator.url, region: 'us-east-1', maxAttempts: 1 };
    const iam = new IAMClient({ ...config, credentials: ADMIN });
    const sts = new STSClient({ ...config, credentials: ADMIN });
    await iam.send(new CreateRoleCommand({ RoleName: 'phoenix', AssumeRolePolicyDocument: TRUST }));
    const assumed = await sts.send(
      new AssumeRoleCommand({
        RoleArn: 'arn:aws:iam::000000000000:role/phoenix',
        RoleSessionName: 'ss',
      }),
    );
    const c = assumed.Credentials!;
    const session = new STSClient({
      ...config,
      credentials: {
        accessKeyId: c.AccessKeyId!,
        secretAccessKey: c.SecretAccessKey!,
        sessionToken: c.SessionToken!,
      },
    });
    assert.match(
      (await session.send(new GetCallerIdentityCommand({}))).Arn!,
      /assumed-role\/phoenix\/ss$/,
    );
    await iam.send(new DeleteRoleCommand({ RoleName: 'phoenix' }));
    await iam.send(new CreateRoleCommand({ RoleName: 'phoenix', AssumeRolePolicyDocument: TRUST }));
    await assert.rejects(session.send(new GetCallerIdentityCommand({})), {
      name: 'InvalidClientTokenId',
    });
  });
});
