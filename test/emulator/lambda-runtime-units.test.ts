// The runtime layer's pure parts: framing, log bounding and splitting, zip extraction, the
// worker environment, platform error wording.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { BoundedLog, logTailBase64 } from '../../src/emulator/lambda/runtime/bounded-log.js';
import {
  encodeFrame,
  FrameDecoder,
  MAX_FRAME_BYTES,
} from '../../src/emulator/lambda/runtime/frame-codec.js';
import {
  buildWorkerEnvironment,
  standbyEnvironment,
} from '../../src/emulator/lambda/runtime/invocation-env.js';
import { LogCapture } from '../../src/emulator/lambda/runtime/log-capture.js';
import {
  exitError,
  responseTooLargeError,
  timeoutError,
} from '../../src/emulator/lambda/runtime/platform-errors.js';
import { parseRuntimeId } from '../../src/emulator/lambda/runtime/runtime-id.js';
import { startupDifferences } from '../../src/emulator/lambda/runtime/standby-policy.js';
import { extractZip, ZipExtractionError } from '../../src/emulator/lambda/runtime/zip-extract.js';

describe('lambda runtime: frames', () => {
  it('decodes frames split and joined arbitrarily', () => {
    const bytes = Buffer.concat([
      encodeFrame({ t: 'ready' }),
      encodeFrame({ t: 'result', payload: 'é'.repeat(1000) }),
    ]);
    const decoder = new FrameDecoder();
    const out: unknown[] = [];
    for (let i = 0; i < bytes.length; i += 7) out.push(...decoder.push(bytes.subarray(i, i + 7)));
    assert.deepEqual(out, [{ t: 'ready' }, { t: 'result', payload: 'é'.repeat(1000) }]);
  });

  it('refuses an oversized frame instead of buffering it', () => {
    const header = Buffer.alloc(4);
    header.writeUInt32BE(MAX_FRAME_BYTES + 1, 0);
    assert.throws(() => new FrameDecoder().push(header), /frame/);
  });
});

describe('lambda runtime: logs', () => {
  it('keeps the head and the tail of a huge log and says how much was dropped', () => {
    const log = new BoundedLog(100);
    for (let i = 0; i < 1000; i++) log.append(`line ${i}\n`);
    const text = log.toString();
    assert.ok(text.startsWith('line 0\nline 1\n'));
    assert.ok(text.endsWith('line 999\n'));
    assert.match(text, /\[iam-mutate: \d+ characters of log output dropped\]/);
    assert.ok(text.length < 200);
  });

  it('LogType Tail is the last 4 KB, base64', () => {
    const logs = 'a'.repeat(5000) + 'END';
    const tail = Buffer.from(logTailBase64(logs), 'base64').toString('utf8');
    assert.equal(tail.length, 4096);
    assert.ok(tail.endsWith('aEND'));
  });

  it('splits a worker stream into invocations at the end markers, even across chunks', async () => {
    const marker = '\u001eTOKEN\u001e';
    const capture = new LogCapture(marker, 10_000);
    const out = new PassThrough();
    const err = new PassThrough();
    capture.attach(out);
    capture.attach(err);
    out.write('first ');
    out.write('invocation\n\u001eTO');
    out.write('KEN\u001ebackground ');
    err.write(`warning\n${marker}`);
    await capture.waitForMarkers(1000);
    assert.equal(capture.take(), 'first invocation\nwarning\n');
    out.write(`noise\n${marker}`);
    err.write(marker);
    await capture.waitForMarkers(1000);
    assert.equal(capture.take(), 'background noise\n');
  });

  it('does not wait forever for a marker that never comes', async () => {
    const capture = new LogCapture('\u001eX\u001e', 100);
    capture.attach(new PassThrough());
    const started = Date.now();
    await capture.waitForMarkers(50);
    assert.ok(Date.now() - started < 1000);
  });
});

