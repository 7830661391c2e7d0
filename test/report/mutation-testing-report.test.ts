import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import {
  buildMutationTestingReport,
  renderMutationJson,
} from '../../src/report/mutation-testing-report.js';
import type { MutantReport, Report } from '../../src/report/report-types.js';
import {
  FIXTURE_NAMES,
  assertSnapshot,
  loadReportFixture,
  repositoryReport,
} from '../helpers/report-fixtures.js';

const require = createRequire(import.meta.url);
/** The schema as the package publishes it (draft-07). */
const schema = JSON.parse(
  readFileSync(
    require.resolve('mutation-testing-report-schema/mutation-testing-report-schema.json'),
    'utf8',
  ),
) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

function assertValid(value: unknown): void {
  assert.ok(validate(value), JSON.stringify(validate.errors, null, 2));
}

describe('mutation.json', () => {
  for (const name of FIXTURE_NAMES) {
    it(`is valid and matches its snapshot for the ${name} report`, () => {
      const f = loadReportFixture(name);
      const text = renderMutationJson(repositoryReport(f), f.policySources);
      assertValid(JSON.parse(text));
      assertSnapshot(f.dir, 'mutation.json', text);
    });
  }

  it('has one file per policy, with the policy text as written', () => {
    const f = loadReportFixture('flawed');
    const result = buildMutationTestingReport(f.report, f.policySources);
    assert.deepEqual(Object.keys(result.files), [
      'policies/reader.json',
      'policies/reader-deny.json',
    ]);
    assert.equal(
      result.files['policies/reader.json']!.source,
      f.policySources['policies/reader.json'],
    );
  });

  it('locates each mutant at its statement, action or resource', () => {
    const f = loadReportFixture('flawed');
    const file = buildMutationTestingReport(repositoryReport(f), f.policySources).files[
      'policies/reader-deny.json'
    ]!;
    const lines = file.source.split('\n');
    const text = (id: string) => {
      const m = file.mutants.find((x) => x.id === `policies/reader-deny.json#${id}`)!;
      const { start, end } = m.location;
      if (start.line !== end.line) {
        return [
          lines[start.line - 1]!.slice(start.column - 1),
          ...lines.slice(start.line, end.line - 1),
          lines[end.line - 1]!.slice(0, end.column - 1),
        ].join('\n');
      }
      return lines[start.line - 1]!.slice(start.column - 1, end.column - 1);
    };
    // s3:GetObject was granted by the s3:* element.
    assert.equal(text('remove-action:0:s3:GetObject'), '"s3:*"');
    assert.equal(text('narrow-resource:0:arn:aws:s3:::mutate-e2e/*'), '"arn:aws:s3:::BUCKET/*"');
    const removed = text('remove-deny:2');
    assert.ok(removed.startsWith('{') && removed.endsWith('}'), removed);
    assert.match(removed, /"Sid": "NoQueueDelete"/);
  });

  it('maps every status honestly', () => {
    const base: MutantReport = {
      id: 'x',
      mutator: 'remove-statement',
      sid: 'S',
      index: 0,
      status: 'killed',
    };
    const statuses = [
      ['killed', 'Killed'],
      ['killed-other-action', 'Killed'],
      ['survived', 'Survived'],
      ['no-coverage', 'NoCoverage'],
      ['timeout', 'Timeout'],
      ['error', 'RuntimeError'],
    ] as const;
    const report: Report = {
      schemaVersion: 1,
      tool: { name: 'iam-mutate', version: '0' },
      targets: [
        {
          policy: 'p.json',
          role: 'r',
          baseline: { status: 'passed', calls: [] },
          statements: [],
          mutants: statuses.map(([status], i) => ({
            ...base,
            id: `remove-statement:${i}`,
            status,
            deniedAction: 's3:PutObject',
          })),
          score: null,
          mutantScore: null,
          notes: [],
        },
      ],
    };
    const result = buildMutationTestingReport(report, {});
    assertValid(result);
    const mutants = result.files['p.json']!.mutants;
    assert.deepEqual(
      mutants.map((m) => m.status),
      statuses.map(([, s]) => s),
    );
    assert.match(mutants[1]!.statusReason!, /killed by another action/);
    assert.match(result.files['p.json']!.source, /was not available/);
  });

  it('words a killed remove-deny mutant as what became allowed', () => {
    const f = loadReportFixture('flawed');
    const file = buildMutationTestingReport(f.report, f.policySources).files[
      'policies/reader-deny.json'
    ]!;
    const m = file.mutants.find((x) => x.id.endsWith('#remove-deny:1'))!;
    assert.equal(
      m.statusReason,
      'without it, `aws s3api put-object --bucket mutate-e2e --key probe.txt` succeeds: s3:PutObject becomes allowed (evidence: authz-log)',
    );
  });
});
