/**
 * Conformance with the real SDK v3 client:
 * - a one-level name is the same parameter with or without its leading slash (`/x` is `x`:
 *   both have the ARN `parameter/x`), and GetParametersByPath('/') lists top-level names;
 * - Parameter Store keeps the 100 newest versions: past 100 the oldest is deleted, unless it
 *   carries a label, then PutParameter fails with ParameterMaxVersionLimitExceeded.
 * https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_PutParameter.html (Name)
 * https://docs.aws.amazon.com/botocore/latest/reference/services/ssm/client/exceptions/ParameterMaxVersionLimitExceeded.html
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  GetParameterCommand,
  GetParameterHistoryCommand,
  GetParametersByPathCommand,
  LabelParameterVersionCommand,
  PutParameterCommand,
  SSMClient,
} from '@aws-sdk/client-ssm';
import { type RunningEmulator, startEmulator } from '../../src/emulator/start-emulator.js';
import type { AwsSdkError } from '../helpers/access-denied.js';
import { ADMIN } from '../helpers/aws-subprocess.js';
import { clientConfig } from '../helpers/iam-principals.js';

describe('SSM parameter names and version limit (SDK v3)', () => {
  let emulator: RunningEmulator;
  let ssm: SSMClient;
  before(async () => {
    emulator = await startEmulator({ port: 0, enforcement: 'strict' });
    ssm = new SSMClient(clientConfig(emulator.url, ADMIN));
  });
  after(() => emulator.stop());

  it('/x and x name one parameter', async () => {
    await ssm.send(new PutParameterCommand({ Name: 'top', Value: 'one', Type: 'String' }));
    const got = await ssm.send(new GetParameterCommand({ Name: '/top' }));
    assert.equal(got.Parameter?.Value, 'one');
    await assert.rejects(
      ssm.send(new PutParameterCommand({ Name: '/top', Value: 'two', Type: 'String' })),
      (e: AwsSdkError) => e.name === 'ParameterAlreadyExists',
    );
    await ssm.send(
      new PutParameterCommand({ Name: '/top', Value: 'two', Type: 'String', Overwrite: true }),
    );
    const again = await ssm.send(new GetParameterCommand({ Name: 'top' }));
    assert.equal(again.Parameter?.Value, 'two');
    assert.equal(again.Parameter?.Version, 2);
  });

  it("GetParametersByPath('/') lists top-level names, with or without the slash", async () => {
    await ssm.send(new PutParameterCommand({ Name: 'flat', Value: 'f', Type: 'String' }));
    await ssm.send(new PutParameterCommand({ Name: '/slashed', Value: 's', Type: 'String' }));
    await ssm.send(new PutParameterCommand({ Name: '/deep/er', Value: 'd', Type: 'String' }));
    const names: string[] = [];
    let token: string | undefined;
    do {
      const page = await ssm.send(new GetParametersByPathCommand({ Path: '/', NextToken: token }));
      names.push(...(page.Parameters ?? []).map((p) => p.Name!));
      token = page.NextToken;
    } while (token !== undefined);
    assert.ok(names.includes('flat'), names.join());
    assert.ok(names.includes('/slashed'), names.join());
    assert.ok(!names.includes('/deep/er'), 'not recursive: only direct children of /');
  });

  it('keeps the 100 newest versions; a labelled oldest version blocks the 101st', async () => {
    const put = (n: number) =>
      ssm.send(
        new PutParameterCommand({ Name: '/many', Value: `v${n}`, Type: 'String', Overwrite: true }),
      );
    for (let n = 1; n <= 101; n++) await put(n);
    const history = [];
    let token: string | undefined;
    do {
      const page = await ssm.send(
        new GetParameterHistoryCommand({ Name: '/many', NextToken: token, MaxResults: 50 }),
      );
      history.push(...(page.Parameters ?? []));
      token = page.NextToken;
    } while (token !== undefined);
    assert.equal(history.length, 100);
    assert.equal(history[0]?.Version, 2, 'version 1 was dropped');
    await assert.rejects(
      ssm.send(new GetParameterCommand({ Name: '/many:1' })),
      (e: AwsSdkError) => e.name === 'ParameterVersionNotFound',
    );
    await ssm.send(
      new LabelParameterVersionCommand({ Name: '/many', ParameterVersion: 2, Labels: ['keep'] }),
    );
    await assert.rejects(
      put(102),
      (e: AwsSdkError) =>
        e.name === 'ParameterMaxVersionLimitExceeded' &&
        /Version 2, the oldest version/.test(e.message),
    );
    const latest = await ssm.send(new GetParameterCommand({ Name: '/many' }));
    assert.equal(latest.Parameter?.Version, 101);
  });
});
