import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  GITHUB_COMMENT_LIMIT,
  commentMarker,
  renderComment,
} from '../../src/report/comment-markdown.js';
import { renderHtmlReport } from '../../src/report/html-report.js';
import type {
  MutantReport,
  Report,
  StatementReport,
  TargetReport,
} from '../../src/report/report-types.js';
import { renderTextSummary } from '../../src/report/text-summary.js';
import {
  FIXTURE_NAMES,
  assertSnapshot,
  loadReportFixture,
  repositoryReport,
} from '../helpers/report-fixtures.js';

function statement(over: Partial<StatementReport>): StatementReport {
  return {
    sid: 'S',
    index: 0,
    line: 1,
    effect: 'Allow',
    actions: ['s3:GetObject'],
    resources: ['arn:aws:s3:::b/*'],
    status: 'killed',
    justified: true,
    deniedAction: 's3:GetObject',
    coveredBy: [],
    findings: [],
    suggestion: null,
    ...over,
  };
}

function target(statements: StatementReport[], over: Partial<TargetReport> = {}): TargetReport {
  return {
    policy: 'policy.json',
    role: 'role',
    baseline: { status: 'passed', calls: [] },
    statements,
    mutants: [],
    score: 100,
    mutantScore: 100,
    notes: [],
    ...over,
  };
}

function report(targets: TargetReport[]): Report {
  return { schemaVersion: 1, tool: { name: 'iam-mutate', version: '0.1.0' }, targets };
}

/** Table rows of the statement tables (the mutant tables have 3 columns). */
function statementRows(md: string): string[] {
  const lines = md.split('\n');
  const rows: string[] = [];
  let inTable = false;
  for (const line of lines) {
    if (line.startsWith('| Sid |')) inTable = true;
    else if (!line.startsWith('|')) inTable = false;
    else if (inTable && !line.startsWith('| ---')) rows.push(line);
  }
  return rows;
}

/** Raw `<`s that are not one of the tags the renderer itself writes. */
function strayMarkup(line: string): string[] {
  return line.replace(/<br>|<\/?code>/g, '').match(/<[^\s]/g) ?? [];
}

