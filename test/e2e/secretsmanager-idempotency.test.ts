/**
 * Conformance with the real SDK v3 client: CreateSecret retried with the same
 * ClientRequestToken answers the first call's result (the SDK reuses the token on retries);
 * another value under that token is refused; a new token for an existing name is
 * ResourceExistsException.
 * https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_CreateSecret.html
 * (ClientRequestToken)
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { randomUUID } from 'node:crypto';
import { CreateSecretCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { type RunningEmulator, startEmulator } from '../../src/emulator/start-emulator.js';
import type { AwsSdkError } from '../helpers/access-denied.js';
import { ADMIN } from '../helpers/aws-subprocess.js';
import { clientConfig } from '../helpers/iam-principals.js';

describe('Secrets Manager CreateSecret idempotency (SDK v3)', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ port: 0, enforcement: 'strict' });
  });
  after(() => emulator.stop());

  it('the same token and value answers the same ARN and VersionId', async () => {
    const sm = new SecretsManagerClient(clientConfig(emulator.url, ADMIN));
    const token = randomUUID();
    const input = { Name: 'retried', SecretString: 's3cret', ClientRequestToken: token };
    const first = await sm.send(new CreateSecretCommand(input));
    const again = await sm.send(new CreateSecretCommand(input));
    assert.equal(again.ARN, first.ARN);
    assert.equal(again.VersionId, token);
    assert.equal(first.VersionId, token);
    await assert.rejects(
      sm.send(new CreateSecretCommand({ ...input, SecretString: 'other' })),
      (e: AwsSdkError) =>
        e.name === 'ResourceExistsException' && /existing version/.test(e.message),
    );
    await assert.rejects(
      sm.send(new CreateSecretCommand({ ...input, ClientRequestToken: randomUUID() })),
      (e: AwsSdkError) => e.name === 'ResourceExistsException' && /already exists/.test(e.message),
    );
  });
});
