/**
 * `iam-mutate lint`: exact output on the examples, exit codes, and hostile input (truncated,
 * trailing garbage, wrong types at every level, binary, empty, a bare array, BOM, 6 MB):
 * always file:line:col and exit 2, never a stack trace.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { runCli } from '../../src/cli/cli.js';
import { captureIo } from '../helpers/capture-io.js';

// build/test/cli/x.js -> repository root
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

async function lint(args: string[], cwd = repoRoot) {
  const cap = captureIo(cwd);
  const code = await runCli(['lint', ...args], cap.io);
  return { code, stdout: cap.stdout(), stderr: cap.stderr() };
}

describe('iam-mutate lint', () => {
  test('the least-privilege example has no findings: exit 0', async () => {
    const r = await lint(['examples/least-privilege/policy.json']);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^0 finding\(s\) in 1 file\(s\)/);
  });

  test('the over-broad fixture prints exactly the expected findings: exit 1', async () => {
    const r = await lint(['test/fixtures/lint/over-broad.json']);
    assert.equal(r.code, 1);
    const expected = readFileSync(
      path.join(repoRoot, 'test/fixtures/lint/over-broad.expected.txt'),
      'utf8',
    );
    assert.equal(r.stdout, expected);
  });

  test('--fail-on error passes on warnings only; --fail-on none always passes', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lint-'));
    const file = path.join(dir, 'p.json');
    writeFileSync(
      file,
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Sid: 'A', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b' },
        ],
      }),
    );
    assert.equal((await lint([file])).code, 1);
    assert.equal((await lint([file, '--fail-on', 'error'])).code, 0);
    assert.equal((await lint([file, '--fail-on', 'none'])).code, 0);
  });

  test('--format json lists findings per file with positions', async () => {
    const r = await lint(['test/fixtures/lint/over-broad.json', '--format', 'json']);
    const out = JSON.parse(r.stdout) as {
      files: {
        file: string;
        kind: string;
        findings: { code: string; line: number; column: number; statementIndex: number }[];
      }[];
    };
    assert.equal(out.files[0]!.kind, 'identity');
    const f = out.files[0]!.findings.find((x) => x.code === 'UNKNOWN_ACTION')!;
    assert.deepEqual([f.line, f.column, f.statementIndex], [25, 17, 3]);
  });
});

describe('iam-mutate lint on hostile files', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lint-hostile-'));
  const good =
    '{"Version":"2012-10-17","Statement":[{"Sid":"A","Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}';
  const cases: [string, string | Buffer, RegExp][] = [
    ['empty', '', /empty\.json:1:1: error: invalid JSON/],
    ['truncated', good.slice(0, 60), /truncated\.json:1:\d+: error: invalid JSON/],
    ['trailing-garbage', `${good} }`, /trailing-garbage\.json:1:\d+: error: invalid JSON/],
    ['bare-array', '[]', /bare-array\.json:1:1: error: a policy must be a JSON object/],
    ['string-top', '"policy"', /string-top\.json:1:1: error/],
    [
      'statement-number',
      '{"Version":"2012-10-17","Statement":5}',
      /statement-number\.json:1:\d+: error: Statement must be/,
    ],
    [
      'statement-item-string',
      '{"Version":"2012-10-17","Statement":["x"]}',
      /1:\d+: error: a statement must be a JSON object/,
    ],
    [
      'effect-number',
      '{"Statement":{"Effect":1,"Action":"s3:GetObject","Resource":"*"}}',
      /1:\d+: error: Effect must be/,
    ],
    [
      'action-object',
      '{"Statement":{"Effect":"Allow","Action":{"a":1},"Resource":"*"}}',
      /1:\d+: error: .*Action/,
    ],
    [
      'resource-list-of-numbers',
      '{"Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":[1,2]}}',
      /1:\d+: error: .*Resource/,
    ],
    [
      'condition-array',
      '{"Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":[]}}',
      /1:\d+: error: .*Condition/,
    ],
    [
      'condition-values-object',
      '{"Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"StringEquals":{"aws:SourceVpc":{"x":1}}}}}',
      /1:\d+: error/,
    ],
    ['version-number', '{"Version":2012,"Statement":[]}', /1:\d+: error: Version must be/],
    [
      'binary',
      Buffer.from([0x7b, 0xff, 0xfe, 0x00, 0x01, 0x02]),
      /binary\.json:1:\d+: error: the file is not UTF-8 text/,
    ],
    ['nul-bytes', Buffer.from('{"Version":\u0000}'), /nul-bytes\.json:1:\d+: error: invalid JSON/],
  ];
  for (const [name, content, expected] of cases) {
    test(`${name}: exit 2 with file:line:col, no stack`, async () => {
      const file = path.join(dir, `${name}.json`);
      writeFileSync(file, content);
      const r = await lint([file]);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, expected);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
      assert.equal(r.stdout, '');
    });
  }

  test('a UTF-8 byte order mark is accepted, as IAM accepts it', async () => {
    const file = path.join(dir, 'bom.json');
    writeFileSync(file, `\uFEFF${good}`);
    const r = await lint([file]);
    assert.equal(r.code, 0, r.stderr);
  });

  test('a 6 MB file is refused quickly with a located message', async () => {
    const file = path.join(dir, 'huge.json');
    const stmt =
      '{"Sid":"A","Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"},';
    writeFileSync(
      file,
      `{"Version":"2012-10-17","Statement":[${stmt.repeat(Math.ceil(6e6 / stmt.length)).slice(0, -1)}]}`,
    );
    const r = await lint([file]);
    assert.equal(r.code, 2);
    assert.match(
      r.stderr,
      /huge\.json:1:1: error: .*too large|huge\.json:1:1: error: the file has/,
    );
  });

  test('a missing file is exit 2 and the other files are still linted', async () => {
    const r = await lint(['no-such-file.json', 'test/fixtures/lint/over-broad.json']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no-such-file\.json: error: no such file/);
    assert.match(r.stdout, /over-broad\.json:\d+:\d+: warning/);
  });
});
