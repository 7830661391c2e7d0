import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  CreateRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  NoSuchEntityException,
  PutRolePolicyCommand,
} from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { startEmulatorProcess, type EmulatorProcess } from '../helpers/emulator-process.js';

/**
 * Issue 14, item 1: SIGINT or SIGTERM in the middle of `iam-mutate run` (a real CLI process,
 * real signals) must put the role's inline policy back as it was, kill the running workload's
 * whole process group, remove the scratch directory, write no report file, say what it undid
 * and exit 128 + the signal's number. The role is read back with the AWS SDK from a separate
 * emulator process, which outlives the interrupted run.
 */

const MAIN = 'build/src/cli/main.js';
const ORIGINAL = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'Original', Effect: 'Allow', Action: 'sqs:ListQueues', Resource: '*' }],
};
const POLICY = {
  Version: '2012-10-17',
  Statement: [
    { Sid: 'ListBuckets', Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' },
    { Sid: 'Objects', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: '*' },
    { Sid: 'Queues', Effect: 'Allow', Action: 'sqs:ListQueues', Resource: '*' },
  ],
};

/** The inline policy name a target uses by default. */
const POLICY_NAME = 'iam-mutate-policy';

interface Workspace {
  dir: string;
  /** TMPDIR of the CLI process: where its scratch directory goes. */
  tmp: string;
}

/**
 * A run directory whose workload records its process group (the shell's pid), leaves a
 * background child in that group, and takes a few seconds, so a signal lands mid-run.
 */
function workspace(role: string, extraYaml: string[] = []): Workspace {
  const dir = mkdtempIn('iam-mutate-interrupted-');
  const tmp = path.join(dir, '.tmp');
  mkdirSync(tmp);
  writeFileSync(path.join(dir, 'policy.json'), JSON.stringify(POLICY, null, 2));
  writeFileSync(
    path.join(dir, 'iam-mutate.yml'),
    [
      'version: 1',
      ...extraYaml,
      'targets:',
      '  - policy: policy.json',
      `    role: ${role}`,
      '    workload:',
      '      command: echo $$ >> workload-groups.txt; sleep 300 >/dev/null 2>&1 & aws s3api list-buckets >/dev/null && sleep 3',
      '    timeout: 60s',
      '',
    ].join('\n'),
  );
  return { dir, tmp };
}

function mkdtempIn(prefix: string): string {
  const dir = path.join(
    os.tmpdir(),
    `${prefix}${process.pid}-${Math.random().toString(36).slice(2)}`,
  );
  mkdirSync(dir);
  return dir;
}

interface RunProcess {
  child: ChildProcess;
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startRun(ws: Workspace, args: string[]): RunProcess {
  return watch(
    spawn(process.execPath, [path.resolve(MAIN), 'run', ...args], {
      cwd: ws.dir,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TMPDIR: ws.tmp },
      stdio: ['ignore', 'ignore', 'pipe'],
    }),
  );
}

/** The GitHub Action's entry point as the runner starts it (inputs as INPUT_* variables). */
function startAction(ws: Workspace, emulatorUrl: string): RunProcess {
  const outputs = path.join(ws.dir, '.github-output');
  writeFileSync(outputs, '');
  return watch(
    spawn(process.execPath, [path.resolve('build/src/action/main.js')], {
      cwd: ws.dir,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        TMPDIR: ws.tmp,
        GITHUB_WORKSPACE: ws.dir,
        GITHUB_OUTPUT: outputs,
        INPUT_CONFIG: 'iam-mutate.yml',
        INPUT_EMULATOR: emulatorUrl,
        INPUT_COMMENT: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
}

function watch(child: ChildProcess): RunProcess {
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, stderr: () => stderr, exited };
}

/** Resolves once the workload has started `count` times (baseline = 1, first mutant = 2). */
async function workloadStarted(ws: Workspace, run: RunProcess, count: number): Promise<number[]> {
  const file = path.join(ws.dir, 'workload-groups.txt');
  for (let waited = 0; waited < 120_000; waited += 100) {
    const groups = existsSync(file)
      ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map(Number)
      : [];
    if (groups.length >= count) return groups;
    if (run.child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the workload did not start ${count} times:\n${run.stderr()}`);
}

/**
 * True while a live process of the group exists. Read from /proc rather than kill(-pgid, 0):
 * a killed orphan stays a zombie where PID 1 does not reap (a container), and is not alive.
 */
function groupAlive(pgid: number): boolean {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // pid (comm) state ppid pgrp ...: comm may hold spaces, so split after its ')'.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z') return true;
  }
  return false;
}

/** Everything the interrupted run must have cleaned up on the host. */
function assertCleanHost(ws: Workspace, groups: number[]): void {
  for (const pgid of groups) assert.equal(groupAlive(pgid), false, `process group ${pgid} is gone`);
  assert.deepEqual(readdirSync(ws.tmp), [], 'the scratch directory is removed');
  assert.equal(existsSync(path.join(ws.dir, 'iam-mutate-report')), false, 'no report written');
}

describe('iam-mutate run interrupted by a signal (issue 14, item 1)', () => {
  let emulator: EmulatorProcess;
  let iam: IAMClient;
  let account: string;

  before(async () => {
    emulator = await startEmulatorProcess();
    const config = {
      endpoint: emulator.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    };
    iam = new IAMClient(config);
    account = (await new STSClient(config).send(new GetCallerIdentityCommand({}))).Account!;
  });

  after(async () => {
    iam?.destroy();
    await emulator?.stop();
  });

  async function createRole(role: string, original?: object): Promise<void> {
    await iam.send(
      new CreateRoleCommand({
        RoleName: role,
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: `arn:aws:iam::${account}:root` },
              Action: 'sts:AssumeRole',
            },
          ],
        }),
      }),
    );
    if (original) {
      await iam.send(
        new PutRolePolicyCommand({
          RoleName: role,
          PolicyName: POLICY_NAME,
          PolicyDocument: JSON.stringify(original),
        }),
      );
    }
  }

  async function inlinePolicy(role: string): Promise<unknown> {
    try {
      const out = await iam.send(
        new GetRolePolicyCommand({ RoleName: role, PolicyName: POLICY_NAME }),
      );
      return JSON.parse(decodeURIComponent(out.PolicyDocument!));
    } catch (error) {
      if (error instanceof NoSuchEntityException) return undefined;
      throw error;
    }
  }

  it('SIGINT mid-loop (--endpoint): original policy restored, workload group killed, exit 130', async () => {
    await createRole('interrupt-int-role', ORIGINAL);
    const ws = workspace('interrupt-int-role');
    const run = startRun(ws, ['--config', 'iam-mutate.yml', '--endpoint', emulator.url]);
    const groups = await workloadStarted(ws, run, 2);
    assert.match(run.stderr(), /baseline passed/);
    assert.ok(groupAlive(groups[1]!), 'the first mutant’s workload is running');
    assert.notDeepEqual(await inlinePolicy('interrupt-int-role'), ORIGINAL, 'a mutant is attached');

    run.child.kill('SIGINT');
    const { code } = await run.exited;

    assert.equal(code, 130, run.stderr());
    assert.deepEqual(await inlinePolicy('interrupt-int-role'), ORIGINAL);
    assertCleanHost(ws, groups);
    const stderr = run.stderr();
    assert.match(stderr, /SIGINT received: stopping the run/);
    assert.match(stderr, /interrupted by SIGINT during target 1\/1 policy\.json/);
    assert.match(stderr, /no report file was written/);
    assert.match(stderr, /undone: killed the command's process group \d+/);
    assert.match(
      stderr,
      /undone: restored role interrupt-int-role's inline policy iam-mutate-policy to its original/,
    );
    assert.match(stderr, /undone: removed the scratch directory /);
    assert.doesNotMatch(stderr, /LEFT BEHIND|at Object|internal error/);
  });

  it('SIGTERM mid-loop (--endpoint): the policy the run added is deleted again, exit 143', async () => {
    await createRole('interrupt-term-role');
    const ws = workspace('interrupt-term-role');
    const run = startRun(ws, ['--config', 'iam-mutate.yml', '--endpoint', emulator.url]);
    const groups = await workloadStarted(ws, run, 2);
    assert.notEqual(await inlinePolicy('interrupt-term-role'), undefined, 'a mutant is attached');

    run.child.kill('SIGTERM');
    const { code } = await run.exited;

    assert.equal(code, 143, run.stderr());
    assert.equal(await inlinePolicy('interrupt-term-role'), undefined, 'no inline policy again');
    assertCleanHost(ws, groups);
    assert.match(run.stderr(), /interrupted by SIGTERM during target 1\/1 policy\.json/);
    assert.match(
      run.stderr(),
      /undone: deleted role interrupt-term-role's inline policy iam-mutate-policy \(the role had none before the run\)/,
    );
  });

  it('the action cancelled (SIGTERM) mid-loop restores the role the same way, exit 143', async () => {
    await createRole('interrupt-action-role', ORIGINAL);
    const ws = workspace('interrupt-action-role');
    const run = startAction(ws, emulator.url);
    const groups = await workloadStarted(ws, run, 2);

    run.child.kill('SIGTERM');
    const { code } = await run.exited;

    assert.equal(code, 143, run.stderr());
    assert.deepEqual(await inlinePolicy('interrupt-action-role'), ORIGINAL);
    assertCleanHost(ws, groups);
    assert.match(run.stderr(), /::error::iam-mutate: interrupted by SIGTERM/);
    assert.match(run.stderr(), /restored role interrupt-action-role's inline policy/);
  });

  it('a second SIGINT while the restore hangs aborts at once and says what it left', async () => {
    await createRole('interrupt-twice-role', ORIGINAL);
    const ws = workspace('interrupt-twice-role');
    const run = startRun(ws, ['--config', 'iam-mutate.yml', '--endpoint', emulator.url]);
    const groups = await workloadStarted(ws, run, 2);
    // A frozen emulator: the restore cannot finish until it is thawed.
    emulator.child.kill('SIGSTOP');
    try {
      run.child.kill('SIGINT');
      await waitFor(() => /SIGINT received/.test(run.stderr()), run);
      await new Promise((r) => setTimeout(r, 300));
      run.child.kill('SIGINT');
      const { code } = await run.exited;
      assert.equal(code, 130, run.stderr());
    } finally {
      emulator.child.kill('SIGCONT');
    }
    const stderr = run.stderr();
    assert.match(stderr, /SIGINT again: aborted at once, leaving behind:/);
    assert.match(
      stderr,
      /role interrupt-twice-role's inline policy iam-mutate-policy may hold a mutant/,
    );
    assert.match(stderr, /scratch directory /);
    // The workload was killed by the first signal, before the restore was attempted.
    for (const pgid of groups) assert.equal(groupAlive(pgid), false, `group ${pgid} is gone`);
  });

  it('SIGINT mid-loop on the embedded emulator: workload killed, scratch removed, exit 130', async () => {
    const ws = workspace('embedded-role', ['setup: setup.sh']);
    writeFileSync(
      path.join(ws.dir, 'setup.sh'),
      [
        'set -eu',
        'account=$(aws sts get-caller-identity --query Account --output text)',
        'aws iam create-role --role-name embedded-role --assume-role-policy-document "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"AWS\\":\\"arn:aws:iam::${account}:root\\"},\\"Action\\":\\"sts:AssumeRole\\"}]}" >/dev/null',
        '',
      ].join('\n'),
    );
    const run = startRun(ws, ['--config', 'iam-mutate.yml']);
    const groups = await workloadStarted(ws, run, 2);

    run.child.kill('SIGINT');
    const { code } = await run.exited;

    assert.equal(code, 130, run.stderr());
    assertCleanHost(ws, groups);
    const stderr = run.stderr();
    assert.match(stderr, /undone: deleted role embedded-role's inline policy iam-mutate-policy/);
    assert.match(stderr, /undone: stopped the emulator this run started/);
    assert.match(stderr, /undone: removed the scratch directory /);
  });
});

async function waitFor(condition: () => boolean, run: RunProcess): Promise<void> {
  for (let waited = 0; waited < 30_000; waited += 50) {
    if (condition()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting; stderr:\n${run.stderr()}`);
}
