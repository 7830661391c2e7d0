import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CreateFunctionCommand, InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { startEmulatorProcess, type EmulatorProcess } from '../helpers/emulator-process.js';
import { zipOneFile } from '../helpers/python-zip.js';

const SECRET = 'ghs_fake-ci-token-in-the-host-environment';

/**
 * Issue 14, item 3: a handler must not find the host's secrets in its parent's environment.
 * `iam-mutate emulator` runs as a real process with a fake CI token in its environment; a
 * Python handler reads /proc/<ppid>/environ (its parent is the clean launcher, spawned with the
 * worker's allow-listed environment). What same-user isolation cannot stop is shown too: the
 * launcher's parent is the emulator, whose environ the same user can still read (README,
 * "Security model").
 */
describe('lambda workers start from a launcher with a clean environment', () => {
  let emulator: EmulatorProcess;
  let lambda: LambdaClient;

  before(async () => {
    emulator = await startEmulatorProcess([], { FAKE_CI_TOKEN: SECRET });
    const config = {
      endpoint: emulator.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    };
    const dir = mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-launcher-'));
    const source = path.join(dir, 'app.py');
    writeFileSync(
      source,
      [
        'import os',
        'def environ_of(pid):',
        '    with open(f"/proc/{pid}/environ", "rb") as f:',
        '        return f.read().decode("utf-8", "replace")',
        'def ppid_of(pid):',
        '    with open(f"/proc/{pid}/stat") as f:',
        '        return int(f.read().rsplit(")", 1)[1].split()[1])',
        'def handler(event, context):',
        '    parent = os.getppid()',
        '    grandparent = ppid_of(parent)',
        '    return {"parent": parent, "parentEnviron": environ_of(parent),',
        '            "grandparent": grandparent, "grandparentEnviron": environ_of(grandparent)}',
        '',
      ].join('\n'),
    );
    zipOneFile(path.join(dir, 'app.zip'), source, 'app.py');
    const iam = new IAMClient(config);
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'launcher-role',
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Service: 'lambda.amazonaws.com' },
              Action: 'sts:AssumeRole',
            },
          ],
        }),
      }),
    );
    iam.destroy();
    lambda = new LambdaClient(config);
    await lambda.send(
      new CreateFunctionCommand({
        FunctionName: 'reads-parent',
        Runtime: 'python3.11',
        Handler: 'app.handler',
        Role: 'arn:aws:iam::000000000000:role/launcher-role',
        Code: { ZipFile: readFileSync(path.join(dir, 'app.zip')) },
      }),
    );
  });

  after(async () => {
    lambda?.destroy();
    await emulator?.stop();
  });

  it('the handler’s parent environment holds no host secret; the emulator is one step further', async () => {
    const out = await lambda.send(new InvokeCommand({ FunctionName: 'reads-parent' }));
    assert.equal(out.FunctionError, undefined, Buffer.from(out.Payload!).toString());
    const seen = JSON.parse(Buffer.from(out.Payload!).toString()) as {
      parent: number;
      parentEnviron: string;
      grandparent: number;
      grandparentEnviron: string;
    };
    assert.notEqual(seen.parent, emulator.child.pid, 'the parent is the launcher');
    assert.doesNotMatch(seen.parentEnviron, /FAKE_CI_TOKEN|ghs_fake/);
    // The worker's allow-listed environment, or (when the function adopted the Python standby
    // the emulator starts ahead, runtime/README.md) the standby's: the same minus the function.
    assert.match(seen.parentEnviron, /AWS_CONFIG_FILE=[^\0]*empty-aws-config/, 'a sandbox env');
    // The documented limit: the same user can read the emulator's environment by its pid.
    assert.equal(seen.grandparent, emulator.child.pid);
    assert.match(seen.grandparentEnviron, new RegExp(SECRET));
  });
});
