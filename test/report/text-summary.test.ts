import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Report, StatementReport } from '../../src/report/report-types.js';
import { renderTextSummary } from '../../src/report/text-summary.js';

function statement(sid: string, over: Partial<StatementReport>): StatementReport {
  return {
    sid,
    index: 0,
    line: 1,
    effect: 'Allow',
    actions: [],
    resources: [],
    status: 'killed',
    justified: true,
    coveredBy: [],
    findings: [],
    suggestion: null,
    ...over,
  };
}

describe('renderTextSummary', () => {
  it('prints one row per statement with its evidence, then the score', () => {
    const report: Report = {
      schemaVersion: 1,
      tool: { name: 'iam-mutate', version: '0' },
      targets: [
        {
          policy: 'p.json',
          role: 'r',
          baseline: { status: 'passed', calls: [] },
          statements: [
            statement('GetConfig', { deniedAction: 's3:GetObject' }),
            statement('Twin', { status: 'survived', justified: false, coveredBy: ['GetConfig'] }),
            statement('Unused', { status: 'no-coverage', justified: false }),
          ],
          mutants: [],
          score: 33.33,
          mutantScore: 33.33,
          notes: [],
        },
      ],
    };
    assert.equal(
      renderTextSummary(report),
      [
        'p.json (role r)',
        '  statement  verdict        evidence',
        '  GetConfig  ✓ killed       without it, s3:GetObject is denied',
        '  Twin       ✗ survived     nothing changes without it: GetConfig grants the same calls',
        '  Unused     ✗ no-coverage  the workload never uses it',
        '  score 33.33%; 2 unjustified',
        '',
      ].join('\n'),
    );
  });

  it('says what a probe did for a needed Deny, and why a suggestion is not verified', () => {
    const report: Report = {
      schemaVersion: 1,
      tool: { name: 'iam-mutate', version: '0' },
      targets: [
        {
          policy: 'p.json',
          role: 'r',
          baseline: { status: 'passed', calls: [] },
          statements: [
            statement('NoDelete', {
              effect: 'Deny',
              deniedAction: null,
              allowedAction: 's3:DeleteObject',
              probe: 'aws s3api delete-object --bucket b --key k',
            }),
            statement('NoPolicy', {
              effect: 'Deny',
              status: 'survived',
              justified: false,
              suggestion: {
                statement: null,
                verified: false,
                reason: 'remove it: every probe stays denied without it',
              },
            }),
          ],
          mutants: [],
          score: 50,
          mutantScore: 50,
          notes: [],
          suggestedPolicy: {
            policy: {},
            verified: false,
            score: null,
            reason: 'its own baseline did not pass (timeout: timed out after 1000 ms)',
          },
        },
      ],
    };
    assert.equal(
      renderTextSummary(report),
      [
        'p.json (role r)',
        '  statement  verdict     evidence',
        '  NoDelete   ✓ killed    without it, `aws s3api delete-object --bucket b --key k` succeeds: s3:DeleteObject becomes allowed',
        '  NoPolicy   ✗ survived  nothing becomes allowed without it',
        '  score 50%; 1 unjustified',
        '  suggested policy (NOT verified: its own baseline did not pass (timeout: timed out after 1000 ms)):',
        '    remove NoPolicy',
        '',
      ].join('\n'),
    );
  });
});

describe('renderTextSummary for Deny statements (issue 18)', () => {
  it('says what became allowed without a needed Deny, and why a suggestion is unverified', () => {
    const deny = {
      ...statement('NoDelete', { effect: 'Deny', deniedAction: null }),
      allowedAction: 's3:DeleteObject',
      probe: 'aws s3api delete-object --bucket b --key k',
    };
    const report: Report = {
      schemaVersion: 1,
      tool: { name: 'iam-mutate', version: '0' },
      targets: [
        {
          policy: 'p.json',
          role: 'r',
          baseline: { status: 'passed', calls: [] },
          statements: [
            deny,
            statement('Never', { effect: 'Deny', status: 'no-coverage', justified: false }),
          ],
          mutants: [],
          score: 50,
          mutantScore: 50,
          notes: ['the suggested policy could not be verified: its baseline timed out'],
          suggestedPolicy: {
            policy: {},
            verified: false,
            score: null,
            reason: 'its baseline timed out',
          },
        },
      ],
    };
    const text = renderTextSummary(report);
    assert.match(
      text,
      /without it, `aws s3api delete-object --bucket b --key k` succeeds: s3:DeleteObject becomes allowed/,
    );
    assert.doesNotMatch(text, /is denied/);
    assert.match(text, /no probe exercises this Deny/);
    assert.match(text, /NOT verified: its baseline timed out/);
  });
});
