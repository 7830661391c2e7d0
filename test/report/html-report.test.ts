import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import elements from '../../src/report/mutation-elements.generated.json' with { type: 'json' };
import { escapeHtml, renderHtmlReport } from '../../src/report/html-report.js';
import { buildMutationTestingReport } from '../../src/report/mutation-testing-report.js';
import { REPORT_FILE_NAMES, renderReports } from '../../src/report/render-all.js';
import { renderRunSarif } from '../../src/report/run-sarif.js';
import { renderComment } from '../../src/report/comment-markdown.js';
import { renderMutationJson } from '../../src/report/mutation-testing-report.js';
import type { Report } from '../../src/report/report-types.js';
import { FIXTURE_NAMES, loadReportFixture, repositoryReport } from '../helpers/report-fixtures.js';
// @ts-expect-error -- a plain .mjs script without types; it exports reportAssets().
import { reportAssets } from '../../../scripts/generate-report-assets.mjs';

/** The JSON the page hands to the elements app. */
function embeddedReport(html: string): unknown {
  const match = /\.report = (.*);\n<\/script>/.exec(html);
  assert.ok(match, 'the page sets the app report');
  return JSON.parse(match[1]!);
}

describe('report.html', () => {
  for (const name of FIXTURE_NAMES) {
    it(`is one self-contained page for the ${name} report`, () => {
      const f = loadReportFixture(name);
      const report = repositoryReport(f);
      const html = renderHtmlReport(report, f.policySources);
      // Nothing is fetched: no external scripts, styles, images or frames.
      assert.doesNotMatch(html, /<(script|link|img|iframe)[^>]+(src|href)=/i);
      assert.ok(html.includes(elements.script), 'the elements bundle is inlined whole');
      assert.equal((html.match(/<\/script>/g) ?? []).length, 2);
      assert.deepEqual(
        embeddedReport(html),
        JSON.parse(JSON.stringify(buildMutationTestingReport(report, f.policySources))),
      );
      for (const t of report.targets) {
        assert.ok(html.includes(`<code>${escapeHtml(t.policy)}</code>`));
        for (const s of t.statements) if (s.sid) assert.ok(html.includes(escapeHtml(s.sid)));
      }
    });
  }

  it('words the needed Deny as what became allowed', () => {
    const f = loadReportFixture('flawed');
    const html = renderHtmlReport(f.report, f.policySources);
    assert.match(
      html,
      /without it, <code>aws s3api put-object --bucket mutate-e2e --key probe\.txt<\/code> succeeds: s3:PutObject becomes allowed/,
    );
    assert.match(html, /Why: the suggested policy was not verified/);
  });

  it('escapes policy text in the header and in the embedded JSON', () => {
    const hostile = '</script><img src=x onerror=alert(1)>';
    const report: Report = {
      schemaVersion: 1,
      tool: { name: 'iam-mutate', version: '0' },
      targets: [
        {
          policy: hostile,
          role: 'r',
          baseline: { status: 'passed', calls: [] },
          statements: [
            {
              sid: hostile,
              index: 0,
              line: 1,
              effect: 'Allow',
              actions: [hostile],
              resources: [hostile],
              status: 'survived',
              justified: false,
              coveredBy: [hostile],
              findings: [],
              suggestion: null,
            },
          ],
          mutants: [
            {
              id: hostile,
              mutator: 'remove-statement',
              sid: hostile,
              index: 0,
              status: 'survived',
            },
          ],
          score: 0,
          mutantScore: 0,
          notes: [hostile],
        },
      ],
    };
    const html = renderHtmlReport(report, { [hostile]: `{"Statement":[{"Sid":"${hostile}"}]}` });
    assert.doesNotMatch(html, /<img/);
    assert.equal((html.match(/<\/script>/g) ?? []).length, 2);
    assert.equal(
      (embeddedReport(html) as { files: Record<string, unknown> }).files[hostile] !== undefined,
      true,
    );
  });

  it('inlines the installed mutation-testing-elements (regenerate with scripts/generate-report-assets.mjs)', () => {
    const installed = reportAssets() as typeof elements;
    assert.equal(elements.version, installed.version);
    assert.ok(elements.script === installed.script, 'generated bundle is stale');
    assert.equal(elements.license, 'Apache-2.0');
  });
});

describe('renderReports', () => {
  it('renders every file a run writes from one report', () => {
    const f = loadReportFixture('flawed');
    const options = {
      policySources: f.policySources,
      configPath: f.configPath,
      reportUrl: 'https://example.test/run/1',
    };
    const files = renderReports(f.report, options);
    assert.deepEqual(Object.keys(files), [...REPORT_FILE_NAMES]);
    assert.deepEqual(JSON.parse(files['report.json']), f.report);
    assert.equal(files['results.sarif'], renderRunSarif(f.report));
    assert.equal(files['comment.md'], renderComment(f.report, options));
    assert.equal(files['mutation.json'], renderMutationJson(f.report, f.policySources));
    assert.equal(files['report.html'], renderHtmlReport(f.report, f.policySources));
  });
});