describe('lambda runtime: platform errors', () => {
  it('words a timeout as AWS does, with no errorType in the body', () => {
    const error = timeoutError('req-1', 3004.9, new Date('2024-05-01T10:00:03.123Z'));
    assert.equal(
      error.payload,
      '{"errorMessage":"2024-05-01T10:00:03.123Z req-1 Task timed out after 3.00 seconds"}',
    );
    assert.equal(error.logLine, '2024-05-01T10:00:03.123Z req-1 Task timed out after 3.00 seconds');
    assert.equal(error.errorType, 'Sandbox.Timedout');
  });

  it('words runtime exits as the Lambda service does', () => {
    assert.equal(
      exitError('r', 1, null).payload,
      '{"errorType":"Runtime.ExitError","errorMessage":"RequestId: r Error: Runtime exited with error: exit status 1"}',
    );
    assert.match(
      exitError('r', null, 'SIGKILL').payload,
      /Runtime exited with error: signal: killed"/,
    );
    assert.match(exitError('r', null, 'SIGSEGV').payload, /signal: segmentation fault"/);
    assert.match(exitError('r', 0, null).payload, /Runtime exited without providing a reason/);
    assert.equal(
      exitError('r', 1, null).logLine,
      'RequestId: r Error: Runtime exited with error: exit status 1\nRuntime.ExitError',
    );
    assert.equal(
      JSON.parse(responseTooLargeError('r').payload).errorType,
      'Function.ResponseSizeTooLarge',
    );
  });
});

describe('lambda runtime: runtimes', () => {
  it('maps runtime identifiers to interpreter families', () => {
    assert.deepEqual(parseRuntimeId('python3.12'), {
      family: 'python',
      id: 'python3.12',
      majorMinor: '3.12',
    });
    assert.deepEqual(parseRuntimeId('nodejs20.x'), {
      family: 'node',
      id: 'nodejs20.x',
      majorMinor: '20',
    });
    assert.equal(parseRuntimeId('java21'), undefined);
    assert.equal(parseRuntimeId('python2.7'), undefined);
  });
});

describe('lambda runtime: worker environment', () => {
  const sandbox = { home: '/sandbox/home', emptyAwsFile: '/sandbox/empty' };
  const base = {
    runtime: parseRuntimeId('python3.11')!,
    interpreter: {
      family: 'python' as const,
      executable: '/usr/bin/python3',
      version: '3.11.7',
      userBase: '/home/u/.local',
    },
    handler: 'app.handler',
    codeDir: '/code',
    functionName: 'fn',
    functionVersion: '$LATEST',
    memoryMb: 512,
    region: 'eu-west-1',
    endpointUrl: 'http://127.0.0.1:4566',
    logGroupName: '/aws/lambda/fn',
    logStreamName: 'stream',
    functionEnvironment: {
      TABLE: 't',
      AWS_ENDPOINT_URL: 'https://elsewhere.example',
      PATH: '/custom/bin',
    },
    credentials: { accessKeyId: 'ASIA1', secretAccessKey: 's1' },
    sandbox,
    bootstrapPrivate: { _IAM_MUTATE_LOG_MARKER: 'm' },
  };
  const host = {
    PATH: '/usr/bin',
    HOME: '/home/u',
    LANG: 'C.UTF-8',
    LC_ALL: 'C.UTF-8',
    AWS_ACCESS_KEY_ID: 'AKIAHOST',
    AWS_SECRET_ACCESS_KEY: 'host-secret',
    AWS_SESSION_TOKEN: 'host-token',
    AWS_PROFILE: 'prod',
    AWS_CONFIG_FILE: '/home/u/.aws/config',
    AWS_SHARED_CREDENTIALS_FILE: '/home/u/.aws/credentials',
    AWS_CA_BUNDLE: '/ca.pem',
    HTTPS_PROXY: 'http://proxy',
    PYTHONPATH: '/host',
    NODE_OPTIONS: '--require x',
    GITHUB_TOKEN: 'ghp_secret',
  };

  it('is built from an allow-list: no host credentials, profiles, proxies or tokens', () => {
    const env = buildWorkerEnvironment(base, host);
    for (const key of [
      'AWS_PROFILE',
      'AWS_CA_BUNDLE',
      'HTTPS_PROXY',
      'PYTHONPATH',
      'NODE_OPTIONS',
      'GITHUB_TOKEN',
      'AWS_SESSION_TOKEN',
    ]) {
      assert.equal(env[key], undefined, key);
    }
    assert.equal(env.AWS_ACCESS_KEY_ID, 'ASIA1');
    assert.equal(env.AWS_SECRET_ACCESS_KEY, 's1');
    assert.equal(env.AWS_CONFIG_FILE, '/sandbox/empty');
    assert.equal(env.AWS_SHARED_CREDENTIALS_FILE, '/sandbox/empty');
    assert.equal(env.HOME, '/sandbox/home');
    assert.equal(env.PYTHONUSERBASE, '/home/u/.local');
    assert.equal(env.LC_ALL, 'C.UTF-8');
  });

  it('layers the function environment under the reserved variables', () => {
    const env = buildWorkerEnvironment(base, host);
    assert.equal(env.TABLE, 't');
    assert.equal(env.PATH, '/custom/bin', 'PATH is the function’s to change, as on Lambda');
    assert.equal(
      env.AWS_ENDPOINT_URL,
      'http://127.0.0.1:4566',
      'calls must come back to the emulator',
    );
    assert.equal(env.AWS_REGION, 'eu-west-1');
    assert.equal(env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE, '512');
    assert.equal(env.AWS_LAMBDA_INITIALIZATION_TYPE, 'on-demand');
    assert.equal(env._HANDLER, 'app.handler');
    assert.equal(env._IAM_MUTATE_LOG_MARKER, 'm');
  });

  it('gives a standby the function-independent part of a worker environment', () => {
    const standby = standbyEnvironment(base.interpreter, sandbox, host);
    const worker = buildWorkerEnvironment(base, host);
    for (const [key, value] of Object.entries(standby)) {
      if (key !== 'PATH') assert.equal(worker[key], value, key); // the function set its PATH
    }
    for (const key of ['AWS_ACCESS_KEY_ID', 'AWS_REGION', '_HANDLER', 'LAMBDA_TASK_ROOT', 'TABLE'])
      assert.equal(standby[key], undefined, key);
    assert.equal(standby.GITHUB_TOKEN, undefined);
    assert.equal(standby.HOME, '/sandbox/home');
  });

  it('lets a worker adopt a standby only when startup variables agree', () => {
    const standby = standbyEnvironment(base.interpreter, sandbox, host);
    const worker = buildWorkerEnvironment(base, host);
    assert.deepEqual(startupDifferences(standby, worker), [], 'PATH and AWS_* are set later');
    const differing = (functionEnvironment: Record<string, string>): string[] =>
      startupDifferences(standby, buildWorkerEnvironment({ ...base, functionEnvironment }, host));
    assert.deepEqual(differing({ TZ: 'Europe/Paris' }), ['TZ']);
    assert.deepEqual(differing({ PYTHONPATH: '/code/vendor', PYTHONUTF8: '1' }), [
      'PYTHONPATH',
      'PYTHONUTF8',
    ]);
    assert.deepEqual(differing({ LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' }), [], 'same as the host');
    assert.deepEqual(differing({ LC_TIME: 'de_DE.UTF-8' }), ['LC_TIME']);
    assert.deepEqual(differing({ LD_LIBRARY_PATH: '/code/lib', TMPDIR: '/code/tmp' }), [
      'LD_LIBRARY_PATH',
      'TMPDIR',
    ]);
  });
});

describe('lambda runtime: zip extraction', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-zip-'));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function pythonZip(entries: Record<string, string>): Buffer {
    const out = path.join(dir, `py-${Object.keys(entries).length}-${Math.random()}.zip`);
    const script =
      'import json, sys, zipfile\nwith zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:\n    for name, text in json.loads(sys.argv[2]).items(): z.writestr(name, text)\n';
    execFileSync('python3', ['-c', script, out, JSON.stringify(entries)]);
    return readFileSync(out);
  }

  it('unpacks a zip made by Python zipfile', () => {
    const target = path.join(dir, 'from-python');
    const files = extractZip(
      pythonZip({
        'handler.py': 'def handler(e, c): pass\n',
        'pkg/__init__.py': '',
        'pkg/data.json': '{"a":1}',
      }),
      target,
    );
    assert.deepEqual(files, ['handler.py', 'pkg/__init__.py', 'pkg/data.json']);
    assert.equal(readFileSync(path.join(target, 'pkg', 'data.json'), 'utf8'), '{"a":1}');
  });

  it('unpacks zips made by the zip command, to a file and streamed (data descriptors)', (t) => {
    try {
      execFileSync('zip', ['-v'], { stdio: 'ignore' });
    } catch {
      t.skip('no zip command');
      return;
    }
    const src = path.join(dir, 'src');
    mkdirSync(path.join(src, 'lib'), { recursive: true });
    writeFileSync(
      path.join(src, 'index.mjs'),
      'export const handler = async () => 1;\n'.repeat(50),
    );
    writeFileSync(path.join(src, 'lib', 'util.js'), 'module.exports = 1;\n');
    execFileSync('zip', ['-q', '-r', path.join(dir, 'cli.zip'), '.'], { cwd: src });
    const streamed = execFileSync('zip', ['-q', '-r', '-', '.'], { cwd: src });
    for (const [name, bytes] of [
      ['cli', readFileSync(path.join(dir, 'cli.zip'))],
      ['streamed', streamed],
    ] as const) {
      const target = path.join(dir, `out-${name}`);
      assert.deepEqual(extractZip(bytes, target), ['index.mjs', 'lib/util.js'], name);
      assert.equal(
        readFileSync(path.join(target, 'index.mjs'), 'utf8'),
        readFileSync(path.join(src, 'index.mjs'), 'utf8'),
      );
    }
  });

  it('refuses entries that would land outside the code directory', () => {
    for (const evil of [
      '../evil.txt',
      'a/../../evil.txt',
      '/etc/evil.txt',
      'C:/evil.txt',
      '..\\evil.txt',
    ]) {
      const target = path.join(dir, 'slip', String(Math.random()));
      assert.throws(
        () => extractZip(pythonZip({ 'ok.py': '', [evil]: 'x' }), target),
        ZipExtractionError,
        evil,
      );
      assert.equal(existsSync(path.join(dir, 'slip', 'evil.txt')), false);
      assert.equal(
        existsSync(path.join(target, 'ok.py')),
        false,
        'nothing is written when one entry is bad',
      );
    }
  });

  it('refuses bytes that are not a zip', () => {
    assert.throws(
      () => extractZip(Buffer.from('not a zip at all'), path.join(dir, 'bad')),
      ZipExtractionError,
    );
  });
});
