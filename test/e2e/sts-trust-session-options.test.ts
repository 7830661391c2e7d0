/**
 * Conformance with the real SDK v3 client: passing session tags, a source identity or context
 * on AssumeRole needs the role's TRUST policy to allow sts:TagSession / sts:SetSourceIdentity /
 * sts:SetContext, whatever the caller's identity policy allows.
 *  - https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html#id_session-tags_permissions-required
 *  - https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_monitor.html#id_credentials_temp_control-access_monitor-perms
 *  - https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html (ProvidedContexts)
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { AssumeRoleCommand, type AssumeRoleCommandInput, STSClient } from '@aws-sdk/client-sts';
import { type RunningEmulator, startEmulator } from '../../src/emulator/start-emulator.js';
import type { AwsSdkError } from '../helpers/access-denied.js';
import { ADMIN, type Credentials } from '../helpers/aws-subprocess.js';
import { ACCOUNT, clientConfig, policy, userWithPolicy } from '../helpers/iam-principals.js';

const OPTIONS: Record<string, Partial<AssumeRoleCommandInput>> = {
  'sts:TagSession': { Tags: [{ Key: 'team', Value: 'dev' }] },
  'sts:SetSourceIdentity': { SourceIdentity: 'alice' },
  'sts:SetContext': {
    ProvidedContexts: [
      {
        ProviderArn: 'arn:aws:iam::aws:contextProvider/IdentityCenter',
        ContextAssertion: 'x'.repeat(20),
      },
    ],
  },
};

describe('AssumeRole session options need the trust policy (SDK v3)', () => {
  let emulator: RunningEmulator;
  let caller: Credentials;

  async function role(name: string, trustActions: string[]): Promise<string> {
    const iam = new IAMClient(clientConfig(emulator.url, ADMIN));
    const trust = policy({
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
      Action: trustActions,
    });
    const created = await iam.send(
      new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: trust }),
    );
    return created.Role!.Arn!;
  }

  function assume(roleArn: string, extra: Partial<AssumeRoleCommandInput>) {
    const sts = new STSClient(clientConfig(emulator.url, caller));
    return sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 's1', ...extra }));
  }

  before(async () => {
    emulator = await startEmulator({ port: 0, enforcement: 'strict' });
    // The identity side allows everything STS has: only the trust policy can refuse.
    caller = await userWithPolicy(
      emulator.url,
      'sts-caller',
      policy({ Effect: 'Allow', Action: 'sts:*', Resource: '*' }),
    );
  });
  after(() => emulator.stop());

  for (const [action, extra] of Object.entries(OPTIONS)) {
    it(`${action}: refused when the trust policy allows only sts:AssumeRole`, async () => {
      const arn = await role(`only-assume-${action.slice(7)}`, ['sts:AssumeRole']);
      await assume(arn, {}); // the plain call works
      await assert.rejects(assume(arn, extra), (e: AwsSdkError) => {
        assert.equal(e.name, 'AccessDenied');
        assert.match(e.message, new RegExp(`not authorized to perform: ${action} on resource`));
        return true;
      });
    });
    it(`${action}: allowed when the trust policy allows it too`, async () => {
      const arn = await role(`with-${action.slice(7)}`, ['sts:AssumeRole', action]);
      const out = await assume(arn, extra);
      assert.ok(out.Credentials?.SessionToken);
    });
  }
});
