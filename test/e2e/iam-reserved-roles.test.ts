/**
 * Conformance with the real SDK v3 client: roles under `/aws-reserved/` (IAM Identity Center's
 * AWSReservedSSO_* roles) cannot be modified, whatever the caller's policies allow; IAM answers
 * UnmodifiableEntity (https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutRolePolicy.html,
 * Errors; https://docs.aws.amazon.com/singlesignon/latest/userguide/referencingpermissionsets.html).
 * A caller that may not call the action at all still gets AccessDenied first.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CreateRoleCommand,
  DeleteRoleCommand,
  GetRoleCommand,
  IAMClient,
  PutRolePolicyCommand,
  TagRoleCommand,
} from '@aws-sdk/client-iam';
import { type RunningEmulator, startEmulator } from '../../src/emulator/start-emulator.js';
import type { AwsSdkError } from '../helpers/access-denied.js';
import { ADMIN } from '../helpers/aws-subprocess.js';
import { clientConfig, policy, userWithPolicy } from '../helpers/iam-principals.js';

const RESERVED = 'AWSReservedSSO_Admin_0123456789abcdef';
const TRUST = policy({
  Effect: 'Allow',
  Principal: { Service: 'ec2.amazonaws.com' },
  Action: 'sts:AssumeRole',
});
const INLINE = policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' });

function unmodifiable(e: AwsSdkError): boolean {
  // Wire code UnmodifiableEntity, which SDK v3 maps to its modeled exception.
  assert.equal(e.name, 'UnmodifiableEntityException');
  assert.match(e.message, new RegExp(`protected role '${RESERVED}'`));
  return true;
}

describe('IAM refuses to modify /aws-reserved/ roles (SDK v3)', () => {
  let emulator: RunningEmulator;
  let admin: IAMClient;

  before(async () => {
    emulator = await startEmulator({ port: 0, enforcement: 'strict' });
    admin = new IAMClient(clientConfig(emulator.url, ADMIN));
    await admin.send(
      new CreateRoleCommand({
        RoleName: RESERVED,
        Path: '/aws-reserved/sso.amazonaws.com/',
        AssumeRolePolicyDocument: TRUST,
      }),
    );
    await admin.send(
      new CreateRoleCommand({ RoleName: 'ordinary', AssumeRolePolicyDocument: TRUST }),
    );
  });
  after(() => emulator.stop());

  it('refuses writes even to the admin; reads still work', async () => {
    await assert.rejects(
      admin.send(
        new PutRolePolicyCommand({ RoleName: RESERVED, PolicyName: 'p', PolicyDocument: INLINE }),
      ),
      unmodifiable,
    );
    await assert.rejects(
      admin.send(new TagRoleCommand({ RoleName: RESERVED, Tags: [{ Key: 'k', Value: 'v' }] })),
      unmodifiable,
    );
    await assert.rejects(admin.send(new DeleteRoleCommand({ RoleName: RESERVED })), unmodifiable);
    const got = await admin.send(new GetRoleCommand({ RoleName: RESERVED }));
    assert.equal(got.Role?.Path, '/aws-reserved/sso.amazonaws.com/');
    await admin.send(
      new PutRolePolicyCommand({ RoleName: 'ordinary', PolicyName: 'p', PolicyDocument: INLINE }),
    );
  });

  it('a user allowed iam:* gets UnmodifiableEntity; one allowed nothing gets AccessDenied', async () => {
    const allowed = await userWithPolicy(
      emulator.url,
      'iam-admin',
      policy({ Effect: 'Allow', Action: 'iam:*', Resource: '*' }),
    );
    const none = await userWithPolicy(
      emulator.url,
      'nobody',
      policy({ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }),
    );
    const put = new PutRolePolicyCommand({
      RoleName: RESERVED,
      PolicyName: 'p',
      PolicyDocument: INLINE,
    });
    await assert.rejects(
      new IAMClient(clientConfig(emulator.url, allowed)).send(put),
      unmodifiable,
    );
    await assert.rejects(
      new IAMClient(clientConfig(emulator.url, none)).send(put),
      (e: AwsSdkError) => e.name === 'AccessDenied',
    );
  });
});
