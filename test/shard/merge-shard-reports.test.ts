import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../../src/common/errors.js';
import { mutationScore } from '../../src/mutate/score.js';
import { evaluateGate } from '../../src/report/gate.js';
import { renderComment } from '../../src/report/comment-markdown.js';
import type { Report, TargetReport } from '../../src/report/report-types.js';
import { mergeShardReports } from '../../src/shard/merge-shard-reports.js';

const plan = [
  { policy: 'a.json', role: 'ra', shard: 1 },
  { policy: 'b.json', role: 'rb', shard: 2 },
  { policy: 'c.json', role: 'rc', shard: 1 },
];

function target(policy: string, justified: boolean[]): TargetReport {
  return {
    policy,
    role: `r${policy[0]}`,
    baseline: { status: 'passed', calls: [] },
    statements: justified.map((j, index) => ({
      sid: `S${index}`,
      index,
      line: 3 + index,
      effect: 'Allow' as const,
      actions: ['s3:GetObject'],
      resources: ['*'],
      status: j ? ('killed' as const) : ('no-coverage' as const),
      justified: j,
      coveredBy: [],
      findings: [],
      suggestion: null,
    })),
    mutants: [],
    score: (100 * justified.filter(Boolean).length) / justified.length,
    mutantScore: null,
    notes: [],
    durationMs: 10,
  };
}

function shard(index: number, targets: TargetReport[], over: Partial<Report> = {}): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'iam-mutate', version: '0.1.0' },
    targets,
    shard: { index, count: 2, config: 'cfg.yml', configHash: 'sha256:abc', plan },
    ...over,
  };
}

describe('mergeShardReports', () => {
  it('lists every planned target in config order, each from the shard that ran it', () => {
    const merged = mergeShardReports([
      { file: 's2.json', report: shard(2, [target('b.json', [true])]) },
      {
        file: 's1.json',
        report: shard(1, [target('a.json', [true]), target('c.json', [false, true])]),
      },
    ]);
    assert.deepEqual(
      merged.targets.map((t) => t.policy),
      ['a.json', 'b.json', 'c.json'],
    );
    assert.equal(merged.shard?.index, undefined);
    assert.deepEqual(merged.shard?.shards, [
      { index: 1, status: 'reported', durationMs: 20 },
      { index: 2, status: 'reported', durationMs: 10 },
    ]);
    // The run's score (the action's `score` output) is over the statements: 3 of 4 = 75, not
    // the mean of the shards' own scores (100 and 66.67).
    assert.equal(
      mutationScore(merged.targets.flatMap((t) => t.statements.map((s) => s.status))),
      75,
    );
  });

  it('a missing shard: its targets are error rows, the gate is broken and the comment says why', () => {
    const merged = mergeShardReports([
      { file: 's1.json', report: shard(1, [target('a.json', [true]), target('c.json', [true])]) },
    ]);
    const b = merged.targets[1]!;
    assert.equal(b.policy, 'b.json');
    assert.equal(b.role, 'rb');
    assert.equal(b.baseline.status, 'error');
    assert.match(b.baseline.reason ?? '', /shard 2\/2 reported nothing/);
    assert.deepEqual(merged.shard?.shards?.[1], { index: 2, status: 'missing' });
    const gate = evaluateGate(merged, 'unjustified');
    assert.equal(gate.kind, 'broken');
    const comment = renderComment(merged, { configPath: 'cfg.yml', policySources: {} });
    assert.match(comment, /b\.json[\s\S]*shard 2\/2 reported nothing/);
    // Said before any table, with how many targets went unproved.
    assert.match(
      comment,
      /^## ❌[^\n]*\n\n> \[!WARNING\]\n> Shard 2\/2 sent no report [^\n]*its 1 target\(s\)/m,
    );
  });

  it('a shard report that lacks a planned target: an error row, never a silent gap', () => {
    const merged = mergeShardReports([
      { file: 's1.json', report: shard(1, [target('a.json', [true])]) },
      { file: 's2.json', report: shard(2, [target('b.json', [true])]) },
    ]);
    assert.equal(merged.targets[2]!.baseline.status, 'error');
    assert.match(merged.targets[2]!.baseline.reason ?? '', /shard 1\/2's report has no result/);
  });

  const refusals: [string, Report, RegExp][] = [
    [
      'another tool version',
      shard(2, [], { tool: { name: 'iam-mutate', version: '0.2.0' } }),
      /written by iam-mutate 0\.2\.0/,
    ],
    [
      'another config',
      {
        ...shard(2, []),
        shard: { index: 2, count: 2, config: 'cfg.yml', configHash: 'sha256:def', plan },
      },
      /different config/,
    ],
    [
      'another plan',
      {
        ...shard(2, []),
        shard: {
          index: 2,
          count: 2,
          config: 'cfg.yml',
          configHash: 'sha256:abc',
          plan: plan.slice(1),
        },
      },
      /plan assigns the targets differently/,
    ],
    ['the same shard twice', shard(1, []), /shard 1\/2 again/],
    [
      'a report of a run without --shard',
      { schemaVersion: 1, tool: { name: 'iam-mutate', version: '0.1.0' }, targets: [] },
      /not a shard report/,
    ],
  ];
  for (const [what, other, message] of refusals) {
    it(`refuses ${what} (exit 2, naming the file)`, () => {
      assert.throws(
        () =>
          mergeShardReports([
            { file: 's1.json', report: shard(1, []) },
            { file: 'other.json', report: other },
          ]),
        (e: unknown) =>
          e instanceof InputError && message.test(e.message) && /other\.json/.test(e.message),
      );
    });
  }

  it('refuses nothing to merge', () => {
    assert.throws(() => mergeShardReports([]), InputError);
  });
});
