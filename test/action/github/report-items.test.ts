import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  annotationsFromReport,
  reviewItemsFromReport,
} from '../../../src/action/github/report-items.js';
import type { Report, StatementReport } from '../../../src/report/report-types.js';

const row = (over: Partial<StatementReport>): StatementReport => ({
  sid: 'S',
  index: 0,
  line: 4,
  effect: 'Allow',
  actions: ['s3:GetObject'],
  resources: ['*'],
  status: 'killed',
  justified: true,
  coveredBy: [],
  findings: [],
  suggestion: null,
  ...over,
});
const report: Report = {
  schemaVersion: 1,
  tool: { name: 'iam-mutate', version: '0.1.0' },
  targets: [
    {
      policy: 'policies/app.json',
      role: 'app',
      baseline: { status: 'passed', calls: [] },
      statements: [
        row({ sid: 'Read', index: 0 }),
        row({ sid: 'Unused', index: 1, status: 'survived', justified: false, coveredBy: ['Read'] }),
        row({
          sid: 'Wide',
          index: 2,
          findings: [{ code: 'IAM001', severity: 'warning', message: 'wildcard resource' }],
          suggestion: {
            statement: {
              Sid: 'Wide',
              Effect: 'Allow',
              Action: 's3:GetObject',
              Resource: 'arn:aws:s3:::b/*',
            },
            verified: true,
            reason: '',
          },
        }),
        row({ sid: null, index: 3, status: 'timeout', justified: null }),
      ],
      mutants: [],
      score: 50,
      mutantScore: 50,
      notes: [],
    },
  ],
};
const text = `{\n  "Version": "2012-10-17",\n  "Statement": [\n${['Read', 'Unused', 'Wide', 'X'].map((s) => `    {\n      "Sid": "${s}",\n      "Effect": "Allow",\n      "Action": "s3:GetObject",\n      "Resource": "*"\n    }`).join(',\n')}\n  ]\n}\n`;

describe('report rows to review items and annotations', () => {
  it('reviews unjustified statements (removal) and flagged ones with a verified narrower statement', () => {
    const items = reviewItemsFromReport(report);
    assert.deepEqual(
      items.map((i) => [i.sid, i.index, i.fix === null ? 'remove' : 'narrow']),
      [
        ['Unused', 1, 'remove'],
        ['Wide', 2, 'narrow'],
      ],
    );
    assert.match(
      items[0]!.message,
      /^❌ \*\*Statement Unused is unjustified\*\*: .*also granted by Read/,
    );
  });

  it('annotates the statements’ full line ranges; undecided statements get a notice, never silence', () => {
    const a = annotationsFromReport(report, (p) => (p === 'policies/app.json' ? text : undefined));
    assert.deepEqual(
      a.map((x) => [x.level, x.title, x.startLine, x.endLine]),
      [
        ['failure', 'Statement Unused is unjustified', 10, 15],
        ['warning', 'IAM001 Statement Wide', 16, 21],
        ['notice', 'Statement #4 could not be verified', 22, 27],
      ],
    );
    const fallback = annotationsFromReport(report, () => undefined);
    assert.deepEqual([fallback[0]!.startLine, fallback[0]!.endLine], [4, 4]);
  });
});
