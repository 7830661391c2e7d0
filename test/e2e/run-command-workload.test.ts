import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import { runCli } from '../../src/cli/cli.js';
import { reportSchema } from '../../src/report/report-schema.js';
import { captureIo } from '../helpers/capture-io.js';
import { fixtureCopy, hostEnv, readRunReport } from '../helpers/run-workspace.js';
import { assertDenyWordsInEveryOutput } from './deny-wording.js';

/**
 * `iam-mutate run` end to end on the embedded emulator with a command workload (boto3 as the
 * role): a setup script, substitutions from its outputs, the baseline, every mutant, and the
 * verdicts in report.json.
 */
describe('iam-mutate run with a command workload', () => {
  it('judges every statement: killed, survived with coveredBy, no-coverage', async () => {
    const dir = fixtureCopy('iam-mutate-e2e-');
    const env = hostEnv();
    const c = captureIo(dir, env);

    const exitCode = await runCli(['run', '--config', 'iam-mutate.yml'], c.io);

    assert.equal(exitCode, 1, `unjustified statements fail the gate\n${c.stderr()}`);
    const report = readRunReport(dir);
    const validate = new Ajv({ strict: true, allowUnionTypes: true }).compile(reportSchema);
    assert.ok(validate(report), JSON.stringify(validate.errors));

    const [target] = report.targets;
    assert.ok(target);
    assert.equal(target.baseline.status, 'passed', target.baseline.reason);
    const bySid = Object.fromEntries(target.statements.map((s) => [s.sid, s]));
    assert.deepEqual(
      Object.fromEntries(
        target.statements.map((s) => [
          s.sid,
          [s.status, s.justified, s.deniedAction ?? null, s.coveredBy],
        ]),
      ),
      {
        ReadObjects: ['survived', false, null, ['ReadConfigAgain']],
        ListBucket: ['killed', true, 's3:ListBucket', []],
        ReadConfigAgain: ['survived', false, null, ['ReadObjects']],
        Unused: ['no-coverage', false, null, []],
      },
    );
    // In the policy file's terms: the config substitutes BUCKET with the bucket setup made.
    assert.deepEqual(bySid.ListBucket?.usedResources, ['arn:aws:s3:::BUCKET']);
    assert.equal(target.score, 25);
    // Every re-run agreed with the replay's prediction.
    for (const m of target.mutants) {
      if (m.predicted !== undefined) assert.equal(m.status, m.predicted, m.id);
    }
    assert.deepEqual(target.notes, []);
    // The narrower policy the trace supports, proved by its own baseline and mutants, shown
    // in the policy file's own terms (BUCKET, not the value setup substituted for it).
    assert.deepEqual(target.suggestedPolicy, {
      verified: true,
      score: 100,
      policy: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'ReadObjects',
            Effect: 'Allow',
            Action: 's3:GetObject',
            Resource: 'arn:aws:s3:::BUCKET/config.json',
          },
          {
            Sid: 'ListBucket',
            Effect: 'Allow',
            Action: 's3:ListBucket',
            Resource: 'arn:aws:s3:::BUCKET',
          },
        ],
      },
    });
    assert.deepEqual(
      target.statements.map((s) => [
        s.sid,
        s.suggestion?.statement === null ? 'remove' : s.suggestion ? 'narrow' : 'keep',
      ]),
      [
        ['ReadObjects', 'narrow'],
        ['ListBucket', 'keep'],
        ['ReadConfigAgain', 'remove'],
        ['Unused', 'remove'],
      ],
    );
    assert.equal(bySid.ReadObjects?.suggestion?.verified, true);
    assert.match(
      c.stderr(),
      /mutant \d+\/\d+ remove-statement ListBucket: killed \(s3:ListBucket denied\)/,
    );
  });

  it('proves Deny statements with probes: needed (killed) or redundant (survived)', async () => {
    const dir = fixtureCopy('iam-mutate-e2e-');
    const env = hostEnv();
    const c = captureIo(dir, env);

    const exitCode = await runCli(['run', '--config', 'iam-mutate-deny.yml'], c.io);

    assert.equal(exitCode, 1, c.stderr());
    const report = readRunReport(dir);
    const [target] = report.targets;
    assert.ok(target);
    assert.deepEqual(
      target.statements.map((s) => [
        s.sid,
        s.effect,
        s.status,
        s.deniedAction ?? null,
        s.allowedAction ?? null,
      ]),
      [
        ['S3ReadWrite', 'Allow', 'killed', 's3:GetObject', null],
        // Without the needed Deny the probe's PutObject is allowed (issue 18: not "denied").
        ['NoWrites', 'Deny', 'killed', null, 's3:PutObject'],
        ['NoQueueDelete', 'Deny', 'survived', null, null],
      ],
    );
    assert.equal(
      target.statements[1]?.probe,
      'aws s3api put-object --bucket mutate-e2e --key probe.txt',
    );
    // The suggestion drops the Deny every probe showed redundant, and keeps the needed one.
    const kept = (target.suggestedPolicy?.policy.Statement as { Sid: string }[]).map((s) => s.Sid);
    assert.deepEqual(kept, ['S3ReadWrite', 'NoWrites']);
    assert.match(c.stderr(), /succeeds: s3:PutObject becomes allowed/);
    assertDenyWordsInEveryOutput(dir, c.stderr());
    assert.deepEqual(
      target.mutants.filter((m) => m.mutator === 'remove-action').map((m) => [m.id, m.status]),
      [
        ['remove-action:0:s3:GetObject', 'killed'],
        ['remove-action:0:s3:ListBucket', 'killed'],
      ],
    );
  });

  it('verify: survivors re-runs only the mutants the replay predicts to survive', async () => {
    const dir = fixtureCopy('iam-mutate-e2e-');
    const c = captureIo(dir, hostEnv());
    await runCli(['run', '--config', 'iam-mutate-survivors.yml'], c.io);
    const report = readRunReport(dir);
    const mutants = report.targets[0]?.mutants ?? [];
    assert.deepEqual(
      mutants.map((m) => [m.id, m.status, m.predicted ?? null, m.rerun ?? null]),
      [
        ['remove-statement:0', 'survived', 'survived', true],
        ['remove-statement:1', 'killed', 'killed', false],
        ['remove-statement:2', 'survived', 'survived', true],
        ['remove-statement:3', 'no-coverage', null, null],
        ['narrow-resource:0:arn:aws:s3:::mutate-e2e/*', 'survived', 'survived', true],
      ],
    );
  });
});
