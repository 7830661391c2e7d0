import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { internalFetch } from '../../src/emulator/internal-client.js';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator.js';
import { aws, run } from '../helpers/aws-subprocess.js';
import { startEmulatorProcess, type EmulatorProcess } from '../helpers/emulator-process.js';
import { policy, userWithPolicy } from '../helpers/iam-principals.js';

/** What a workload would do to the evidence: read it and wipe it with python's urllib. */
async function pythonRequest(url: string, method: string): Promise<number> {
  const script = [
    'import sys, urllib.request, urllib.error',
    'req = urllib.request.Request(sys.argv[1], method=sys.argv[2])',
    'try:',
    '    print(urllib.request.urlopen(req).status)',
    'except urllib.error.HTTPError as e:',
    '    print(e.code)',
  ].join('\n');
  const r = await run('python3', ['-c', script, url, method]);
  return Number(r.stdout.trim());
}

describe('emulator: the internal endpoints need admin credentials', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ port: 0 });
    // One recorded decision, so that a wipe would show.
    const user = await userWithPolicy(
      emulator.url,
      'workload',
      policy({ Effect: 'Allow', Action: 'sqs:ListQueues', Resource: '*' }),
    );
    await aws(emulator.url, ['sqs', 'list-queues'], user);
  });
  after(() => emulator.stop());

  it('refuses unsigned reads and wipes of the authorization log and health', async () => {
    assert.equal(await pythonRequest(`${emulator.url}/_iam-mutate/authz-log`, 'GET'), 403);
    assert.equal(await pythonRequest(`${emulator.url}/_iam-mutate/authz-log`, 'DELETE'), 403);
    assert.equal(await pythonRequest(`${emulator.url}/_iam-mutate/health`, 'GET'), 403);
    const log = (await (await internalFetch(emulator.url, '/_iam-mutate/authz-log')).json()) as {
      records: unknown[];
    };
    assert.ok(log.records.length > 0, 'the wipe must not have happened');
  });

  it('refuses a non-admin IAM user, a wrong admin secret and a wrong token', async () => {
    const user = await userWithPolicy(
      emulator.url,
      'reader',
      policy({ Effect: 'Allow', Action: '*', Resource: '*' }),
    );
    const asUser = await internalFetch(emulator.url, '/_iam-mutate/authz-log', user);
    assert.equal(asUser.status, 403);
    const wrong = { accessKeyId: 'test', secretAccessKey: 'guess' };
    assert.equal((await internalFetch(emulator.url, '/_iam-mutate/health', wrong)).status, 403);
    const token = { token: 'x'.repeat(emulator.internalToken.length) };
    assert.equal((await internalFetch(emulator.url, '/_iam-mutate/health', token)).status, 403);
  });

  it('answers the admin key and the per-run token', async () => {
    assert.equal((await internalFetch(emulator.url, '/_iam-mutate/health')).status, 200);
    const byToken = await internalFetch(emulator.url, '/_iam-mutate/authz-log', {
      token: emulator.internalToken,
    });
    assert.equal(byToken.status, 200);
  });
});

/**
 * LocalEmu/LocalStack clients sign the well-known admin key with whatever secret they were
 * configured with; `iam-mutate emulator` accepts that (only for the well-known keys), the
 * emulator embedded by `iam-mutate run` does not.
 */
describe('emulator: the well-known admin keys accept any secret only in `iam-mutate emulator`', () => {
  let cli: EmulatorProcess;
  let embedded: RunningEmulator;
  before(async () => {
    cli = await startEmulatorProcess();
    embedded = await startEmulator({ port: 0 });
  });
  after(async () => {
    await cli.stop();
    await embedded.stop();
  });

  const whoAmI = (url: string, accessKeyId: string, secretAccessKey: string) =>
    new STSClient({
      endpoint: url,
      region: 'us-east-1',
      credentials: { accessKeyId, secretAccessKey },
      maxAttempts: 1,
    }).send(new GetCallerIdentityCommand({}));

  it('iam-mutate emulator: test/anything and AKIAIOSFODNN7EXAMPLE/anything are the admin', async () => {
    assert.equal((await whoAmI(cli.url, 'test', 'localstack')).Account, '000000000000');
    const cliRun = await aws(cli.url, ['sts', 'get-caller-identity'], {
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      secretAccessKey: 'not-the-example-secret',
    });
    assert.equal(cliRun.status, 0, cliRun.stderr);
  });

  it('iam-mutate emulator: still verifies everyone else', async () => {
    const user = await userWithPolicy(
      cli.url,
      'someone',
      policy({ Effect: 'Allow', Action: 'sts:GetCallerIdentity', Resource: '*' }),
    );
    await assert.rejects(whoAmI(cli.url, user.accessKeyId, 'wrong'), {
      name: 'SignatureDoesNotMatch',
    });
  });

  it('embedded emulator: the well-known key with a wrong secret is refused', async () => {
    await assert.rejects(whoAmI(embedded.url, 'test', 'localstack'), {
      name: 'SignatureDoesNotMatch',
    });
  });
});
