/**
 * The SARIF builder and `lint --format sarif` output validate against the official SARIF 2.1.0
 * schema (test/helpers/sarif-validator.ts says where it comes from and how it is loaded).
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/cli.js';
import type { CliIo } from '../../src/cli/io.js';
import { buildSarifLog } from '../../src/report/sarif.js';
import { sarifValidator } from '../helpers/sarif-validator.js';

// build/test/report/x.js -> repository root
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

describe('SARIF 2.1.0', () => {
  const validate = sarifValidator();

  test('the builder output validates, with rules, levels, regions and suppressions', () => {
    const log = buildSarifLog(
      { name: 'iam-mutate', version: '0.1.0' },
      [
        {
          id: 'A_RULE',
          title: 'A',
          help: 'help A',
          helpUri: 'https://docs.aws.amazon.com/x.html',
          defaultLevel: 'warning',
        },
        { id: 'B_RULE', title: 'B', help: 'help B', defaultLevel: 'note' },
      ],
      [
        {
          ruleId: 'A_RULE',
          level: 'warning',
          message: 'm1',
          file: 'policies/app.json',
          line: 3,
          column: 7,
        },
        {
          ruleId: 'B_RULE',
          level: 'note',
          message: 'm2',
          file: 'a b/c.json',
          suppressed: { reason: 'ok' },
          properties: { fix: 'f' },
        },
        { ruleId: 'A_RULE', level: 'error', message: 'm3', file: '/abs/p.json', line: 1 },
      ],
    );
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    const run = (log as { runs: { results: { ruleIndex: number; locations: unknown[] }[] }[] })
      .runs[0]!;
    assert.equal(run.results[1]!.ruleIndex, 1);
  });

  test('an invalid log is rejected (the validator is not vacuous)', () => {
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: {} }] }), false);
  });

  test('iam-mutate lint --format sarif validates and has one rule per code with an AWS link', async () => {
    let out = '';
    const io: CliIo = {
      stdout: (t) => (out += t),
      stderr: () => {},
      cwd: repoRoot,
      env: {},
      interactive: false,
    };
    const code = await runCli(
      ['lint', 'test/fixtures/lint/over-broad.json', '--format', 'sarif'],
      io,
    );
    assert.equal(code, 1);
    const log = JSON.parse(out) as {
      runs: {
        tool: { driver: { rules: { id: string; helpUri: string }[] } };
        results: { ruleId: string }[];
      }[];
    };
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    const rules = log.runs[0]!.tool.driver.rules;
    assert.equal(new Set(rules.map((r) => r.id)).size, rules.length);
    assert.ok(rules.every((r) => r.helpUri.startsWith('https://docs.aws.amazon.com/')));
    assert.ok(log.runs[0]!.results.length > 0);
  });
});
