/**
 * Conformance with the AWS CLI: GetSessionToken signed by the account's root keys (the
 * emulator's admin keys) answers credentials that act as the root, capped at one hour ("Sessions
 * for AWS account owners are restricted to a maximum of 3,600 seconds"); those session
 * credentials cannot call GetSessionToken again.
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type RunningEmulator, startEmulator } from '../../src/emulator/start-emulator.js';
import { ADMIN, aws, awsOk } from '../helpers/aws-subprocess.js';

describe('STS GetSessionToken with root keys (AWS CLI)', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ port: 0, enforcement: 'strict' });
  });
  after(() => emulator.stop());

  it('issues root session credentials for at most an hour', async () => {
    const before = Date.now();
    const out = await awsOk(emulator.url, [
      'sts',
      'get-session-token',
      '--duration-seconds',
      '7200',
    ]);
    const afterCall = Date.now();
    const c = out['Credentials'] as Record<string, string>;
    assert.match(c['AccessKeyId'] ?? '', /^ASIA/);
    const expires = Date.parse(c['Expiration'] ?? '');
    // Issued between before and afterCall; Expiration has whole seconds.
    assert.ok(expires <= afterCall + 3600_000 + 1_000, `expires ${c['Expiration']}`);
    assert.ok(expires >= before + 3600_000 - 1_000, `expires ${c['Expiration']}`);
    const session = {
      accessKeyId: c['AccessKeyId'] ?? '',
      secretAccessKey: c['SecretAccessKey'] ?? '',
      sessionToken: c['SessionToken'] ?? '',
    };
    const who = await awsOk(emulator.url, ['sts', 'get-caller-identity'], session);
    assert.match(String(who['Arn']), /^arn:aws:iam::\d{12}:root$/);
    // The root session acts as the root: an admin call succeeds under strict enforcement.
    await awsOk(emulator.url, ['sns', 'create-topic', '--name', 'root-session'], session);
    const again = await aws(emulator.url, ['sts', 'get-session-token'], session);
    assert.notEqual(again.status, 0);
    assert.match(again.stderr, /AccessDenied/);
    // The admin keys themselves still work.
    await awsOk(emulator.url, ['sts', 'get-caller-identity'], ADMIN);
  });
});
