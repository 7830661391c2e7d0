import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SecretsStore } from '../../src/emulator/services/secretsmanager/secrets-store.js';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator.js';
import { awsJsonCaller } from '../helpers/aws-json-call.js';

describe('secretsmanager: secret ids', () => {
  it('new ARNs end in - and 6 random alphanumerics; find() accepts name, full ARN and partial ARN', () => {
    const store = new SecretsStore('000000000000');
    const arn = store.newArn('us-east-1', 'db/password');
    assert.match(
      arn,
      /^arn:aws:secretsmanager:us-east-1:000000000000:secret:db\/password-[A-Za-z0-9]{6}$/,
    );
    const now = new Date();
    store.secrets.set(arn, {
      arn,
      name: 'db/password',
      region: 'us-east-1',
      tags: [],
      versions: new Map(),
      createdAt: now,
      lastChangedAt: now,
    });
    assert.equal(store.find('us-east-1', 'db/password', now)?.arn, arn);
    assert.equal(store.find('us-east-1', arn, now)?.arn, arn);
    assert.equal(store.find('us-east-1', arn.slice(0, -7), now)?.arn, arn);
    assert.equal(store.find('us-east-1', 'db/pass', now), undefined);
    assert.equal(store.find('eu-west-1', 'db/password', now), undefined, 'secrets are regional');
  });
});

