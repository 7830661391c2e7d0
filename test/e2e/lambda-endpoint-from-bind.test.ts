import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CreateFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator.js';
import { ADMIN, aws } from '../helpers/aws-subprocess.js';
import { zipOneFile } from '../helpers/python-zip.js';
import { signedFetch } from '../helpers/signed-fetch.js';

const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
});

/**
 * The endpoint handed to a function (AWS_ENDPOINT_URL) is the emulator's own bound address: an
 * Invoke with a forged Host header must not redirect the function's role-signed calls.
 */
describe('lambda: AWS_ENDPOINT_URL is the emulator’s bound address, never the Host header', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ port: 0 });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-endpoint-'));
    const source = path.join(dir, 'app.py');
    writeFileSync(
      source,
      'import os\ndef handler(event, context):\n    return {"endpoint": os.environ.get("AWS_ENDPOINT_URL")}\n',
    );
    zipOneFile(path.join(dir, 'app.zip'), source, 'app.py');
    const role = await aws(emulator.url, [
      'iam',
      'create-role',
      '--role-name',
      'endpoint-role',
      '--assume-role-policy-document',
      TRUST,
    ]);
    assert.equal(role.status, 0, role.stderr);
    const lambda = new LambdaClient({
      endpoint: emulator.url,
      region: 'us-east-1',
      credentials: ADMIN,
    });
    await lambda.send(
      new CreateFunctionCommand({
        FunctionName: 'endpoint',
        Runtime: 'python3.11',
        Handler: 'app.handler',
        Role: 'arn:aws:iam::000000000000:role/endpoint-role',
        Code: { ZipFile: readFileSync(path.join(dir, 'app.zip')) },
      }),
    );
  });
  after(() => emulator.stop());

  it('a signed Invoke with Host: attacker.invalid still hands the function the bound address', async () => {
    const response = await signedFetch(emulator.url, {
      service: 'lambda',
      path: '/2015-03-31/functions/endpoint/invocations',
      headers: { host: 'attacker.invalid:9', 'content-type': 'application/json' },
      body: '{}',
    });
    assert.equal(response.status, 200, response.text);
    assert.deepEqual(JSON.parse(response.text), { endpoint: emulator.url });
  });

  it('GetFunction with Host: attacker.invalid names the bound address as the code Location', async () => {
    const response = await signedFetch(emulator.url, {
      service: 'lambda',
      method: 'GET',
      path: '/2015-03-31/functions/endpoint',
      headers: { host: 'attacker.invalid:9' },
    });
    assert.equal(response.status, 200, response.text);
    const location = (JSON.parse(response.text) as { Code: { Location: string } }).Code.Location;
    assert.ok(location.startsWith(`${emulator.url}/`), location);
  });
});
