import assert from 'node:assert/strict';
import { constants, createPublicKey, verify as cryptoVerify } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  CreateAliasCommand,
  CreateGrantCommand,
  CreateKeyCommand,
  DecryptCommand,
  DescribeKeyCommand,
  DisableKeyCommand,
  EnableKeyCommand,
  EncryptCommand,
  GenerateDataKeyCommand,
  GenerateMacCommand,
  GetKeyPolicyCommand,
  GetPublicKeyCommand,
  KMSClient,
  ListAliasesCommand,
  PutKeyPolicyCommand,
  ReEncryptCommand,
  SignCommand,
  VerifyCommand,
  VerifyMacCommand,
} from '@aws-sdk/client-kms';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator.js';
import { type AwsSdkError, denied } from '../helpers/access-denied.js';
import { authzRecordsOf } from '../helpers/authz-log.js';
import { ADMIN, boto3, cli } from '../helpers/aws-subprocess.js';
import {
  ACCOUNT,
  clientConfig,
  policy,
  roleSession,
  userWithPolicy,
} from '../helpers/iam-principals.js';

describe('KMS end to end (AWS JSON 1.1) with real clients', () => {
  let emulator: RunningEmulator;
  let admin: KMSClient;
  let keyId: string;
  let keyArn: string;
  let ciphertext: Uint8Array;

  before(async () => {
    emulator = await startEmulator({ port: 0, enforcement: 'strict' });
    admin = new KMSClient(clientConfig(emulator.url, ADMIN));
    const key = (await admin.send(new CreateKeyCommand({ Description: 'e2e key' }))).KeyMetadata!;
    keyId = key.KeyId!;
    keyArn = key.Arn!;
    await admin.send(new CreateAliasCommand({ AliasName: 'alias/e2e', TargetKeyId: keyId }));
    ciphertext = (
      await admin.send(
        new EncryptCommand({ KeyId: 'alias/e2e', Plaintext: Buffer.from('bootstrap secret') }),
      )
    ).CiphertextBlob!;
  });
  after(() => emulator.stop());

  it('SDK v3: key metadata, the default key policy, and aliases resolving everywhere', async () => {
    assert.match(keyId, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    assert.equal(keyArn, `arn:aws:kms:us-east-1:${ACCOUNT}:key/${keyId}`);
    for (const ref of [keyId, keyArn, 'alias/e2e', `arn:aws:kms:us-east-1:${ACCOUNT}:alias/e2e`]) {
      const meta = (await admin.send(new DescribeKeyCommand({ KeyId: ref }))).KeyMetadata!;
      assert.equal(meta.Arn, keyArn, ref);
      assert.equal(meta.KeyState, 'Enabled');
      assert.equal(meta.KeyManager, 'CUSTOMER');
    }
    const keyPolicy = JSON.parse(
      (await admin.send(new GetKeyPolicyCommand({ KeyId: keyId }))).Policy!,
    );
    assert.deepEqual(keyPolicy.Statement[0], {
      Sid: 'Enable IAM User Permissions',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
      Action: 'kms:*',
      Resource: '*',
    });
    const aliases = (await admin.send(new ListAliasesCommand({ KeyId: keyId }))).Aliases!;
    assert.deepEqual(
      aliases.map((a) => [a.AliasName, a.AliasArn, a.TargetKeyId]),
      [['alias/e2e', `arn:aws:kms:us-east-1:${ACCOUNT}:alias/e2e`, keyId]],
    );
    await assert.rejects(
      admin.send(new DescribeKeyCommand({ KeyId: 'alias/missing' })),
      (error: AwsSdkError) => {
        assert.equal(error.name, 'NotFoundException');
        assert.equal(
          error.message,
          `Alias arn:aws:kms:us-east-1:${ACCOUNT}:alias/missing is not found.`,
        );
        return true;
      },
    );
  });

  it('SDK v3: AES-GCM round trips; the ciphertext names its key; the context is authenticated', async () => {
    const plain = await admin.send(new DecryptCommand({ CiphertextBlob: ciphertext }));
    assert.equal(Buffer.from(plain.Plaintext!).toString(), 'bootstrap secret');
    assert.equal(plain.KeyId, keyArn);
    const sealed = await admin.send(
      new EncryptCommand({
        KeyId: keyId,
        Plaintext: Buffer.from('ctx'),
        EncryptionContext: { app: 'e2e' },
      }),
    );
    assert.equal(sealed.KeyId, keyArn);
    const opened = await admin.send(
      new DecryptCommand({
        CiphertextBlob: sealed.CiphertextBlob,
        EncryptionContext: { app: 'e2e' },
      }),
    );
    assert.equal(Buffer.from(opened.Plaintext!).toString(), 'ctx');
    await assert.rejects(
      admin.send(
        new DecryptCommand({
          CiphertextBlob: sealed.CiphertextBlob,
          EncryptionContext: { app: 'other' },
        }),
      ),
      {
        name: 'InvalidCiphertextException',
      },
    );
    await assert.rejects(
      admin.send(
        new DecryptCommand({
          CiphertextBlob: Buffer.from('not a kms blob at all, not at all, really not'),
        }),
      ),
      {
        name: 'InvalidCiphertextException',
      },
    );
    await assert.rejects(
      admin.send(new EncryptCommand({ KeyId: keyId, Plaintext: Buffer.from('x'), DryRun: true })),
      {
        name: 'DryRunOperationException',
        message: 'The request would have succeeded, but the DryRun option is set.',
      },
    );
    const dataKey = await admin.send(
      new GenerateDataKeyCommand({ KeyId: 'alias/e2e', KeySpec: 'AES_256' }),
    );
    assert.equal(dataKey.Plaintext!.length, 32);
    const unwrapped = await admin.send(
      new DecryptCommand({ CiphertextBlob: dataKey.CiphertextBlob }),
    );
    assert.deepEqual(Buffer.from(unwrapped.Plaintext!), Buffer.from(dataKey.Plaintext!));
    const other = (await admin.send(new CreateKeyCommand({}))).KeyMetadata!;
    const moved = await admin.send(
      new ReEncryptCommand({ CiphertextBlob: ciphertext, DestinationKeyId: other.KeyId! }),
    );
    assert.equal(moved.SourceKeyId, keyArn);
    assert.equal(moved.KeyId, other.Arn);
    await assert.rejects(
      admin.send(new DecryptCommand({ CiphertextBlob: moved.CiphertextBlob, KeyId: keyId })),
      { name: 'IncorrectKeyException' },
    );
  });

  it('SDK v3: a disabled key answers DisabledException until enabled again', async () => {
    const key = (await admin.send(new CreateKeyCommand({}))).KeyMetadata!;
    await admin.send(new DisableKeyCommand({ KeyId: key.KeyId! }));
    await assert.rejects(
      admin.send(new EncryptCommand({ KeyId: key.KeyId!, Plaintext: Buffer.from('x') })),
      (error: AwsSdkError) => {
        assert.equal(error.name, 'DisabledException');
        assert.equal(error.message, `${key.Arn} is disabled.`);
        assert.equal(error.$metadata?.httpStatusCode, 400);
        return true;
      },
    );
    await admin.send(new EnableKeyCommand({ KeyId: key.KeyId! }));
    await admin.send(new EncryptCommand({ KeyId: key.KeyId!, Plaintext: Buffer.from('x') }));
  });

  it('SDK v3: a role allowed kms:Decrypt on one key decrypts WITHOUT KeyId, is denied Encrypt, and the log names the Sid', async () => {
    const { credentials, sessionArn } = await roleSession(
      emulator.url,
      'kms-e2e-role',
      policy({ Sid: 'DecryptKms', Effect: 'Allow', Action: 'kms:Decrypt', Resource: keyArn }),
    );
    const kms = new KMSClient(clientConfig(emulator.url, credentials));
    const plain = await kms.send(new DecryptCommand({ CiphertextBlob: ciphertext }));
    assert.equal(Buffer.from(plain.Plaintext!).toString(), 'bootstrap secret');
    // By alias too: AWS authorizes against the key's ARN, not the alias's.
    await kms.send(new DecryptCommand({ CiphertextBlob: ciphertext, KeyId: 'alias/e2e' }));
    await assert.rejects(
      kms.send(new EncryptCommand({ KeyId: 'alias/e2e', Plaintext: Buffer.from('x') })),
      (error: AwsSdkError) => {
        assert.equal(error.name, 'AccessDeniedException');
        assert.equal(error.message, denied(sessionArn, 'kms:Encrypt', keyArn));
        assert.equal(error.$metadata?.httpStatusCode, 400);
        return true;
      },
    );
    const records = await authzRecordsOf(emulator.url, sessionArn);
    const allowed = records.find((r) => r.action === 'kms:Decrypt' && r.decision === 'allow');
    assert.equal(allowed?.resource, keyArn);
    assert.equal(allowed?.context['kms:CallerAccount'], ACCOUNT);
    // The key policy's delegation statement is part of the grant, as a resource-based policy.
    const sids =
      (allowed?.matched as Array<{ policyKind?: string; sid?: string }> | undefined)?.map((m) => [
        m.policyKind,
        m.sid,
      ]) ?? [];
    assert.deepEqual(sids, [
      ['identity', 'DecryptKms'],
      ['resource', 'Enable IAM User Permissions'],
    ]);
    assert.equal(
      (allowed?.matched as Array<{ policyId: string; policyName: string }> | undefined)?.[1]
        ?.policyId,
      `kms/${keyId}/key-policy`,
    );
    const byAlias = records.filter((r) => r.action === 'kms:Decrypt')[1];
    assert.equal(byAlias?.context['kms:RequestAlias'], 'alias/e2e');
    const encrypt = records.find((r) => r.action === 'kms:Encrypt');
    assert.equal(encrypt?.decision, 'implicit-deny');
    assert.equal(encrypt?.enforced, true);
  });

  it('SDK v3: the key policy takes part: without the account delegation an IAM grant is not enough', async () => {
    const key = (await admin.send(new CreateKeyCommand({}))).KeyMetadata!;
    const sealed = (
      await admin.send(new EncryptCommand({ KeyId: key.KeyId!, Plaintext: Buffer.from('locked') }))
    ).CiphertextBlob!;
    const iamOnly = await userWithPolicy(
      emulator.url,
      'kms-iam-only',
      policy({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: key.Arn }),
    );
    const direct = await userWithPolicy(
      emulator.url,
      'kms-key-policy-only',
      policy({ Effect: 'Allow', Action: 'sts:GetCallerIdentity', Resource: '*' }),
    );
    await admin.send(
      new PutKeyPolicyCommand({
        KeyId: key.KeyId!,
        PolicyName: 'default',
        Policy: policy({
          Sid: 'DirectUser',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/kms-key-policy-only` },
          Action: 'kms:Decrypt',
          Resource: '*',
        }),
      }),
    );
    await assert.rejects(
      admin.send(new PutKeyPolicyCommand({ KeyId: key.KeyId!, Policy: '{"Statement": [' })),
      {
        name: 'MalformedPolicyDocumentException',
      },
    );
    const userArn = `arn:aws:iam::${ACCOUNT}:user/kms-iam-only`;
    await assert.rejects(
      new KMSClient(clientConfig(emulator.url, iamOnly)).send(
        new DecryptCommand({ CiphertextBlob: sealed }),
      ),
      (error: AwsSdkError) => {
        assert.equal(
          error.message,
          denied(userArn, 'kms:Decrypt', key.Arn!, 'resource-based policy'),
        );
        return true;
      },
    );
    const opened = await new KMSClient(clientConfig(emulator.url, direct)).send(
      new DecryptCommand({ CiphertextBlob: sealed }),
    );
    assert.equal(Buffer.from(opened.Plaintext!).toString(), 'locked');
  });

  it('SDK v3: an operation in the model but not emulated is authorized first, then NotImplemented', async () => {
    await assert.rejects(
      admin.send(
        new CreateGrantCommand({
          KeyId: keyId,
          GranteePrincipal: `arn:aws:iam::${ACCOUNT}:root`,
          Operations: ['Decrypt'],
        }),
      ),
      (error: AwsSdkError) => {
        assert.equal(error.name, 'NotImplemented');
        assert.match(error.message, /CreateGrant operation of KMS is not implemented/);
        assert.equal(error.$metadata?.httpStatusCode, 501);
        return true;
      },
    );
    // Authorization comes first: a caller without the permission is denied, not told NotImplemented.
    const nobody = await userWithPolicy(
      emulator.url,
      'kms-no-grants',
      policy({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: keyArn }),
    );
    await assert.rejects(
      new KMSClient(clientConfig(emulator.url, nobody)).send(
        new CreateGrantCommand({
          KeyId: keyId,
          GranteePrincipal: `arn:aws:iam::${ACCOUNT}:root`,
          Operations: ['Decrypt'],
        }),
      ),
      { name: 'AccessDeniedException', message: /is not authorized to perform: kms:CreateGrant/ },
    );
  });

  it('SDK v3: asymmetric signing keys sign for real; kms:Sign and kms:Verify are separate permissions', async () => {
    for (const [spec, algorithm] of [
      ['ECC_NIST_P256', 'ECDSA_SHA_256'],
      ['RSA_2048', 'RSASSA_PSS_SHA_256'],
    ] as const) {
      const key = (
        await admin.send(new CreateKeyCommand({ KeySpec: spec, KeyUsage: 'SIGN_VERIFY' }))
      ).KeyMetadata!;
      assert.deepEqual([key.KeySpec, key.KeyUsage], [spec, 'SIGN_VERIFY']);
      assert.ok(key.SigningAlgorithms?.includes(algorithm));
      const { credentials, sessionArn } = await roleSession(
        emulator.url,
        `kms-sign-${spec.toLowerCase().replace(/_/g, '-')}`,
        policy({ Sid: 'SignTokens', Effect: 'Allow', Action: 'kms:Sign', Resource: key.Arn }),
      );
      const kms = new KMSClient(clientConfig(emulator.url, credentials));
      const message = Buffer.from('header.payload');
      const signed = await kms.send(
        new SignCommand({ KeyId: key.KeyId!, Message: message, SigningAlgorithm: algorithm }),
      );
      const der = (await admin.send(new GetPublicKeyCommand({ KeyId: key.KeyId! }))).PublicKey!;
      const publicKey = createPublicKey({ key: Buffer.from(der), format: 'der', type: 'spki' });
      const ok = algorithm.startsWith('RSASSA_PSS')
        ? cryptoVerify(
            'sha256',
            message,
            { key: publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 },
            Buffer.from(signed.Signature!),
          )
        : cryptoVerify('sha256', message, publicKey, Buffer.from(signed.Signature!));
      assert.equal(ok, true, spec);
      const verified = await admin.send(
        new VerifyCommand({
          KeyId: key.KeyId!,
          Message: message,
          Signature: signed.Signature,
          SigningAlgorithm: algorithm,
        }),
      );
      assert.equal(verified.SignatureValid, true);
      await assert.rejects(
        admin.send(
          new VerifyCommand({
            KeyId: key.KeyId!,
            Message: Buffer.from('tampered'),
            Signature: signed.Signature,
            SigningAlgorithm: algorithm,
          }),
        ),
        { name: 'KMSInvalidSignatureException' },
      );
      await assert.rejects(
        kms.send(
          new VerifyCommand({
            KeyId: key.KeyId!,
            Message: message,
            Signature: signed.Signature,
            SigningAlgorithm: algorithm,
          }),
        ),
        {
          message: denied(sessionArn, 'kms:Verify', key.Arn!),
        },
      );
      await assert.rejects(
        admin.send(new EncryptCommand({ KeyId: key.KeyId!, Plaintext: Buffer.from('x') })),
        {
          name: 'InvalidKeyUsageException',
        },
      );
    }
  });

  it('SDK v3: HMAC keys generate and verify real HMACs; a wrong MAC is KMSInvalidMacException', async () => {
    const key = (
      await admin.send(
        new CreateKeyCommand({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }),
      )
    ).KeyMetadata!;
    assert.deepEqual(key.MacAlgorithms, ['HMAC_SHA_256']);
    const message = Buffer.from('webhook body');
    const mac = await admin.send(
      new GenerateMacCommand({ KeyId: key.KeyId!, Message: message, MacAlgorithm: 'HMAC_SHA_256' }),
    );
    assert.equal(mac.Mac?.length, 32);
    const ok = await admin.send(
      new VerifyMacCommand({
        KeyId: key.KeyId!,
        Message: message,
        MacAlgorithm: 'HMAC_SHA_256',
        Mac: mac.Mac,
      }),
    );
    assert.equal(ok.MacValid, true);
    await assert.rejects(
      admin.send(
        new VerifyMacCommand({
          KeyId: key.KeyId!,
          Message: Buffer.from('other'),
          MacAlgorithm: 'HMAC_SHA_256',
          Mac: mac.Mac,
        }),
      ),
      { name: 'KMSInvalidMacException' },
    );
  });

  it('boto3: a user decrypts without KeyId and gets the exact AccessDeniedException for Encrypt', async () => {
    const credentials = await userWithPolicy(
      emulator.url,
      'kms-boto3-user',
      policy({ Sid: 'DecryptKms', Effect: 'Allow', Action: 'kms:Decrypt', Resource: keyArn }),
    );
    const out = (await boto3(
      emulator.url,
      credentials,
      `import base64
c = client('kms')
blob = base64.b64decode(${JSON.stringify(Buffer.from(ciphertext).toString('base64'))})
d = call(lambda: c.decrypt(CiphertextBlob=blob))
print(json.dumps({
  'plaintext': d['Plaintext'].decode() if 'Plaintext' in d else d,
  'keyId': d.get('KeyId'),
  'encrypt': call(lambda: c.encrypt(KeyId='alias/e2e', Plaintext=b'x')),
}))`,
    )) as {
      plaintext: string;
      keyId: string;
      encrypt: { error: { Code: string; Message: string }; status: number };
    };
    assert.equal(out.plaintext, 'bootstrap secret');
    assert.equal(out.keyId, keyArn);
    assert.equal(out.encrypt.error.Code, 'AccessDeniedException');
    assert.equal(out.encrypt.status, 400);
    assert.equal(
      out.encrypt.error.Message,
      denied(`arn:aws:iam::${ACCOUNT}:user/kms-boto3-user`, 'kms:Encrypt', keyArn),
    );
  });

  it('AWS CLI: create-key, create-alias, encrypt and decrypt', async () => {
    const created = await cli(emulator.url, ['kms', 'create-key', '--description', 'cli key']);
    assert.equal(created.status, 0, created.stderr);
    const id = (created.json as { KeyMetadata: { KeyId: string } }).KeyMetadata.KeyId;
    const alias = await cli(emulator.url, [
      'kms',
      'create-alias',
      '--alias-name',
      'alias/cli',
      '--target-key-id',
      id,
    ]);
    assert.equal(alias.status, 0, alias.stderr);
    // CLI v1 takes blob arguments as raw bytes: hand them over as files.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kms-cli-'));
    writeFileSync(path.join(dir, 'plain'), 'from the cli');
    const encrypted = await cli(emulator.url, [
      'kms',
      'encrypt',
      '--key-id',
      'alias/cli',
      '--plaintext',
      `fileb://${path.join(dir, 'plain')}`,
    ]);
    assert.equal(encrypted.status, 0, encrypted.stderr);
    writeFileSync(
      path.join(dir, 'blob'),
      Buffer.from((encrypted.json as { CiphertextBlob: string }).CiphertextBlob, 'base64'),
    );
    const decrypted = await cli(emulator.url, [
      'kms',
      'decrypt',
      '--ciphertext-blob',
      `fileb://${path.join(dir, 'blob')}`,
    ]);
    rmSync(dir, { recursive: true, force: true });
    assert.equal(decrypted.status, 0, decrypted.stderr);
    const out = decrypted.json as { Plaintext: string; KeyId: string };
    assert.equal(Buffer.from(out.Plaintext, 'base64').toString(), 'from the cli');
    assert.equal(out.KeyId, `arn:aws:kms:us-east-1:${ACCOUNT}:key/${id}`);
  });
});
