/** Suppressed findings are kept and marked, never dropped; report rows get their findings. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  applySuppressions,
  ignoreEntriesFor,
  lintPolicyText,
  statementFindings,
} from '../../src/lint/index.js';
import { parsePolicy } from '../../src/policy/index.js';
import { evaluateGate } from '../../src/report/gate.js';

const TEXT = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'ReadAll', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
      { Sid: 'Ok', Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/*' },
    ],
  },
  null,
  2,
);

describe('suppressions', () => {
  test('a matching entry marks the finding with its reason; others stay as they are', () => {
    const { findings } = lintPolicyText(TEXT, 'policies/app.json');
    const out = applySuppressions(findings, [
      {
        policy: './policies/app.json',
        sid: 'ReadAll',
        code: 'WILDCARD_RESOURCE',
        reason: 'dynamic',
      },
    ]);
    assert.equal(out.length, findings.length, 'nothing dropped');
    const wr = out.find((f) => f.code === 'WILDCARD_RESOURCE')!;
    assert.equal(wr.suppressed, true);
    assert.equal(wr.reason, 'dynamic');
    assert.ok(out.filter((f) => f.code !== 'WILDCARD_RESOURCE').every((f) => !f.suppressed));
  });

  test('an entry for another policy file does not apply', () => {
    const { findings } = lintPolicyText(TEXT, 'policies/app.json');
    const out = applySuppressions(findings, [{ policy: 'policies/other.json', reason: 'x' }]);
    assert.ok(out.every((f) => !f.suppressed));
  });

  test('statementFindings puts findings on their statement row, suppressed ones marked', () => {
    const parsed = parsePolicy(TEXT, 'policies/app.json').value!;
    const ignore = ignoreEntriesFor(
      [{ policy: 'policies/app.json', code: 'DATA_EXFILTRATION', reason: 'reads config' }],
      'policies/app.json',
    );
    const all = statementFindings(parsed, ignore);
    const row0 = all.filter((f) => f.statementIndex === 0);
    assert.ok(
      row0.some((f) => f.code === 'WILDCARD_RESOURCE' && !f.suppressed && f.sid === 'ReadAll'),
    );
    assert.ok(
      row0.some(
        (f) => f.code === 'DATA_EXFILTRATION' && f.suppressed && f.reason === 'reads config',
      ),
    );
    assert.deepEqual(
      all.filter((f) => f.statementIndex === 1),
      [],
    );
  });

  test('suppressed findings do not fail --fail-on finding', () => {
    const finding = {
      code: 'X',
      severity: 'warning' as const,
      message: 'm',
      suppressed: true,
      reason: 'r',
    };
    const report = {
      targets: [
        {
          policy: 'p.json',
          baseline: { status: 'passed' },
          statements: [{ justified: true, status: 'killed', findings: [finding] }],
        },
      ],
    };
    const gate = evaluateGate(report as never, 'finding');
    assert.equal(gate.kind, 'pass');
  });
});
