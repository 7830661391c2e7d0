import assert from 'node:assert/strict';
import os from 'node:os';
import { after, before, describe, it } from 'node:test';
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import {
  CreateFunctionCommand,
  LambdaClient,
  UpdateFunctionCodeCommand,
} from '@aws-sdk/client-lambda';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator.js';
import { ADMIN } from '../helpers/aws-subprocess.js';
import { signedFetch } from '../helpers/signed-fetch.js';

const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
});
const HANDLER = strToU8('def handler(event, context):\n    return 1\n');
/** Unix mode bits of a symbolic link in a zip's external attributes (made by `zip -y`). */
const SYMLINK_ATTRS = (0o120777 << 16) >>> 0;

/** Archives Lambda cannot unpack; each must be refused as AWS does, with no host path. */
const BAD_ZIPS: Record<string, Zippable> = {
  'NUL in a name': { 'app.py': HANDLER, 'a\u0000b.py': HANDLER },
  '5,000-character name': { 'app.py': HANDLER, [`${'n'.repeat(5000)}.py`]: HANDLER },
  'x plus x/y': { 'app.py': HANDLER, x: HANDLER, 'x/y': HANDLER },
  'a file under a symlinked directory': {
    'app.py': HANDLER,
    link: [strToU8(os.tmpdir()), { os: 3, attrs: SYMLINK_ATTRS }],
    'link/escaped.txt': HANDLER,
  },
};

/**
 * Lambda answers an unusable deployment package with InvalidParameterValueException ("Could not
 * unzip uploaded file...", https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html
 * lists it as a 400); S3 answers XML it will not read with MalformedXML
 * (https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html). Before this test such
 * input got a 500 InternalFailure that named the emulator's temp directory.
 */
describe('bad zips and hostile XML get AWS 400s, never a 500 or a host path', () => {
  let emulator: RunningEmulator;
  let lambda: LambdaClient;
  const config = () => ({
    endpoint: emulator.url,
    region: 'us-east-1',
    credentials: ADMIN,
    maxAttempts: 1,
  });
  before(async () => {
    emulator = await startEmulator({ port: 0 });
    lambda = new LambdaClient(config());
    await new IAMClient(config()).send(
      new CreateRoleCommand({ RoleName: 'zip-role', AssumeRolePolicyDocument: TRUST }),
    );
    await lambda.send(
      new CreateFunctionCommand({
        FunctionName: 'good',
        Runtime: 'python3.11',
        Handler: 'app.handler',
        Role: 'arn:aws:iam::000000000000:role/zip-role',
        Code: { ZipFile: zipSync({ 'app.py': HANDLER }) },
      }),
    );
  });
  after(() => emulator.stop());

  const refusedAsAws = (error: unknown) => {
    const e = error as { name: string; message: string; $metadata: { httpStatusCode: number } };
    assert.equal(e.name, 'InvalidParameterValueException', e.message);
    assert.equal(e.$metadata.httpStatusCode, 400);
    assert.equal(
      e.message,
      'Could not unzip uploaded file. Please check your file, then try to upload again.',
    );
    assert.doesNotMatch(e.message, new RegExp(os.tmpdir().replace(/[/\\]/g, '.')));
    return true;
  };

  for (const [label, files] of Object.entries(BAD_ZIPS)) {
    it(`CreateFunction and UpdateFunctionCode refuse ${label}`, async () => {
      const zip = zipSync(files);
      await assert.rejects(
        lambda.send(
          new CreateFunctionCommand({
            FunctionName: `bad-${label.replace(/[^a-z]/gi, '')}`.slice(0, 60),
            Runtime: 'python3.11',
            Handler: 'app.handler',
            Role: 'arn:aws:iam::000000000000:role/zip-role',
            Code: { ZipFile: zip },
          }),
        ),
        refusedAsAws,
      );
      await assert.rejects(
        lambda.send(new UpdateFunctionCodeCommand({ FunctionName: 'good', ZipFile: zip })),
        refusedAsAws,
      );
    });
  }

  const putTagging = (body: string) =>
    signedFetch(emulator.url, {
      service: 's3',
      method: 'PUT',
      path: '/xml-bucket',
      query: { tagging: '' },
      body,
    });

  it('XML with an external entity -> MalformedXML, and the entity is never read', async () => {
    await signedFetch(emulator.url, { service: 's3', method: 'PUT', path: '/xml-bucket' });
    const r = await putTagging(
      '<?xml version="1.0"?><!DOCTYPE Tagging [<!ENTITY x SYSTEM "file:///etc/passwd">]>' +
        '<Tagging><TagSet><Tag><Key>&x;</Key><Value>v</Value></Tag></TagSet></Tagging>',
    );
    assert.equal(r.status, 400, r.text);
    assert.match(r.text, /<Code>MalformedXML<\/Code>/);
    assert.doesNotMatch(r.text, /root:/);
  });

  it('XML nested 200,000 deep -> MalformedXML, and the emulator keeps serving', async () => {
    await signedFetch(emulator.url, { service: 's3', method: 'PUT', path: '/xml-bucket' });
    const depth = 200_000;
    const r = await putTagging(`<Tagging>${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}</Tagging>`);
    assert.equal(r.status, 400, r.text.slice(0, 500));
    assert.match(r.text, /<Code>MalformedXML<\/Code>/);
    const ok = await putTagging(
      '<Tagging><TagSet><Tag><Key>k</Key><Value>v</Value></Tag></TagSet></Tagging>',
    );
    assert.ok(ok.status >= 200 && ok.status < 300, ok.text);
  });
});
