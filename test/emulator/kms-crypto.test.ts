import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { blobKeyId, openBlob, sealBlob } from '../../src/emulator/services/kms/kms-crypto.js';
import {
  awsManagedKeyPolicy,
  defaultKeyPolicy,
} from '../../src/emulator/services/kms/kms-key-policy.js';

describe('KMS ciphertext blobs', () => {
  const keyId = randomUUID();
  const material = randomBytes(32);

  it('are AES-256-GCM, name their key, and open only with the same encryption context', () => {
    const blob = sealBlob(keyId, material, Buffer.from('secret'), { b: '2', a: '1' });
    assert.equal(blobKeyId(blob), keyId);
    assert.ok(!blob.includes(Buffer.from('secret')));
    // Context order does not matter; its content does.
    assert.equal(openBlob(material, blob, { a: '1', b: '2' }).toString(), 'secret');
    assert.throws(() => openBlob(material, blob, { a: '1' }), { name: 'AwsError', message: '' });
    assert.throws(
      () => openBlob(randomBytes(32), blob, { a: '1', b: '2' }),
      (e: Error & { code?: string }) => e.code === 'InvalidCiphertextException',
    );
    const tampered = Buffer.from(blob);
    tampered[tampered.length - 1]! ^= 1;
    assert.throws(
      () => openBlob(material, tampered, { a: '1', b: '2' }),
      (e: Error & { code?: string }) => e.code === 'InvalidCiphertextException',
    );
  });

  it('two encryptions of the same plaintext differ (random IV)', () => {
    const a = sealBlob(keyId, material, Buffer.from('x'), undefined);
    const b = sealBlob(keyId, material, Buffer.from('x'), undefined);
    assert.notDeepEqual(a, b);
    assert.equal(openBlob(material, b, undefined).toString(), 'x');
  });

  it('foreign bytes name no key', () => {
    assert.equal(blobKeyId(Buffer.from('too short')), undefined);
    assert.equal(blobKeyId(Buffer.concat([Buffer.from([1]), Buffer.alloc(80, 0x41)])), undefined);
  });
});

describe('KMS key policies', () => {
  it('the default policy delegates to the account root; AWS-managed ones allow via the service only', () => {
    const policy = JSON.parse(defaultKeyPolicy('000000000000'));
    assert.equal(policy.Statement[0].Sid, 'Enable IAM User Permissions');
    assert.deepEqual(policy.Statement[0].Principal, { AWS: 'arn:aws:iam::000000000000:root' });
    const managed = JSON.parse(
      awsManagedKeyPolicy('000000000000', 'us-east-1', 'ssm', 'Systems Manager'),
    );
    assert.deepEqual(managed.Statement[0].Condition.StringEquals, {
      'kms:CallerAccount': '000000000000',
      'kms:ViaService': 'ssm.us-east-1.amazonaws.com',
    });
  });
});
