/**
 * The mutation loop (src/mutate/run-target.ts and its stages) against a fake MutationBackend:
 * no emulator, no python. The fake evaluates the attached policy with the real policy engine
 * and keeps an authorization log, so the replay and the re-runs see the same decisions.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import type { TargetConfig } from '../../src/mutate/config/config-types.js';
import { runTarget, type VerifyMode } from '../../src/mutate/run-target.js';
import { preparePolicy, type LintPolicy } from '../../src/mutate/stages/prepare.js';
import { noSubstitution } from '../../src/mutate/substitute.js';
import { parsePolicy } from '../../src/policy/index.js';
import { reportSchema } from '../../src/report/report-schema.js';
import type { TargetReport } from '../../src/report/report-types.js';
import {
  accessDenied,
  calls,
  fakeBackend,
  fakeTarget,
  type FakeBackend,
} from '../helpers/fake-backend.js';

const validate = new Ajv({ strict: true, allowUnionTypes: true }).compile(reportSchema);
const BUCKET = 'arn:aws:s3:::b';

interface RunOptions {
  verify?: VerifyMode;
  suggest?: boolean;
  target?: Partial<TargetConfig>;
  lintPolicy?: LintPolicy;
}

async function run(
  statements: object[],
  backend: FakeBackend,
  options: RunOptions = {},
): Promise<TargetReport> {
  const text = JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
  const parsed = parsePolicy(text, 'policy.json').value;
  assert.ok(parsed, 'test policy parses');
  const prepared = preparePolicy({
    fileText: text,
    parsed,
    substitution: noSubstitution,
    ...(options.lintPolicy && { lintPolicy: options.lintPolicy }),
  });
  const report = await runTarget({
    target: fakeTarget(options.target),
    prepared,
    backend,
    verify: options.verify ?? 'all',
    index: 0,
    total: 1,
    ...(options.suggest !== undefined && { suggest: options.suggest }),
  });
  assert.ok(
    validate({ schemaVersion: 1, tool: { name: 'iam-mutate', version: '0' }, targets: [report] }),
    JSON.stringify(validate.errors),
  );
  return report;
}

const allow = (Sid: string, Action: string | string[], Resource: string | string[]) => ({
  Sid,
  Effect: 'Allow',
  Action,
  Resource,
});
const deny = (Sid: string, Action: string, Resource: string) => ({
  Sid,
  Effect: 'Deny',
  Action,
  Resource,
});

function row(report: TargetReport, sid: string) {
  const found = report.statements.find((s) => s.sid === sid);
  assert.ok(found, `row ${sid}`);
  return found;
}

const readOnly = calls(['s3:GetObject', `${BUCKET}/config.json`]);
const readAndList = calls(['s3:GetObject', `${BUCKET}/config.json`], ['s3:ListBucket', BUCKET]);

describe('runTarget with a fake backend', () => {
  it('gives every verdict: killed, survived (coveredBy), no-coverage, timeout, error', async () => {
    const backend = fakeBackend({
      workload: (ctx) => {
        if (!ctx.policyText.includes('"Slow"')) return { kind: 'timeout', afterMs: 1000 };
        if (!ctx.policyText.includes('"Flaky"')) {
          return { kind: 'exited', exitCode: 1, stdout: '', stderr: 'Traceback: boom' };
        }
        return calls(
          ['s3:GetObject', `${BUCKET}/config.json`],
          ['s3:ListBucket', BUCKET],
          ['sns:Publish', 'arn:aws:sns:us-east-1:000000000000:t'],
          ['sqs:SendMessage', 'arn:aws:sqs:us-east-1:000000000000:q'],
        )(ctx);
      },
    });
    const report = await run(
      [
        allow('Read', 's3:GetObject', `${BUCKET}/*`),
        allow('ReadAgain', 's3:GetObject', `${BUCKET}/*`),
        allow('List', 's3:ListBucket', BUCKET),
        allow('Unused', 'dynamodb:PutItem', '*'),
        allow('Slow', 'sns:Publish', '*'),
        allow('Flaky', 'sqs:SendMessage', '*'),
      ],
      backend,
      { suggest: false },
    );
    assert.equal(report.baseline.status, 'passed');
    assert.equal(report.baseline.calls.length, 4);
    assert.deepEqual(
      report.statements.map((s) => [s.sid, s.status, s.justified]),
      [
        ['Read', 'survived', false],
        ['ReadAgain', 'survived', false],
        ['List', 'killed', true],
        ['Unused', 'no-coverage', false],
        ['Slow', 'timeout', null],
        ['Flaky', 'error', null],
      ],
    );
    assert.deepEqual(row(report, 'Read').coveredBy, ['ReadAgain']);
    assert.equal(row(report, 'List').deniedAction, 's3:ListBucket');
    assert.deepEqual(row(report, 'List').usedActions, ['s3:ListBucket']);
    assert.equal(row(report, 'Read').line, 4);
    const flaky = report.mutants.find((m) => m.id === 'remove-statement:5');
    assert.match(flaky?.description ?? '', /command exited with 1: Traceback: boom/);
    // 4 justified-or-not decided statements: 1 justified of 4 decided.
    assert.equal(report.score, 25);
    assert.deepEqual(report.notes, [
      'the re-run contradicted the replay for remove-statement:4, remove-statement:5: the workload may not be deterministic',
    ]);
  });

  it('says killed-other-action when the run is denied an action the mutant did not withdraw', async () => {
    const backend = fakeBackend({
      log: false,
      workload: (ctx) =>
        ctx.attempt('s3:GetObject', `${BUCKET}/config.json`)
          ? undefined
          : accessDenied('kms:Decrypt', 'arn:aws:kms:us-east-1:000000000000:key/k'),
    });
    const report = await run([allow('Read', 's3:GetObject', `${BUCKET}/*`)], backend);
    assert.equal(row(report, 'Read').status, 'killed-other-action');
    assert.equal(row(report, 'Read').justified, true);
    assert.equal(row(report, 'Read').deniedAction, 'kms:Decrypt');
    assert.equal(report.mutants[0]?.evidence, 'error-message');
  });

  for (const [verify, workloadRuns, rerun] of [
    ['all', 1 + 3, [true, true, true]],
    ['survivors', 1 + 1, [false, false, true]],
    ['none', 1, [false, false, false]],
  ] as const) {
    it(`verify: ${verify} re-runs ${workloadRuns - 1} of the predicted mutants`, async () => {
      const backend = fakeBackend({ workload: readAndList });
      const report = await run(
        [allow('Read', 's3:GetObject', `${BUCKET}/*`), allow('List', 's3:*', BUCKET)],
        backend,
        { verify, suggest: false },
      );
      assert.equal(backend.runs.workload, workloadRuns);
      assert.deepEqual(
        report.mutants.map((m) => [m.id, m.status, m.predicted, m.rerun]),
        [
          ['remove-statement:0', 'killed', 'killed', rerun[0]],
          ['remove-statement:1', 'killed', 'killed', rerun[1]],
          ['narrow-resource:0:arn:aws:s3:::b/*', 'survived', 'survived', rerun[2]],
        ].map(([id, status, predicted, r]) => [id, status, predicted, r]),
      );
    });
  }

  it('without an authorization log re-runs every mutant and says what it cannot tell', async () => {
    const backend = fakeBackend({ workload: readOnly, log: false });
    const report = await run(
      [allow('Read', 's3:GetObject', `${BUCKET}/*`), allow('Unused', 'sqs:SendMessage', '*')],
      backend,
      { verify: 'none' },
    );
    assert.deepEqual(
      report.statements.map((s) => [s.sid, s.status]),
      [
        ['Read', 'killed'],
        ['Unused', 'survived'],
      ],
    );
    assert.equal(
      report.mutants.every((m) => m.rerun === true && m.predicted === undefined),
      true,
    );
    assert.equal(report.baseline.calls.length, 0);
    assert.match(report.notes[0] ?? '', /keeps no authorization log/);
    assert.equal(report.suggestedPolicy, undefined, 'no trace, no suggestion');
  });

  it('proves Deny statements with probes: needed, redundant, not exercised, not denied', async () => {
    const backend = fakeBackend({
      workload: readOnly,
      probes: {
        'delete-object': ['s3:DeleteObject', `${BUCKET}/config.json`],
        'put-bucket-policy': ['s3:PutBucketPolicy', BUCKET],
      },
    });
    const statements = [
      allow('Objects', ['s3:GetObject', 's3:DeleteObject'], `${BUCKET}/*`),
      deny('NoDelete', 's3:DeleteObject', `${BUCKET}/*`),
      deny('NoBucketPolicy', 's3:PutBucketPolicy', BUCKET),
    ];
    const probes = ['delete-object', 'put-bucket-policy'];
    const report = await run(statements, backend, { target: { probes }, suggest: false });
    assert.deepEqual(
      report.statements.map((s) => [s.sid, s.status, s.justified]),
      [
        ['Objects', 'killed', true],
        ['NoDelete', 'killed', true],
        ['NoBucketPolicy', 'survived', false],
      ],
    );
    const needed = report.mutants.find((m) => m.id === 'remove-deny:1');
    assert.match(needed?.description ?? '', /probe "delete-object" succeeds without it/);
    // What the probe did: without the Deny its DeleteObject is allowed, not denied.
    assert.equal(needed?.deniedAction, undefined);
    assert.equal(needed?.allowedAction, 's3:DeleteObject');
    assert.equal(needed?.probe, 'delete-object');
    assert.equal(row(report, 'NoDelete').deniedAction, null);
    assert.equal(row(report, 'NoDelete').allowedAction, 's3:DeleteObject');
    assert.equal(row(report, 'NoDelete').probe, 'delete-object');
    assert.equal(row(report, 'NoBucketPolicy').allowedAction, undefined);
    // Probes run under the whole policy once, then once under each remove-deny mutant.
    assert.equal(backend.runs.probe, 2 + 2 + 2);

    const unprobed = await run(statements, fakeBackend({ workload: readOnly }), {
      suggest: false,
    });
    assert.equal(row(unprobed, 'NoDelete').status, 'no-coverage');
    assert.match(unprobed.mutants.at(-1)?.description ?? '', /no probe exercises it/);

    const leaky = await run(
      [allow('Objects', ['s3:GetObject', 's3:DeleteObject'], `${BUCKET}/*`)].concat(
        deny('NoBucketPolicy', 's3:PutBucketPolicy', BUCKET),
      ),
      fakeBackend({
        workload: readAndList,
        probes: { 'delete-object': ['s3:DeleteObject', `${BUCKET}/x`] },
      }),
      { target: { probes: ['delete-object'] }, suggest: false },
    );
    assert.equal(row(leaky, 'NoBucketPolicy').status, 'error');
    assert.equal(row(leaky, 'NoBucketPolicy').justified, null);
  });

  it('stops at a failed baseline: no mutant, every row undecided, the reason in notes', async () => {
    const backend = fakeBackend({ workload: readAndList });
    const report = await run([allow('Read', 's3:GetObject', `${BUCKET}/*`)], backend);
    assert.equal(report.baseline.status, 'failed');
    assert.match(report.baseline.reason ?? '', /^denied s3:ListBucket on arn:aws:s3:::b/);
    assert.deepEqual(
      report.baseline.calls.map((c) => c.decision),
      ['allow', 'implicit-deny'],
    );
    assert.deepEqual(report.mutants, []);
    assert.equal(report.score, null);
    assert.deepEqual(
      report.statements.map((s) => [s.status, s.justified]),
      [['error', null]],
    );
    assert.match(report.notes[0] ?? '', /baseline did not pass, so no mutant was run/);
    assert.equal(backend.runs.workload, 1);
  });

  it('reports a baseline that times out or fails for another reason', async () => {
    const slow = await run(
      [allow('Read', 's3:GetObject', '*')],
      fakeBackend({ workload: () => ({ kind: 'timeout', afterMs: 1000 }) }),
    );
    assert.equal(slow.baseline.status, 'timeout');
    assert.equal(slow.baseline.reason, 'timed out after 1000 ms');
    const broken = await run(
      [allow('Read', 's3:GetObject', '*')],
      fakeBackend({
        workload: () => ({ kind: 'exited', exitCode: 2, stdout: '', stderr: 'ImportError: x' }),
      }),
    );
    assert.equal(broken.baseline.status, 'error');
    assert.equal(broken.baseline.reason, 'command exited with 2: ImportError: x');
  });

  it('proves its suggestion from the trace when real re-runs already showed every kill', async () => {
    const backend = fakeBackend({ workload: readAndList });
    const report = await run(
      [
        allow('Read', 's3:*', `${BUCKET}/*`),
        allow('List', 's3:ListBucket', BUCKET),
        allow('Unused', 'sqs:SendMessage', '*'),
      ],
      backend,
    );
    const suggested = report.suggestedPolicy;
    assert.ok(suggested);
    assert.equal(suggested.verified, true);
    assert.equal(suggested.score, 100);
    assert.deepEqual(suggested.policy, {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Read',
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: `${BUCKET}/config.json`,
        },
        { Sid: 'List', Effect: 'Allow', Action: 's3:ListBucket', Resource: BUCKET },
      ],
    });
    assert.deepEqual(row(report, 'Unused').suggestion, {
      statement: null,
      verified: true,
      reason: 'remove it: every call it allows is granted elsewhere or never made',
    });
    assert.equal(row(report, 'Read').suggestion?.reason.startsWith('narrow it to the 1'), true);
    assert.equal(row(report, 'List').suggestion, null);
    // Every call decides as in the baseline under the suggested policy, and the real re-runs of
    // remove-statement:0 and :1 showed the workload fails when GetObject (call 0) or ListBucket
    // (call 1) is denied first: the suggestion's own mutants deny exactly those calls first, so
    // it is proved without attaching it. The baseline and 3 re-run mutants of the original, no more.
    assert.equal(backend.attached.includes(JSON.stringify(suggested.policy, null, 2)), false);
    assert.equal(backend.runs.workload, 1 + 3);
  });

  it('re-runs the suggestion when the trace cannot decide it: a call another statement also granted', async () => {
    // Dup and Read both grant GetObject: removing either alone denies nothing, so no real run
    // showed what the workload does when GetObject is denied. The suggestion keeps one grant,
    // whose removal would deny it: that needs a run, and so does its baseline.
    const backend = fakeBackend({ workload: readAndList });
    const report = await run(
      [
        allow('Read', 's3:GetObject', `${BUCKET}/*`),
        allow('Dup', 's3:GetObject', `${BUCKET}/config.json`),
        allow('List', 's3:ListBucket', BUCKET),
      ],
      backend,
    );
    const suggested = report.suggestedPolicy;
    assert.ok(suggested);
    assert.equal(suggested.verified, true, JSON.stringify(suggested));
    assert.equal(suggested.score, 100);
    assert.ok(backend.attached.includes(JSON.stringify(suggested.policy, null, 2)));
  });

  it('fails closed when the re-run contradicts the trace: a workload that reads its own policy', async () => {
    // The workload calls iam:GetRolePolicy, whose response is the policy itself: equal decisions
    // do not make equal runs, so the suggestion is proved by running it, and that run fails.
    const readsPolicy: Parameters<typeof fakeBackend>[0]['workload'] = (ctx) => {
      const result = calls(
        ['iam:GetRolePolicy', 'arn:aws:iam::000000000000:role/target-role'],
        ['s3:GetObject', `${BUCKET}/config.json`],
      )(ctx);
      if (result === undefined && !ctx.policyText.includes('"Unused"'))
        return { kind: 'exited', exitCode: 1, stdout: '', stderr: 'policy changed' };
      return result;
    };
    const backend = fakeBackend({ workload: readsPolicy });
    const report = await run(
      [
        allow('All', ['s3:GetObject', 'iam:GetRolePolicy'], '*'),
        allow('Unused', 'sqs:SendMessage', '*'),
      ],
      backend,
    );
    assert.equal(report.suggestedPolicy?.verified, false);
    assert.equal(report.suggestedPolicy?.score, null);
  });

  it('marks the suggestion unverified when its own proof does not hold', async () => {
    // A workload that breaks once the unused statement is gone: the suggestion's baseline fails.
    const backend = fakeBackend({
      workload: (ctx) =>
        ctx.policyText.includes('"Unused"')
          ? readAndList(ctx)
          : { kind: 'exited', exitCode: 1, stdout: '', stderr: 'needs Unused' },
    });
    const report = await run(
      [allow('Read', 's3:*', `${BUCKET}/*`), allow('List', 's3:ListBucket', BUCKET)].concat(
        allow('Unused', 'sqs:SendMessage', '*'),
      ),
      backend,
      { verify: 'none' },
    );
    assert.equal(report.suggestedPolicy?.verified, false);
    assert.equal(report.suggestedPolicy?.score, null);
    assert.equal(row(report, 'Unused').suggestion?.verified, false);
  });

  it('runs the mutant of a one-statement policy with no inline policy (IAM refuses an empty one)', async () => {
    const backend = fakeBackend({ workload: readOnly });
    const report = await run([allow('Read', 's3:GetObject', `${BUCKET}/*`)], backend, {
      suggest: false,
    });
    assert.equal(row(report, 'Read').status, 'killed');
    assert.equal(row(report, 'Read').deniedAction, 's3:GetObject');
    assert.equal(backend.current(), undefined);
  });

  it('restores the role policy it found, or deletes the one it put', async () => {
    const before =
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sqs:*","Resource":"*"}]}';
    const kept = fakeBackend({ workload: readAndList, previousPolicy: before });
    await run([allow('All', 's3:*', '*')], kept, { suggest: false });
    assert.equal(kept.current(), before);
    const none = fakeBackend({ workload: readAndList });
    await run([allow('All', 's3:*', '*')], none, { suggest: false });
    assert.equal(none.current(), undefined);
  });

  it('attaches static findings to their statements through the lintPolicy seam', async () => {
    const report = await run([allow('All', 's3:*', '*')], fakeBackend({ workload: readAndList }), {
      suggest: false,
      lintPolicy: (parsed) => [
        {
          statementIndex: parsed.statements.length - 1,
          code: 'TEST001',
          severity: 'warning',
          message: 'wildcard',
        },
      ],
    });
    assert.deepEqual(report.statements[0]?.findings, [
      { code: 'TEST001', severity: 'warning', message: 'wildcard' },
    ]);
  });

  it('a suggestion drops the Deny every probe showed redundant and keeps the needed one', async () => {
    const backend = fakeBackend({
      workload: readOnly,
      probes: {
        'delete-object': ['s3:DeleteObject', `${BUCKET}/config.json`],
        'put-bucket-policy': ['s3:PutBucketPolicy', BUCKET],
      },
    });
    const report = await run(
      [
        allow('Objects', ['s3:GetObject', 's3:DeleteObject'], `${BUCKET}/*`),
        deny('NoDelete', 's3:DeleteObject', `${BUCKET}/*`),
        deny('NoBucketPolicy', 's3:PutBucketPolicy', BUCKET),
      ],
      backend,
      { target: { probes: ['delete-object', 'put-bucket-policy'] } },
    );
    const suggested = report.suggestedPolicy;
    assert.ok(suggested);
    assert.deepEqual(
      (suggested.policy.Statement as { Sid: string }[]).map((s) => s.Sid),
      ['Objects', 'NoDelete'],
    );
    assert.equal(suggested.verified, true, JSON.stringify(suggested));
    assert.deepEqual(row(report, 'NoBucketPolicy').suggestion, {
      statement: null,
      verified: true,
      reason: 'remove it: every probe stays denied without it',
    });
    assert.equal(row(report, 'NoDelete').suggestion, null);
  });

  it('says why it keeps a Deny nothing showed unnecessary, and why a suggestion is unverified', async () => {
    const backend = fakeBackend({
      workload: (ctx) =>
        ctx.policyText.includes('"Unused"') ? readAndList(ctx) : { kind: 'timeout', afterMs: 1000 },
    });
    const report = await run(
      [
        allow('Read', 's3:GetObject', `${BUCKET}/*`),
        allow('List', 's3:ListBucket', BUCKET),
        allow('Unused', 'sqs:SendMessage', '*'),
        deny('NoDelete', 's3:DeleteObject', `${BUCKET}/*`),
      ],
      backend,
      { verify: 'none' },
    );
    const suggested = report.suggestedPolicy;
    assert.ok(suggested);
    assert.equal(suggested.verified, false);
    assert.equal(
      suggested.reason,
      'its own baseline did not pass (timeout: timed out after 1000 ms)',
    );
    assert.deepEqual(report.notes, [
      'the suggested policy is not verified: its own baseline did not pass (timeout: timed out after 1000 ms)',
      'the suggested policy keeps Deny NoDelete: no probe exercises it, so nothing showed it unnecessary',
    ]);
  });
});
