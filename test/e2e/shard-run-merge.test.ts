/**
 * Issue 17 end to end with the CLI in-process on the embedded emulator: a generated repository
 * (test/helpers/synthetic-repo.ts) proved as one run and as four shards merged gives the same
 * verdicts and scores; a shard that never reported is shown, never silently missing; merge
 * refuses reports of another config or tool version. 12 targets keep this fast; the 60-target
 * comparison is `npm run bench -- shard` (bench/shard.ts).
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { runCli } from '../../src/cli/cli.js';
import type { Report, TargetReport } from '../../src/report/report-types.js';
import { captureIo } from '../helpers/capture-io.js';
import { hostEnv, readReport } from '../helpers/run-workspace.js';
import { syntheticRepo, type SyntheticRepo } from '../helpers/synthetic-repo.js';

const TARGETS = 12;
let repo: SyntheticRepo;
let single: Report;
let singleExit: number;
const shardExits: number[] = [];
let planText: string;

/** A target's verdicts, without what differs between runs by design (timing). */
function verdicts(t: TargetReport) {
  const { durationMs: _ignored, ...rest } = t;
  return rest;
}

async function cli(args: string[], dir = repo.dir) {
  const c = captureIo(dir, hostEnv());
  const exit = await runCli(args, c.io);
  return { exit, stdout: c.stdout(), stderr: c.stderr() };
}

