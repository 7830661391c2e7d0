import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { SignatureV4 } from '@smithy/signature-v4';
import { NodeSha256 } from '../../src/emulator/identity/node-sha256.js';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator.js';
import { signedFetch } from '../helpers/signed-fetch.js';

const YEAR_MS = 365 * 24 * 3600 * 1000;
const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };

/**
 * AWS refuses requests signed more than 15 minutes away from its clock: "Signature expired"
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/signature-v4-troubleshooting.html) and, for
 * S3, RequestTimeTooSkewed (https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html).
 */
describe('emulator: clock skew (SigV4, SigV2, presigned URLs)', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ port: 0 });
    await signedFetch(emulator.url, { service: 's3', method: 'PUT', path: '/skew' });
  });
  after(() => emulator.stop());

  // maxAttempts 1: the SDK would otherwise correct its clock from the Date header and retry.
  const skewed = (offsetMs: number) => ({
    endpoint: emulator.url,
    region: 'us-east-1',
    credentials,
    maxAttempts: 1,
    systemClockOffset: offsetMs,
  });

  it('refuses SigV4 requests signed a year ago, in every protocol', async () => {
    const sts = new STSClient(skewed(-YEAR_MS));
    await assert.rejects(sts.send(new GetCallerIdentityCommand({})), (e: Error) => {
      assert.equal(e.name, 'SignatureDoesNotMatch');
      assert.match(e.message, /^Signature expired: \d{8}T\d{6}Z is now earlier than/);
      return true;
    });
    const ddb = new DynamoDBClient(skewed(-YEAR_MS));
    await assert.rejects(ddb.send(new ListTablesCommand({})), {
      name: 'InvalidSignatureException',
    });
    const s3 = new S3Client({ ...skewed(YEAR_MS), forcePathStyle: true });
    await assert.rejects(s3.send(new ListBucketsCommand({})), { name: 'RequestTimeTooSkewed' });
  });

  it('accepts a request signed 10 minutes off', async () => {
    const sts = new STSClient(skewed(-10 * 60 * 1000));
    const who = await sts.send(new GetCallerIdentityCommand({}));
    assert.equal(who.Account, '000000000000');
  });

  it('refuses a SigV2 request dated a year ago', async () => {
    const date = new Date(Date.now() - YEAR_MS).toUTCString();
    const stringToSign = `GET\n\n\n${date}\n/skew`;
    const signature = createHmac('sha1', 'test').update(stringToSign).digest('base64');
    const response = await fetch(`${emulator.url}/skew`, {
      headers: { date, authorization: `AWS test:${signature}` },
    });
    assert.equal(response.status, 403);
    assert.match(await response.text(), /<Code>RequestTimeTooSkewed<\/Code>/);
    // The same request dated now is accepted: only the date made the difference.
    const now = new Date().toUTCString();
    const fresh = createHmac('sha1', 'test').update(`GET\n\n\n${now}\n/skew`).digest('base64');
    const ok = await fetch(`${emulator.url}/skew`, {
      headers: { date: now, authorization: `AWS test:${fresh}` },
    });
    assert.equal(ok.status, 200);
  });

  it('refuses a presigned URL dated a year in the future (it would escape the 7-day cap)', async () => {
    const url = new URL(emulator.url);
    const signer = new SignatureV4({
      service: 's3',
      region: 'us-east-1',
      credentials,
      sha256: NodeSha256,
      uriEscapePath: false,
    });
    const presign = (signingDate: Date) =>
      signer.presign(
        {
          method: 'GET',
          protocol: 'http:',
          hostname: url.hostname,
          port: Number(url.port),
          path: '/skew',
          query: {},
          headers: { host: url.host, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
        },
        { signingDate, expiresIn: 3600 },
      );
    const query = (r: { query?: Record<string, unknown> }) =>
      new URLSearchParams(r.query as Record<string, string>).toString();
    const future = await presign(new Date(Date.now() + YEAR_MS));
    const refused = await fetch(`${emulator.url}/skew?${query(future)}`);
    assert.equal(refused.status, 403);
    assert.match(
      await refused.text(),
      /<Code>AccessDenied<\/Code><Message>Request is not valid yet/,
    );
    const current = await presign(new Date());
    const accepted = await fetch(`${emulator.url}/skew?${query(current)}`);
    assert.equal(accepted.status, 200, await accepted.text());
  });
});
