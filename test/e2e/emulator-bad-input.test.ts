import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { SignatureV4 } from '@smithy/signature-v4';
import { NodeSha256 } from '../../src/emulator/identity/node-sha256.js';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator.js';
import { readAuthzLog } from '../helpers/authz-log.js';
import { signedFetch } from '../helpers/signed-fetch.js';

const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::000000000000:root' },
      Action: 'sts:AssumeRole',
    },
  ],
});

function xmlField(text: string, name: string): string | undefined {
  return new RegExp(`<${name}>([^<]*)</${name}>`).exec(text)?.[1];
}

const iam = (body: string) => ({
  service: 'iam',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: `${body}&Version=2010-05-08`,
});

/** Bad input of every kind gets a proper AWS error, and the server keeps serving. */
describe('emulator: bad input', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({
      port: 0,
      maxBodyBytes: { s3: 1024 * 1024, other: 64 * 1024 },
    });
    await signedFetch(emulator.url, { service: 's3', method: 'PUT', path: '/bad-input' });
  });
  after(() => emulator.stop());

  const stillServing = async () => {
    const r = await signedFetch(emulator.url, iam('Action=GetUser&UserName=nobody'));
    assert.equal(r.status, 404);
    assert.equal(xmlField(r.text, 'Code'), 'NoSuchEntity');
  };

  it('malformed XML -> S3 MalformedXML with a RequestId', async () => {
    const r = await signedFetch(emulator.url, {
      service: 's3',
      method: 'PUT',
      path: '/bad-input',
      query: { tagging: '' },
      body: '<Tagging><TagSet><Tag>',
    });
    assert.equal(r.status, 400);
    assert.equal(xmlField(r.text, 'Code'), 'MalformedXML');
    assert.match(r.text, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<Error><Code>/);
    assert.ok(xmlField(r.text, 'RequestId'));
    assert.equal(r.headers.get('x-amz-request-id'), xmlField(r.text, 'RequestId'));
  });

  it('malformed JSON -> SerializationException in the json protocol', async () => {
    const r = await signedFetch(emulator.url, {
      service: 'kms',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'TrentService.ListKeys',
      },
      body: '{"Limit": ',
    });
    assert.equal(r.status, 400);
    assert.equal((JSON.parse(r.text) as { __type: string }).__type, 'SerializationException');
  });

  it('unknown operations -> each protocol’s unknown-operation error', async () => {
    const query = await signedFetch(emulator.url, iam('Action=FrobnicateRoles'));
    assert.equal(query.status, 400);
    assert.equal(xmlField(query.text, 'Code'), 'InvalidAction');
    assert.match(
      query.text,
      /^<ErrorResponse xmlns="https:\/\/iam.amazonaws.com\/doc\/2010-05-08\/"><Error><Type>Sender<\/Type>/,
    );
    const json = await signedFetch(emulator.url, {
      service: 'kms',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'TrentService.Frobnicate',
      },
      body: '{}',
    });
    assert.equal((JSON.parse(json.text) as { __type: string }).__type, 'UnknownOperationException');
    const service = await signedFetch(emulator.url, {
      service: 'cloudformation',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=ListStacks&Version=2010-05-15',
    });
    assert.equal(service.status, 501);
    assert.match(
      service.text,
      /The cloudformation service is not implemented by the iam-mutate emulator/,
    );
    const rest = await signedFetch(emulator.url, {
      service: 's3',
      method: 'PATCH',
      path: '/bad-input/key',
    });
    assert.equal(rest.status, 405);
    assert.equal(xmlField(rest.text, 'Code'), 'MethodNotAllowed');
  });

  it('an operation the emulator lacks is authorized first, then NotImplemented names it', async () => {
    const r = await signedFetch(
      emulator.url,
      iam('Action=CreateSAMLProvider&Name=corp&SAMLMetadataDocument=' + 'x'.repeat(1000)),
    );
    assert.equal(r.status, 501);
    assert.equal(xmlField(r.text, 'Code'), 'NotImplemented');
    assert.match(xmlField(r.text, 'Message') ?? '', /CreateSAMLProvider operation of IAM/);
    const log = await readAuthzLog(emulator.url);
    assert.ok(log.some((rec) => rec.action === 'iam:CreateSAMLProvider'));
  });

  it('missing required members -> ValidationError', async () => {
    const r = await signedFetch(emulator.url, iam('Action=CreateRole&RoleName=x'));
    assert.equal(xmlField(r.text, 'Code'), 'ValidationError');
    assert.match(xmlField(r.text, 'Message') ?? '', /Value null at 'assumeRolePolicyDocument'/);
    const policy = await signedFetch(
      emulator.url,
      iam(
        `Action=CreateRole&RoleName=x&AssumeRolePolicyDocument=${encodeURIComponent('{"Statement": nope')}`,
      ),
    );
    assert.equal(xmlField(policy.text, 'Code'), 'MalformedPolicyDocument');
  });

  it('huge bodies -> EntityTooLarge / RequestEntityTooLarge, and the server keeps serving', async () => {
    const s3 = await signedFetch(emulator.url, {
      service: 's3',
      method: 'PUT',
      path: '/bad-input/huge',
      body: Buffer.alloc(2 * 1024 * 1024, 1),
    });
    assert.equal(s3.status, 400);
    assert.equal(xmlField(s3.text, 'Code'), 'EntityTooLarge');
    const query = await signedFetch(
      emulator.url,
      iam(`Action=ListRoles&Pad=${'x'.repeat(100 * 1024)}`),
    );
    assert.equal(query.status, 413);
    await stillServing();
  });

  it('wrong signatures and unsigned calls -> SignatureDoesNotMatch, MissingAuthenticationToken, AccessDenied', async () => {
    const wrong = await signedFetch(emulator.url, iam('Action=ListRoles'), {
      accessKeyId: 'test',
      secretAccessKey: 'nope',
    });
    assert.equal(wrong.status, 403);
    assert.equal(xmlField(wrong.text, 'Code'), 'SignatureDoesNotMatch');
    const wrongS3 = await signedFetch(
      emulator.url,
      { service: 's3', method: 'GET', path: '/bad-input' },
      { accessKeyId: 'test', secretAccessKey: 'nope' },
    );
    assert.equal(xmlField(wrongS3.text, 'Code'), 'SignatureDoesNotMatch');
    const unsigned = await signedFetch(emulator.url, iam('Action=ListRoles'), null);
    assert.equal(xmlField(unsigned.text, 'Code'), 'MissingAuthenticationToken');
    const anonymous = await signedFetch(
      emulator.url,
      { service: 's3', method: 'GET', path: '/bad-input' },
      null,
    );
    assert.equal(anonymous.status, 403);
    assert.equal(xmlField(anonymous.text, 'Message'), 'Access Denied');
  });

  it('a replayed expired session -> ExpiredToken; an unknown session token -> InvalidClientTokenId', async () => {
    await signedFetch(
      emulator.url,
      iam(`Action=CreateRole&RoleName=short&AssumeRolePolicyDocument=${encodeURIComponent(TRUST)}`),
    );
    const assumed = await signedFetch(emulator.url, {
      service: 'sts',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=AssumeRole&Version=2011-06-15&RoleArn=arn:aws:iam::000000000000:role/short&RoleSessionName=replay',
    });
    const credentials = {
      accessKeyId: xmlField(assumed.text, 'AccessKeyId')!,
      secretAccessKey: xmlField(assumed.text, 'SecretAccessKey')!,
      sessionToken: xmlField(assumed.text, 'SessionToken')!,
    };
    const sts = {
      service: 'sts',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=GetCallerIdentity&Version=2011-06-15',
    };
    assert.equal((await signedFetch(emulator.url, sts, credentials)).status, 200);
    emulator.state.identity.sessions.get(credentials.accessKeyId)!.expiration = new Date(
      Date.now() - 1000,
    );
    const expired = await signedFetch(emulator.url, sts, credentials);
    assert.equal(expired.status, 403);
    assert.equal(xmlField(expired.text, 'Code'), 'ExpiredToken');
    const expiredS3 = await signedFetch(
      emulator.url,
      { service: 's3', method: 'GET', path: '/bad-input' },
      credentials,
    );
    assert.equal(xmlField(expiredS3.text, 'Code'), 'ExpiredToken');
    const forged = await signedFetch(emulator.url, sts, { ...credentials, sessionToken: 'forged' });
    assert.equal(xmlField(forged.text, 'Code'), 'InvalidClientTokenId');
  });

  it('an expired presigned URL -> AccessDenied "Request has expired"', async () => {
    const signer = new SignatureV4({
      service: 's3',
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      sha256: NodeSha256,
      uriEscapePath: false,
    });
    const host = new URL(emulator.url).host;
    const presigned = await signer.presign(
      {
        method: 'GET',
        protocol: 'http:',
        hostname: '127.0.0.1',
        path: '/bad-input',
        headers: { host, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
        query: {},
      },
      {
        expiresIn: 1,
        signingDate: new Date(Date.now() - 60_000),
        unhoistableHeaders: new Set(['x-amz-content-sha256']),
        unsignableHeaders: new Set(['x-amz-content-sha256']),
      },
    );
    const query = new URLSearchParams(presigned.query as Record<string, string>).toString();
    const r = await fetch(`${emulator.url}/bad-input?${query}`);
    assert.equal(r.status, 403);
    assert.equal(xmlField(await r.text(), 'Message'), 'Request has expired');
  });

  it('garbage on the socket -> 400, and the server keeps serving', async () => {
    const { port } = emulator;
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write('NOT HTTP AT ALL\r\n\r\n'));
      let data = '';
      socket.on('data', (d) => (data += d.toString()));
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
    assert.match(reply, /^HTTP\/1.1 400/);
    await stillServing();
  });
});

describe('emulator: enforcement modes', () => {
  it('soft logs the denial and lets the call through; off accepts unsigned calls', async () => {
    const soft = await startEmulator({ port: 0, enforcement: 'soft' });
    try {
      await signedFetch(soft.url, iam('Action=CreateUser&UserName=u'));
      const key = await signedFetch(soft.url, iam('Action=CreateAccessKey&UserName=u'));
      const credentials = {
        accessKeyId: xmlField(key.text, 'AccessKeyId')!,
        secretAccessKey: xmlField(key.text, 'SecretAccessKey')!,
      };
      const r = await signedFetch(soft.url, iam('Action=ListRoles'), credentials);
      assert.equal(r.status, 200);
      const record = (await readAuthzLog(soft.url)).find((rec) => rec.action === 'iam:ListRoles');
      assert.equal(record?.decision, 'implicit-deny');
      assert.equal(record?.enforced, false);
    } finally {
      await soft.stop();
    }
    const off = await startEmulator({ port: 0, enforcement: 'off' });
    try {
      const r = await signedFetch(off.url, iam('Action=ListRoles'), null);
      assert.equal(r.status, 200);
      assert.deepEqual(await readAuthzLog(off.url), []);
    } finally {
      await off.stop();
    }
  });
});
