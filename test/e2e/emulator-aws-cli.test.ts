import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator.js';
import { aws, type Credentials } from '../helpers/aws-subprocess.js';
import { assertScenarioLog, scenarioNames } from './emulator-scenario.js';

/** The scenario with the AWS CLI, as a setup script would run it. */
describe('emulator scenario with the AWS CLI', () => {
  const names = scenarioNames('cli');
  let emulator: RunningEmulator;
  let session: Credentials;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-cli-e2e-'));
  const ok = async (args: string[], credentials?: Credentials) => {
    const r = await aws(emulator.url, args, credentials);
    assert.equal(r.status, 0, `aws ${args.slice(0, 2).join(' ')}: ${r.stderr}`);
    // The CLI prints the service's JSON; the steps below read known members of it.
    return r.json as Record<string, Record<string, string>>;
  };

  before(async () => {
    emulator = await startEmulator({ port: 0 });
    await ok([
      'iam',
      'create-role',
      '--role-name',
      names.role,
      '--assume-role-policy-document',
      names.trustPolicy,
    ]);
    await ok(['iam', 'create-user', '--user-name', names.user]);
    const key = (await ok(['iam', 'create-access-key', '--user-name', names.user])).AccessKey;
    const policyFile = path.join(dir, 'policy.json');
    writeFileSync(policyFile, names.rolePolicy);
    await ok([
      'iam',
      'put-role-policy',
      '--role-name',
      names.role,
      '--policy-name',
      names.policyName,
      '--policy-document',
      `file://${policyFile}`,
    ]);
    await ok(['s3api', 'create-bucket', '--bucket', names.bucket]);
    const config = path.join(dir, 'config.json');
    writeFileSync(config, '{"ok":true}');
    await ok(['s3', 'cp', config, `s3://${names.bucket}/allowed/config.json`]);
    const alice = { accessKeyId: key.AccessKeyId, secretAccessKey: key.SecretAccessKey };
    const c = (
      await ok(
        ['sts', 'assume-role', '--role-arn', names.roleArn, '--role-session-name', names.session],
        alice,
      )
    ).Credentials;
    session = {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: c.SessionToken,
    };
  });
  after(() => emulator.stop());

  it('reads what the policy allows as the assumed role', async () => {
    assert.equal((await ok(['sts', 'get-caller-identity'], session)).Arn, names.sessionArn);
    const target = path.join(dir, 'out.json');
    await ok(
      ['s3api', 'get-object', '--bucket', names.bucket, '--key', 'allowed/config.json', target],
      session,
    );
    assert.equal(readFileSync(target, 'utf8'), '{"ok":true}');
  });

  it('prints AWS’s exact AccessDenied for what it does not allow', async () => {
    const put = await aws(
      emulator.url,
      [
        's3api',
        'put-object',
        '--bucket',
        names.bucket,
        '--key',
        'allowed/new.txt',
        '--body',
        path.join(dir, 'config.json'),
      ],
      session,
    );
    assert.notEqual(put.status, 0);
    assert.ok(
      put.stderr.includes(
        `An error occurred (AccessDenied) when calling the PutObject operation: ${names.putDeniedMessage('allowed/new.txt')}`,
      ),
      put.stderr,
    );
    const list = await aws(emulator.url, ['iam', 'list-roles'], session);
    assert.ok(
      list.stderr.includes(
        `(AccessDenied) when calling the ListRoles operation: ${names.listRolesDeniedMessage}`,
      ),
      list.stderr,
    );
  });

  it('logs each decision with the statement that decided', async () => {
    await assertScenarioLog(emulator.url, names, 'allowed/new.txt');
  });
});
