/**
 * Kills shown by one target's re-runs decide the same mutants of a later target of the same
 * workload (src/mutate/run-target.ts, KillsByWorkload; docs/verdicts.md, "Replay and
 * verification"), against the fake backend: no emulator, no python.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TargetConfig } from '../../src/mutate/config/config-types.js';
import { runTarget, type KillsByWorkload } from '../../src/mutate/run-target.js';
import { preparePolicy } from '../../src/mutate/stages/prepare.js';
import { noSubstitution } from '../../src/mutate/substitute.js';
import { parsePolicy } from '../../src/policy/index.js';
import type { TargetReport } from '../../src/report/report-types.js';
import { calls, fakeBackend, fakeTarget, type FakeBackend } from '../helpers/fake-backend.js';

const BUCKET = 'arn:aws:s3:::b';
const readAndList = calls(['s3:GetObject', `${BUCKET}/config.json`], ['s3:ListBucket', BUCKET]);
const allow = (Sid: string, Action: string, Resource: string) => ({
  Sid,
  Effect: 'Allow',
  Action,
  Resource,
});
// Both statements needed, nothing to narrow: two mutants, both killed by a re-run.
const GOLDEN = [
  allow('Read', 's3:GetObject', `${BUCKET}/config.json`),
  allow('List', 's3:ListBucket', BUCKET),
];
// The same two grants in other words, plus one nothing uses.
const FLAWED = [
  allow('ReadConfig', 's3:GetObject', `${BUCKET}/config.json`),
  allow('ListIt', 's3:ListBucket', BUCKET),
  allow('Unused', 'sqs:SendMessage', '*'),
];

async function run(
  statements: object[],
  backend: FakeBackend,
  killsByWorkload: KillsByWorkload,
  target: Partial<TargetConfig> = {},
): Promise<TargetReport> {
  const text = JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
  const parsed = parsePolicy(text, 'policy.json').value;
  assert.ok(parsed);
  return runTarget({
    target: fakeTarget(target),
    prepared: preparePolicy({ fileText: text, parsed, substitution: noSubstitution }),
    backend,
    verify: 'all',
    index: 0,
    total: 2,
    suggest: false,
    killsByWorkload,
  });
}

function verdicts(report: TargetReport) {
  return report.mutants.map((m) => [m.id, m.status, m.deniedAction ?? null, m.rerun ?? null]);
}

describe('kills shown by an earlier target of the same workload', () => {
  it('decide the later target’s mutants denied first at the same call, without a re-run', async () => {
    const backend = fakeBackend({ workload: readAndList });
    const kills: KillsByWorkload = new Map();
    const golden = await run(GOLDEN, backend, kills);
    assert.deepEqual(verdicts(golden), [
      ['remove-statement:0', 'killed', 's3:GetObject', true],
      ['remove-statement:1', 'killed', 's3:ListBucket', true],
    ]);
    assert.equal(backend.runs.workload, 1 + 2);

    const flawed = await run(FLAWED, backend, kills);
    assert.deepEqual(verdicts(flawed), [
      ['remove-statement:0', 'killed', 's3:GetObject', false],
      ['remove-statement:1', 'killed', 's3:ListBucket', false],
      ['remove-statement:2', 'no-coverage', null, null],
    ]);
    assert.equal(backend.runs.workload, 1 + 2 + 1, 'only the flawed baseline ran');
    assert.deepEqual(
      flawed.statements.map((s) => [s.sid, s.status, s.justified]),
      [
        ['ReadConfig', 'killed', true],
        ['ListIt', 'killed', true],
        ['Unused', 'no-coverage', false],
      ],
    );
  });

  it('are not used for another workload, nor for a baseline that made other calls', async () => {
    const backend = fakeBackend({ workload: readAndList });
    const kills: KillsByWorkload = new Map();
    await run(GOLDEN, backend, kills);
    const before = backend.runs.workload;
    // Another role: the same calls may be answered differently (and the messages name it).
    const otherRole = await run(FLAWED, backend, kills, { role: 'other' });
    assert.deepEqual(
      otherRole.mutants.map((m) => m.rerun ?? null),
      [true, true, null],
    );
    assert.equal(backend.runs.workload, before + 1 + 2);

    // The same workload whose baseline now makes its calls in another order.
    const reordered = fakeBackend({
      workload: calls(['s3:ListBucket', BUCKET], ['s3:GetObject', `${BUCKET}/config.json`]),
    });
    const fresh: KillsByWorkload = new Map();
    await run(GOLDEN, backend, fresh);
    const report = await run(FLAWED, reordered, fresh);
    assert.deepEqual(
      report.mutants.map((m) => m.rerun ?? null),
      [true, true, null],
    );
  });
});