describe('secretsmanager: wire format and behaviour (awsJson 1.1)', () => {
  let emulator: RunningEmulator;
  const call = awsJsonCaller(() => emulator.url, {
    service: 'secretsmanager',
    version: '1.1',
    targetPrefix: 'secretsmanager',
  });

  before(async () => {
    emulator = await startEmulator({ port: 0 });
  });
  after(() => emulator.stop());

  it('errors are {"__type","message"} with HTTP 400, in AWS words', async () => {
    const missing = await call('GetSecretValue', { SecretId: 'nope' });
    assert.equal(missing.status, 400);
    assert.equal(missing.headers.get('content-type'), 'application/x-amz-json-1.1');
    assert.deepEqual(missing.json, {
      __type: 'ResourceNotFoundException',
      message: "Secrets Manager can't find the specified secret.",
    });
    await call('CreateSecret', {
      Name: 'dup',
      SecretString: 'x',
      ClientRequestToken: 'a'.repeat(32),
    });
    const dup = await call('CreateSecret', { Name: 'dup', SecretString: 'x' });
    assert.deepEqual(dup.json, {
      __type: 'ResourceExistsException',
      message: 'The operation failed because the secret dup already exists.',
    });
    const both = await call('CreateSecret', {
      Name: 'both',
      SecretString: 'x',
      SecretBinary: Buffer.from('y').toString('base64'),
    });
    assert.equal(both.json['__type'], 'InvalidParameterException');
    const window = await call('DeleteSecret', { SecretId: 'dup', RecoveryWindowInDays: 3 });
    assert.equal(
      window.json['message'],
      'The RecoveryWindowInDays value must be between 7 and 30 days (inclusive).',
    );
  });

  it('a secret without a value has no AWSCURRENT version', async () => {
    await call('CreateSecret', { Name: 'empty' });
    const value = await call('GetSecretValue', { SecretId: 'empty' });
    assert.deepEqual(value.json, {
      __type: 'ResourceNotFoundException',
      message:
        "Secrets Manager can't find the specified secret value for staging label: AWSCURRENT",
    });
  });

  it('ClientRequestToken makes PutSecretValue idempotent; another value under the same token is refused', async () => {
    await call('CreateSecret', { Name: 'tokens', SecretString: 'v1' });
    const token = '11111111-2222-3333-4444-555555555555';
    const first = await call('PutSecretValue', {
      SecretId: 'tokens',
      SecretString: 'v2',
      ClientRequestToken: token,
    });
    const again = await call('PutSecretValue', {
      SecretId: 'tokens',
      SecretString: 'v2',
      ClientRequestToken: token,
    });
    assert.equal(again.json['VersionId'], first.json['VersionId']);
    const other = await call('PutSecretValue', {
      SecretId: 'tokens',
      SecretString: 'v3',
      ClientRequestToken: token,
    });
    assert.equal(other.json['__type'], 'ResourceExistsException');
    const byId = await call('GetSecretValue', { SecretId: 'tokens', VersionId: token });
    assert.equal(byId.json['SecretString'], 'v2');
    assert.equal(
      typeof byId.json['CreatedDate'],
      'number',
      'timestamps are epoch seconds in awsJson',
    );
  });

  it('UpdateSecretVersionStage moves AWSCURRENT; ListSecretVersionIds shows the stages', async () => {
    const created = await call('CreateSecret', { Name: 'stages', SecretString: 'one' });
    const second = await call('PutSecretValue', { SecretId: 'stages', SecretString: 'two' });
    await call('UpdateSecretVersionStage', {
      SecretId: 'stages',
      VersionStage: 'AWSCURRENT',
      RemoveFromVersionId: second.json['VersionId'],
      MoveToVersionId: created.json['VersionId'],
    });
    assert.equal(
      (await call('GetSecretValue', { SecretId: 'stages' })).json['SecretString'],
      'one',
    );
    const versions = (await call('ListSecretVersionIds', { SecretId: 'stages' })).json[
      'Versions'
    ] as Array<{ VersionId: string; VersionStages: string[] }>;
    const stages = Object.fromEntries(versions.map((v) => [v.VersionId, v.VersionStages]));
    assert.deepEqual(stages, {
      [created.json['VersionId'] as string]: ['AWSCURRENT'],
      [second.json['VersionId'] as string]: ['AWSPREVIOUS'],
    });
  });

  it('ListSecrets hides secrets scheduled for deletion unless asked; filters by name prefix and tag', async () => {
    await call('CreateSecret', {
      Name: 'list/a',
      SecretString: 'a',
      Tags: [{ Key: 'team', Value: 'red' }],
    });
    await call('CreateSecret', { Name: 'list/b', SecretString: 'b' });
    await call('DeleteSecret', { SecretId: 'list/b' });
    const names = async (body: object) =>
      ((await call('ListSecrets', body)).json['SecretList'] as Array<{ Name: string }>).map(
        (s) => s.Name,
      );
    assert.deepEqual(await names({ Filters: [{ Key: 'name', Values: ['list/'] }] }), ['list/a']);
    assert.deepEqual(
      await names({ Filters: [{ Key: 'name', Values: ['list/'] }], IncludePlannedDeletion: true }),
      ['list/a', 'list/b'],
    );
    assert.deepEqual(await names({ Filters: [{ Key: 'tag-value', Values: ['red'] }] }), ['list/a']);
    const described = await call('DescribeSecret', { SecretId: 'list/b' });
    assert.equal(typeof described.json['DeletedDate'], 'number');
  });

  it('resource policies: Put/Get/Delete round trip, malformed ones are MalformedPolicyDocumentException', async () => {
    await call('CreateSecret', { Name: 'policy', SecretString: 'p' });
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: '*' },
          Action: 'secretsmanager:GetSecretValue',
          Resource: '*',
        },
      ],
    });
    assert.equal(
      (await call('PutResourcePolicy', { SecretId: 'policy', ResourcePolicy: text })).status,
      200,
    );
    assert.equal(
      (await call('GetResourcePolicy', { SecretId: 'policy' })).json['ResourcePolicy'],
      text,
    );
    const bad = await call('PutResourcePolicy', {
      SecretId: 'policy',
      ResourcePolicy: '{"Statement": "nope"',
    });
    assert.equal(bad.json['__type'], 'MalformedPolicyDocumentException');
    await call('DeleteResourcePolicy', { SecretId: 'policy' });
    assert.equal(
      (await call('GetResourcePolicy', { SecretId: 'policy' })).json['ResourcePolicy'],
      undefined,
    );
  });

  it('GetRandomPassword honours length and exclusions', async () => {
    const password = (
      await call('GetRandomPassword', {
        PasswordLength: 40,
        ExcludePunctuation: true,
        ExcludeCharacters: 'abc',
      })
    ).json['RandomPassword'] as string;
    assert.equal(password.length, 40);
    assert.match(password, /^[d-zA-Z0-9]+$/);
  });
});
