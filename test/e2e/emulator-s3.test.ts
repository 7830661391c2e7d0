import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { CreateRoleCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam';
import {
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { SignatureV4 } from '@smithy/signature-v4';
import { NodeSha256 } from '../../src/emulator/identity/node-sha256.js';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator.js';
import { readAuthzLog } from '../helpers/authz-log.js';
import { signedFetch } from '../helpers/signed-fetch.js';

const ADMIN = { accessKeyId: 'test', secretAccessKey: 'test' };
const BUCKET = 's3-e2e';

/** S3 beyond the scenario, with the v3 SDK: uploads of every kind and the two-check calls. */
describe('emulator S3 with @aws-sdk/client-s3', () => {
  let emulator: RunningEmulator;
  let admin: S3Client;
  let session: S3Client;

  before(async () => {
    emulator = await startEmulator({ port: 0 });
    const common = { endpoint: emulator.url, region: 'us-east-1', maxAttempts: 1 };
    admin = new S3Client({ ...common, credentials: ADMIN, forcePathStyle: true });
    const iam = new IAMClient({ ...common, credentials: ADMIN });
    const trust = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::000000000000:root' },
          Action: 'sts:AssumeRole',
        },
      ],
    };
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'copier',
        AssumeRolePolicyDocument: JSON.stringify(trust),
      }),
    );
    const policy = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'ReadIn',
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: `arn:aws:s3:::${BUCKET}/in/*`,
        },
        {
          Sid: 'WriteOut',
          Effect: 'Allow',
          Action: ['s3:PutObject', 's3:DeleteObject'],
          Resource: `arn:aws:s3:::${BUCKET}/out/*`,
        },
      ],
    };
    await iam.send(
      new PutRolePolicyCommand({
        RoleName: 'copier',
        PolicyName: 'copy',
        PolicyDocument: JSON.stringify(policy),
      }),
    );
    const c = (
      await new STSClient({ ...common, credentials: ADMIN }).send(
        new AssumeRoleCommand({
          RoleArn: 'arn:aws:iam::000000000000:role/copier',
          RoleSessionName: 'copy',
        }),
      )
    ).Credentials!;
    session = new S3Client({
      ...common,
      forcePathStyle: true,
      credentials: {
        accessKeyId: c.AccessKeyId!,
        secretAccessKey: c.SecretAccessKey!,
        sessionToken: c.SessionToken!,
      },
    });
    await admin.send(new CreateBucketCommand({ Bucket: BUCKET }));
  });
  after(() => emulator.stop());

  it('stores a streamed upload of unknown length (aws-chunked with a trailing checksum)', async () => {
    const body = Readable.from([
      Buffer.from('hello '),
      Buffer.from('streaming '),
      Buffer.from('world'),
    ]);
    const put = await admin.send(
      new PutObjectCommand({ Bucket: BUCKET, Key: 'in/stream.txt', Body: body, ContentLength: 21 }),
    );
    assert.ok(put.ChecksumCRC32, 'the flexible checksum is echoed');
    const got = await admin.send(
      new GetObjectCommand({ Bucket: BUCKET, Key: 'in/stream.txt', ChecksumMode: 'ENABLED' }),
    );
    assert.equal(await got.Body!.transformToString(), 'hello streaming world');
    assert.equal(
      got.ChecksumCRC32,
      put.ChecksumCRC32,
      'and returned (and validated by the SDK) on request',
    );
  });

  it('accepts a body sent with Transfer-Encoding: chunked', async () => {
    const url = new URL(emulator.url);
    const signer = new SignatureV4({
      service: 's3',
      region: 'us-east-1',
      credentials: ADMIN,
      sha256: NodeSha256,
      uriEscapePath: false,
    });
    const path = `/${BUCKET}/in/chunked.txt`;
    const signed = await signer.sign({
      method: 'PUT',
      protocol: 'http:',
      hostname: url.hostname,
      port: Number(url.port),
      path,
      headers: {
        host: url.host,
        'x-amz-content-sha256': 'UNSIGNED-PAYLOAD',
        'transfer-encoding': 'chunked',
      },
    });
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        { host: url.hostname, port: url.port, method: 'PUT', path, headers: signed.headers },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      for (const part of ['hello ', 'chunked ', 'world']) req.write(part);
      req.end();
    });
    assert.equal(status, 200);
    const got = await admin.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'in/chunked.txt' }));
    assert.equal(await got.Body!.transformToString(), 'hello chunked world');
  });

  it('assembles multipart uploads with S3’s ETag and serves byte ranges', async () => {
    const part1 = Buffer.alloc(5 * 1024 * 1024, 'a');
    const part2 = Buffer.from('tail');
    const { UploadId } = await admin.send(
      new CreateMultipartUploadCommand({ Bucket: BUCKET, Key: 'in/big.bin' }),
    );
    const e1 = (
      await admin.send(
        new UploadPartCommand({
          Bucket: BUCKET,
          Key: 'in/big.bin',
          UploadId,
          PartNumber: 1,
          Body: part1,
        }),
      )
    ).ETag;
    const e2 = (
      await admin.send(
        new UploadPartCommand({
          Bucket: BUCKET,
          Key: 'in/big.bin',
          UploadId,
          PartNumber: 2,
          Body: part2,
        }),
      )
    ).ETag;
    const done = await admin.send(
      new CompleteMultipartUploadCommand({
        Bucket: BUCKET,
        Key: 'in/big.bin',
        UploadId,
        MultipartUpload: {
          Parts: [
            { PartNumber: 1, ETag: e1 },
            { PartNumber: 2, ETag: e2 },
          ],
        },
      }),
    );
    assert.match(done.ETag ?? '', /^"[0-9a-f]{32}-2"$/);
    const head = await admin.send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'in/big.bin' }));
    assert.equal(head.ContentLength, part1.length + part2.length);
    const range = await admin.send(
      new GetObjectCommand({
        Bucket: BUCKET,
        Key: 'in/big.bin',
        Range: `bytes=${part1.length - 2}-`,
      }),
    );
    assert.equal(await range.Body!.transformToString(), 'aatail');
    assert.equal(
      range.ContentRange,
      `bytes ${part1.length - 2}-${part1.length + 3}/${part1.length + 4}`,
    );
  });

  it('CopyObject needs s3:GetObject on the source and s3:PutObject on the target', async () => {
    await admin.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'in/a.txt', Body: 'A' }));
    await admin.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'secret/b.txt', Body: 'B' }));
    await session.send(
      new CopyObjectCommand({ Bucket: BUCKET, Key: 'out/a.txt', CopySource: `${BUCKET}/in/a.txt` }),
    );
    await assert.rejects(
      session.send(
        new CopyObjectCommand({
          Bucket: BUCKET,
          Key: 'out/b.txt',
          CopySource: `${BUCKET}/secret/b.txt`,
        }),
      ),
      {
        name: 'AccessDenied',
        message: /s3:GetObject on resource: "arn:aws:s3:::s3-e2e\/secret\/b.txt"/,
      },
    );
    await assert.rejects(
      session.send(
        new CopyObjectCommand({
          Bucket: BUCKET,
          Key: 'in/copy.txt',
          CopySource: `${BUCKET}/in/a.txt`,
        }),
      ),
      {
        name: 'AccessDenied',
        message: /s3:PutObject on resource: "arn:aws:s3:::s3-e2e\/in\/copy.txt"/,
      },
    );
    const checks = (await readAuthzLog(emulator.url))
      .filter((r) => r.operation === 'CopyObject')
      .map((r) => `${r.action} ${r.decision}`);
    assert.deepEqual(checks, [
      's3:GetObject allow',
      's3:PutObject allow',
      's3:GetObject implicit-deny',
      's3:GetObject allow',
      's3:PutObject implicit-deny',
    ]);
  });

  it('HeadObject is s3:GetObject; ListObjectsV2 is s3:ListBucket on the bucket with s3:prefix', async () => {
    await session.send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'in/a.txt' }));
    await assert.rejects(
      session.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'in/' })),
      { name: 'AccessDenied' },
    );
    const log = await readAuthzLog(emulator.url);
    const head = log.find((r) => r.operation === 'HeadObject');
    assert.equal(head?.action, 's3:GetObject');
    const list = log.find((r) => r.operation === 'ListObjectsV2');
    assert.equal(list?.action, 's3:ListBucket');
    assert.equal(list?.resource, `arn:aws:s3:::${BUCKET}`);
    assert.equal(list?.context['s3:prefix'], 'in/');
  });

  it('DeleteObjects is authorized per key: denied keys come back as errors, the rest is deleted', async () => {
    await admin.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'out/x.txt', Body: 'x' }));
    const out = await session.send(
      new DeleteObjectsCommand({
        Bucket: BUCKET,
        Delete: { Objects: [{ Key: 'out/x.txt' }, { Key: 'in/a.txt' }] },
      }),
    );
    assert.deepEqual(
      out.Deleted?.map((d) => d.Key),
      ['out/x.txt'],
    );
    assert.deepEqual(
      out.Errors?.map((e) => [e.Key, e.Code]),
      [['in/a.txt', 'AccessDenied']],
    );
    await admin.send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'in/a.txt' }));
  });

  it('serves virtual-host-style requests (bucket.localhost)', async () => {
    const port = new URL(emulator.url).port;
    const r = await signedFetch(emulator.url, {
      service: 's3',
      method: 'GET',
      path: '/in/a.txt',
      headers: { host: `${BUCKET}.localhost:${port}`, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
    });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.text, 'A');
  });
});