describe('renderComment snapshots', () => {
  for (const name of FIXTURE_NAMES) {
    it(`renders the ${name} report`, () => {
      const f = loadReportFixture(name);
      const md = renderComment(repositoryReport(f), {
        configPath: f.configPath,
        policySources: f.policySources,
        ...(f.reportUrl !== undefined && { reportUrl: f.reportUrl }),
      });
      assertSnapshot(f.dir, 'comment.md', md);
    });
  }

  it('shows each unjustified Sid and each wildcard flag in its own row (flawed example)', () => {
    const f = loadReportFixture('flawed');
    const md = renderComment(f.report, { configPath: f.configPath });
    const rows = statementRows(md);
    for (const sid of ['ReadObjects', 'ReadConfigAgain', 'Unused', 'NoQueueDelete']) {
      const row = rows.find((r) => r.includes(`**${sid}**`));
      assert.ok(row, `${sid} has a row`);
      assert.match(row, /❌/);
    }
    const unused = rows.find((r) => r.includes('**Unused**'))!;
    assert.match(unused, /🚩 WILDCARD&#95;RESOURCE/);
    assert.match(unused, /never used by the workload/);
    const wildcard = rows.find((r) => r.includes('S3ReadWrite'))!;
    assert.match(wildcard, /🚩 \*\*S3ReadWrite\*\*/);
    assert.match(wildcard, /SERVICE&#95;WILDCARD/);
  });
});

describe('renderComment wording', () => {
  it('says what a needed Deny let through, never that it is denied', () => {
    const deny = statement({
      sid: 'NoDelete',
      effect: 'Deny',
      actions: ['s3:DeleteObject'],
      deniedAction: null,
      allowedAction: 's3:DeleteObject',
      probe: 'aws s3api delete-object --bucket b --key k',
    });
    const md = renderComment(report([target([deny])]), { configPath: 'c.yml' });
    const row = statementRows(md)[0]!;
    assert.match(
      row,
      /without it, <code>aws s3api delete-object --bucket b --key k<\/code> succeeds: s3:DeleteObject becomes allowed/,
    );
    assert.doesNotMatch(md, /is denied/);
  });

  it('takes the probe from the remove-deny mutant when the row has none', () => {
    const deny = statement({ sid: 'NoDelete', effect: 'Deny', deniedAction: null });
    const mutant: MutantReport = {
      id: 'remove-deny:0',
      mutator: 'remove-deny',
      sid: 'NoDelete',
      index: 0,
      status: 'killed',
      allowedAction: 's3:DeleteObject',
      probe: 'aws s3 rm s3://b/k',
    };
    const md = renderComment(report([target([deny], { mutants: [mutant] })]), {
      configPath: 'c.yml',
    });
    assert.match(
      md,
      /<code>aws s3 rm s3:\/\/b\/k<\/code> succeeds: s3:DeleteObject becomes allowed/,
    );
  });

  it('gives an unverified suggestion its reason from the notes', () => {
    const t = target([statement({})], {
      suggestedPolicy: {
        policy: { Version: '2012-10-17', Statement: [] },
        verified: false,
        score: null,
      },
      notes: ['the suggested policy was not verified: its baseline timed out'],
    });
    const md = renderComment(report([t]), { configPath: 'c.yml' });
    assert.match(
      md,
      /not verified\.\*\* Why: the suggested policy was not verified: its baseline timed out/,
    );
  });

  it("prefers the suggestion's own recorded reason, in the comment, the text and the HTML", () => {
    const t = target([statement({})], {
      suggestedPolicy: {
        policy: { Version: '2012-10-17', Statement: [] },
        verified: false,
        score: null,
        reason: 'its own baseline did not pass (failed: exit 1)',
      },
      notes: ['an unrelated note about the trace'],
    });
    const why = /its own baseline did not pass \(failed: exit 1\)/;
    assert.match(renderComment(report([t]), { configPath: 'c.yml' }), why);
    assert.match(renderTextSummary(report([t])), why);
    assert.match(renderHtmlReport(report([t]), {}), why);
  });

  it('admits when no reason was recorded for an unverified suggestion', () => {
    const t = target([statement({})], {
      suggestedPolicy: { policy: {}, verified: false, score: null },
    });
    assert.match(
      renderComment(report([t]), { configPath: 'c.yml' }),
      /Why: no reason was recorded by the run/,
    );
  });

  it('renders suppressed findings without flagging the row', () => {
    const s = statement({
      findings: [
        { code: 'WILDCARD_RESOURCE', severity: 'warning', message: 'm', suppressed: true } as never,
      ],
    });
    const row = statementRows(renderComment(report([target([s])]), { configPath: 'c' }))[0]!;
    assert.match(row, /\(suppressed\)/);
    assert.doesNotMatch(row, /🚩/);
  });

  it('starts with a hidden marker naming the config', () => {
    const md = renderComment(report([]), { configPath: 'ci/iam mutate.yml' });
    assert.equal(md.split('\n')[0], commentMarker('ci/iam mutate.yml'));
    assert.equal(commentMarker('a-->b'), '<!-- iam-mutate:comment config=a--%3Eb -->');
  });

  it('links the full report only for a plain http(s) URL', () => {
    const ok = renderComment(report([]), { configPath: 'c', reportUrl: 'https://x.test/r/1' });
    assert.match(ok, /\[Full report\]\(<https:\/\/x\.test\/r\/1>\)/);
    const bad = renderComment(report([]), { configPath: 'c', reportUrl: 'javascript:alert(1)' });
    assert.doesNotMatch(bad, /javascript/);
  });
});

describe('renderComment escaping', () => {
  it('keeps a hostile Sid and resource inside their cells, as text', () => {
    const s = statement({
      sid: 'a|b`c<img src=x onerror=alert(1)>\n| x | y |@team #1 $x$ *b* [l](u)',
      resources: ['arn:aws:s3:::b|c/`*`</td>'],
      justified: false,
      status: 'survived',
    });
    const md = renderComment(report([target([s])]), { configPath: 'c' });
    const rows = statementRows(md);
    assert.equal(rows.length, 1);
    const row = rows[0]!;
    assert.equal(row.split('|').length - 1, 8);
    assert.deepEqual(strayMarkup(row), []);
    // Mentions, issue references, math and code spans only work with the raw characters.
    assert.doesNotMatch(row, /`|@|(?<!&)#|\$/);
    assert.match(row, /a&#124;b&#96;c&lt;img src=x onerror=alert\(1\)&gt;<br>&#124; x/);
  });
});

describe('renderComment size', () => {
  const many = (n: number, over: Partial<StatementReport> = {}) =>
    Array.from({ length: n }, (_, i) =>
      statement({
        sid: `Statement${i}`,
        index: i,
        resources: Array.from({ length: 5 }, (_, j) => `arn:aws:s3:::bucket-${i}-${j}/*`),
        ...over,
      }),
    );

  it('degrades step by step: details, then fine rows, then truncation with a count', () => {
    const statements = [
      ...many(40),
      ...many(40, { status: 'survived', justified: false }).map((s, i) => ({
        ...s,
        sid: `Bad${i}`,
        index: 40 + i,
      })),
    ];
    const t = target(statements, {
      mutants: statements.map((s) => ({
        id: `remove-statement:${s.index}`,
        mutator: 'remove-statement' as const,
        sid: s.sid,
        index: s.index,
        status: s.status,
      })),
      suggestedPolicy: {
        policy: { Statement: statements.map((s) => s.sid) },
        verified: true,
        score: 100,
      },
    });
    const r = report([t]);
    const full = renderComment(r, { configPath: 'c' });
    assert.match(full, /<details>/);
    assert.equal(statementRows(full).length, 80);

    const collapsed = renderComment(r, { configPath: 'c', limit: full.length - 1 });
    assert.doesNotMatch(collapsed, /<details>/);
    assert.equal(statementRows(collapsed).length, 80);
    assert.ok(collapsed.length < full.length);

    const attention = renderComment(r, { configPath: 'c', limit: collapsed.length - 1 });
    assert.equal(statementRows(attention).length, 40);
    assert.match(attention, /40 justified statement\(s\) without findings are not listed/);

    const limit = attention.length - 2000;
    const truncated = renderComment(r, { configPath: 'c', limit });
    assert.ok(truncated.length <= limit);
    const shown = statementRows(truncated).length;
    assert.ok(shown > 0 && shown < 40);
    assert.match(truncated, new RegExp(`${40 - shown} row\\(s\\) were left out`));
    assert.match(truncated, /workflow run's artifacts/);
  });

  it('renders any report under the limit with every row keeping its 7 columns', () => {
    const text = fc.string({ unit: 'binary', maxLength: 60 });
    const hostile = fc.oneof(
      text,
      fc.constantFrom('|', '`', '<script>', '\n', '\r\n', '</details>', '```', '&#124;', '\\|'),
    );
    const words = fc.array(fc.oneof(hostile, fc.string({ maxLength: 400 })), { maxLength: 30 });
    const status = fc.constantFrom(
      'killed',
      'killed-other-action',
      'survived',
      'no-coverage',
      'timeout',
      'error',
    ) as fc.Arbitrary<StatementReport['status']>;
    const stmt = fc.record({
      sid: fc.option(hostile),
      index: fc.nat(1000),
      line: fc.nat(1000),
      effect: fc.constantFrom('Allow', 'Deny') as fc.Arbitrary<'Allow' | 'Deny'>,
      actions: words,
      resources: words,
      status,
      justified: fc.constantFrom(true, false, null),
      deniedAction: fc.option(hostile),
      probe: fc.option(hostile, { nil: undefined }),
      coveredBy: fc.array(hostile, { maxLength: 5 }),
      findings: fc.array(
        fc.record({
          code: hostile,
          severity: fc.constantFrom('error', 'warning', 'note') as fc.Arbitrary<
            'error' | 'warning' | 'note'
          >,
          message: hostile,
        }),
        { maxLength: 3 },
      ),
      suggestion: fc.constant(null),
    });
    const tgt = fc.record({
      policy: hostile,
      role: hostile,
      baseline: fc.record({
        status: fc.constantFrom('passed', 'failed', 'timeout', 'error') as fc.Arbitrary<
          'passed' | 'failed' | 'timeout' | 'error'
        >,
        calls: fc.constant([]),
        reason: fc.option(hostile, { nil: undefined }),
      }),
      // Up to ~600 rows with ~30 long resources each: far over the limit at the full level.
      statements: fc.array(stmt, { maxLength: 400, size: 'max' }),
      mutants: fc.constant([]),
      score: fc.option(fc.integer({ min: 0, max: 100 })),
      mutantScore: fc.option(fc.integer({ min: 0, max: 100 })),
      notes: fc.array(fc.oneof(hostile, fc.string({ maxLength: 5000 })), { maxLength: 8 }),
    });
    fc.assert(
      fc.property(fc.array(tgt, { maxLength: 4 }), hostile, (targets, configPath) => {
        const md = renderComment(report(targets as unknown as TargetReport[]), { configPath });
        assert.ok(md.length <= GITHUB_COMMENT_LIMIT, `length ${md.length}`);
        for (const row of statementRows(md)) {
          assert.equal(row.split('|').length - 1, 8, row);
          assert.deepEqual(strayMarkup(row), [], row);
        }
      }),
      { numRuns: 25 },
    );
  });
});