describe('sharded runs merged equal one run', { timeout: 600_000 }, () => {
  before(async () => {
    repo = syntheticRepo(TARGETS);
    const one = await cli(['run', '--config', repo.config, '--no-cache', '--report-dir', 'single']);
    singleExit = one.exit;
    single = readReport(path.join(repo.dir, 'single'));
    const plan = await cli(['plan', '--config', repo.config, '--shards', '4']);
    assert.equal(plan.exit, 0, plan.stderr);
    planText = plan.stdout;
    writeFileSync(path.join(repo.dir, 'plan.json'), planText);
    for (let i = 1; i <= 4; i++) {
      const r = await cli([
        'run',
        '--config',
        repo.config,
        '--no-cache',
        '--shard',
        `${i}/4`,
        '--plan',
        'plan.json',
        '--report-dir',
        `shards/shard-${i}`,
      ]);
      shardExits.push(r.exit);
    }
  });

  it('plan prints only the matrix JSON on stdout: four balanced shards covering every target once', () => {
    const matrix = JSON.parse(planText) as { include: { shard: string; targets: string[] }[] };
    assert.deepEqual(
      matrix.include.map((e) => e.shard),
      ['1/4', '2/4', '3/4', '4/4'],
    );
    const all = matrix.include.flatMap((e) => e.targets);
    assert.deepEqual([...all].sort(), [...repo.policies].sort());
    for (const e of matrix.include) assert.equal(e.targets.length, TARGETS / 4);
  });

  it('run --shard without --plan computes the same assignment as plan', async () => {
    const r = await cli([
      'run',
      '--config',
      repo.config,
      '--shard',
      '2/4',
      '--report-dir',
      'recomputed',
    ]);
    assert.ok([0, 1].includes(r.exit), r.stderr);
    const matrix = JSON.parse(planText) as { include: { shard: string; targets: string[] }[] };
    const report = readReport(path.join(repo.dir, 'recomputed'));
    assert.deepEqual(
      report.targets.map((t) => t.policy),
      matrix.include[1]!.targets,
    );
  });

  it('each shard report carries its metadata and per-target timing', () => {
    const report = readReport(path.join(repo.dir, 'shards', 'shard-3'));
    assert.equal(report.shard?.index, 3);
    assert.equal(report.shard?.count, 4);
    assert.equal(report.shard?.config, repo.config);
    assert.match(report.shard?.configHash ?? '', /^sha256:[0-9a-f]{64}$/);
    assert.equal(report.shard?.plan.length, TARGETS);
    for (const t of report.targets) assert.ok(Number.isInteger(t.durationMs), t.policy);
    // Some shards fail their gate on purpose (unjustified, a denied baseline): exit 1, not 3.
    for (const code of shardExits) assert.ok(code === 0 || code === 1, String(shardExits));
  });

  it('merged: the same targets, verdicts and scores as the single run; same gate; every report file', async () => {
    const merged = await cli(['merge', 'shards', '--report-dir', 'merged']);
    assert.equal(merged.exit, singleExit, merged.stderr);
    const report = readReport(path.join(repo.dir, 'merged'));
    assert.deepEqual(report.targets.map(verdicts), single.targets.map(verdicts));
    assert.deepEqual(
      report.shard?.shards?.map((s) => s.status),
      ['reported', 'reported', 'reported', 'reported'],
    );
    for (const f of ['comment.md', 'results.sarif', 'mutation.json', 'report.html']) {
      assert.ok(existsSync(path.join(repo.dir, 'merged', f)), f);
    }
    // The comment of the merged report is the single run's, target for target.
    const strip = (s: string) => s.replace(/<!--[^>]*-->/g, '');
    assert.equal(
      strip(readFileSync(path.join(repo.dir, 'merged', 'comment.md'), 'utf8')),
      strip(readFileSync(path.join(repo.dir, 'single', 'comment.md'), 'utf8')),
    );
    // The failing-on-purpose targets are there: unjustified NeverUsed and a denied baseline.
    assert.ok(
      report.targets.some((t) => t.statements.some((s) => s.sid === 'NeverUsed' && !s.justified)),
    );
    assert.ok(report.targets.some((t) => t.baseline.status === 'failed'));
    // merge remembers every target's duration; the next plan balances by them.
    const timings = JSON.parse(
      readFileSync(path.join(repo.dir, '.iam-mutate-cache', 'timings.json'), 'utf8'),
    ) as Record<string, number>;
    assert.deepEqual(Object.keys(timings).sort(), [...repo.policies].sort());
    const next = await cli(['plan', '--config', repo.config, '--shards', '4']);
    assert.match(next.stderr, /balanced by previous durations/);
  });

  it('a shard that failed or timed out (no report uploaded): its targets are error rows; exit 3', async () => {
    const partial = mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-partial-'));
    for (const i of [1, 2, 4]) {
      cpSync(path.join(repo.dir, 'shards', `shard-${i}`), path.join(partial, `shard-${i}`), {
        recursive: true,
      });
    }
    const r = await cli(['merge', partial, '--report-dir', 'merged-partial']);
    assert.equal(r.exit, 3, r.stderr);
    assert.match(r.stderr, /MISSING: 3\/4/);
    const comment = readFileSync(path.join(repo.dir, 'merged-partial', 'comment.md'), 'utf8');
    const matrix = JSON.parse(planText) as { include: { shard: string; targets: string[] }[] };
    for (const policy of matrix.include[2]!.targets) {
      assert.match(
        comment,
        new RegExp(`${policy.replace(/[.]/g, '\\.')}[\\s\\S]*?shard 3/4 reported nothing`),
      );
    }
    const report = readReport(path.join(repo.dir, 'merged-partial'));
    assert.equal(report.targets.length, TARGETS);
  });

  it('refuses reports of another tool version or config: exit 2, nothing written', async () => {
    for (const [what, edit, message] of [
      [
        'version',
        (r: Report) => ({ ...r, tool: { ...r.tool, version: '9.9.9' } }),
        /iam-mutate 9\.9\.9/,
      ],
      [
        'config',
        (r: Report) => ({ ...r, shard: { ...r.shard!, configHash: `sha256:${'0'.repeat(64)}` } }),
        /different config/,
      ],
    ] as const) {
      const dir = mkdtempSync(path.join(os.tmpdir(), `iam-mutate-mismatch-${what}-`));
      cpSync(path.join(repo.dir, 'shards'), dir, { recursive: true });
      const file = path.join(dir, 'shard-4', 'report.json');
      writeFileSync(file, JSON.stringify(edit(JSON.parse(readFileSync(file, 'utf8')) as Report)));
      const out = `merged-${what}`;
      const r = await cli(['merge', dir, '--report-dir', out]);
      assert.equal(r.exit, 2, r.stderr);
      assert.match(r.stderr, message);
      assert.match(r.stderr, /shard-4\/report\.json/);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
      assert.ok(!existsSync(path.join(repo.dir, out)), 'nothing written');
    }
  });

  it('bad --shard values and flag combinations exit 2 with a clear message', async () => {
    for (const [args, message] of [
      [['--shard', '5/4'], /index must be 1 to 4/],
      [['--shard', '0/4'], /index must be 1 to 4/],
      [['--shard', 'two'], /must be I\/N/],
      [['--plan', 'plan.json'], /only go with --shard/],
      [['--shard', '1/3', '--plan', 'plan.json'], /has 4 shards/],
      [['--shard', '1/4', '--only', 'x.json'], /cannot be combined/],
    ] as const) {
      const r = await cli(['run', '--config', repo.config, ...args]);
      assert.equal(r.exit, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, message);
    }
  });
});
