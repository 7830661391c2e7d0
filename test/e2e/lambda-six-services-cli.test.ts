import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator.js';
import { runSetup } from '../../src/mutate/run-setup.js';
import { ADMIN, awsOk } from '../helpers/aws-subprocess.js';
import { zipOneFile } from '../helpers/python-zip.js';

const GOLDEN = JSON.parse(readFileSync('examples/least-privilege/policy.json', 'utf8')) as {
  Statement: { Sid: string; Action: string }[];
};

/**
 * The LocalEmu tutorial's loop, by hand with the AWS CLI, on the embedded emulator: the
 * six-service Python handler, unchanged, created from a zip with `aws lambda create-function`,
 * invoked under the golden policy (status ok) and under the policy without each statement
 * (denied exactly that statement's action).
 */
describe('the six-service handler through the AWS CLI', () => {
  let emulator: RunningEmulator;
  let scratch: string;
  let configuration: { Environment: { Variables: Record<string, string> } };
  let created: Record<string, unknown>;

  before(async () => {
    emulator = await startEmulator({ port: 0 });
    scratch = mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-six-'));
    const empty = path.join(scratch, 'empty');
    writeFileSync(empty, '');
    await runSetup({
      script: path.resolve('examples/least-privilege/setup.py'),
      rootDir: process.cwd(),
      endpoint: emulator.url,
      region: 'us-east-1',
      admin: ADMIN,
      hostEnv: { PATH: process.env.PATH, HOME: process.env.HOME },
      emptyConfigFile: empty,
      timeoutMs: 120_000,
    });
    // The function every `it` below invokes, created once here so no test depends on another.
    configuration = (await cli(
      'lambda',
      'get-function-configuration',
      '--function-name',
      'iam-mvp-target',
    )) as typeof configuration;
    const zip = path.join(scratch, 'handler.zip');
    zipOneFile(zip, 'examples/least-privilege/handler.py', 'handler.py');
    const variables = Object.entries(configuration.Environment.Variables)
      .map(([k, v]) => `${k}=${v}`)
      .join(',');
    created = await cli(
      'lambda',
      'create-function',
      '--function-name',
      'six-cli',
      '--runtime',
      'python3.11',
      '--handler',
      'handler.handler',
      '--zip-file',
      `fileb://${zip}`,
      '--timeout',
      '30',
      '--role',
      'arn:aws:iam::000000000000:role/iam-mvp-lambda-role',
      '--environment',
      `Variables={${variables}}`,
    );
  });

  after(async () => {
    await emulator?.stop();
  });

  const cli = (...args: string[]) => awsOk(emulator.url, args);

  async function invoke(): Promise<Record<string, unknown>> {
    const out = path.join(scratch, 'response.json');
    const meta = await cli(
      'lambda',
      'invoke',
      '--function-name',
      'six-cli',
      '--payload',
      '{"request_id":"cli"}',
      out,
    );
    assert.equal(meta.FunctionError, undefined, readFileSync(out, 'utf8'));
    return JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
  }

  async function putPolicy(statements: unknown[]): Promise<void> {
    const text = JSON.stringify({ Version: '2012-10-17', Statement: statements })
      .replaceAll('123456789012', '000000000000')
      .replaceAll('KMS_KEY_ID', String(configuration.Environment.Variables.KMS_KEY_ID));
    const file = path.join(scratch, 'policy.json');
    writeFileSync(file, text);
    await cli(
      'iam',
      'put-role-policy',
      '--role-name',
      'iam-mvp-lambda-role',
      '--policy-name',
      'mutation-test-policy',
      '--policy-document',
      `file://${file}`,
    );
  }

  it('creates the function from a zip with the AWS CLI', () => {
    assert.equal(created.State, 'Active');
  });

  it('the golden policy lets all six steps through', async () => {
    await putPolicy(GOLDEN.Statement);
    const response = await invoke();
    assert.equal(response.status, 'ok', JSON.stringify(response));
    assert.equal((response.trace as unknown[]).length, 6);
  });

  for (const removed of GOLDEN.Statement) {
    it(`without ${removed.Sid}, exactly ${removed.Action} is denied`, async () => {
      await putPolicy(GOLDEN.Statement.filter((s) => s.Sid !== removed.Sid));
      const response = await invoke();
      assert.equal(response.status, 'forbidden', JSON.stringify(response));
      assert.equal(response.denied_action, removed.Action);
    });
  }
});
