import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Report } from '../../src/report/report-types.js';
import { renderRunSarif } from '../../src/report/run-sarif.js';
import { sarifValidator } from '../helpers/sarif-validator.js';

const FIXTURES = path.resolve('test/fixtures/reports');
const validate = sarifValidator();

interface SarifResult {
  ruleId: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
  suppressions?: unknown[];
}

function sarifOf(name: string): { report: Report; results: SarifResult[]; log: unknown } {
  const report = JSON.parse(
    readFileSync(path.join(FIXTURES, name, 'report.json'), 'utf8'),
  ) as Report;
  const log = JSON.parse(renderRunSarif(report)) as { runs: { results: SarifResult[] }[] };
  return { report, log, results: log.runs.flatMap((r) => r.results) };
}

describe("a run's results.sarif (issue 12)", () => {
  for (const name of ['justified', 'flawed', 'baseline-failed', 'errors-timeouts']) {
    it(`validates against the SARIF 2.1.0 schema: ${name}`, () => {
      const { log } = sarifOf(name);
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    });
  }

  it('has one UNJUSTIFIED_STATEMENT result per unjustified statement and one per finding, at the policy file', () => {
    const { report, results } = sarifOf('flawed');
    const statements = report.targets.flatMap((t) =>
      t.statements.map((s) => ({ policy: t.policy, s })),
    );
    const unjustified = statements.filter(({ s }) => s.justified === false);
    assert.ok(unjustified.length > 0);
    const unjustifiedResults = results.filter((r) => r.ruleId === 'UNJUSTIFIED_STATEMENT');
    assert.equal(unjustifiedResults.length, unjustified.length);
    for (const { policy, s } of unjustified) {
      assert.ok(
        unjustifiedResults.some(
          (r) =>
            r.locations[0]?.physicalLocation.artifactLocation.uri === policy &&
            r.message.text.includes(s.sid ?? `#${s.index}`),
        ),
        `no SARIF result for unjustified ${policy} ${s.sid}`,
      );
    }
    const findings = statements.flatMap(({ s }) => s.findings);
    for (const f of findings) {
      assert.ok(
        results.some((r) => r.ruleId === f.code),
        `no SARIF result for finding ${f.code}`,
      );
    }
  });

  it('never says a Deny "is denied" (issue 18)', () => {
    const { results } = sarifOf('flawed');
    const denyResults = results.filter((r) => /NoQueueDelete|NoWrites/.test(r.message.text));
    assert.ok(denyResults.length > 0);
    for (const r of denyResults) assert.doesNotMatch(r.message.text, /is denied/);
  });
});
