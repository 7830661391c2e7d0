import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { Ajv } from 'ajv';
import { runCli } from '../../src/cli/cli.js';
import { reportSchema } from '../../src/report/report-schema.js';
import type { Report, TargetReport } from '../../src/report/report-types.js';
import { captureIo } from '../helpers/capture-io.js';
import { hostEnv, readReport } from '../helpers/run-workspace.js';

/**
 * `iam-mutate run` on the embedded emulator with the real Lambda workload of the example (a
 * Python handler calling S3, KMS, SSM, Secrets Manager, DynamoDB and SNS with boto3), one
 * target per policy variant.
 */
describe('iam-mutate run with the six-service Lambda workload', () => {
  let report: Report;
  let exitCode: number;
  let stderr: string;
  const target = (name: string): TargetReport => {
    const found = report.targets.find((t) => t.policy.endsWith(name));
    assert.ok(found, `target ${name}`);
    return found;
  };
  const verdicts = (t: TargetReport) =>
    Object.fromEntries(t.statements.map((s) => [s.sid, [s.status, s.deniedAction ?? null]]));

  // One run for the whole file, in a hook: every `it` below only reads its report.
  before(async () => {
    const reportDir = mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-lambda-run-'));
    const c = captureIo(process.cwd(), hostEnv());
    exitCode = await runCli(
      [
        'run',
        '--config',
        'test/fixtures/lambda-variants/iam-mutate.yml',
        '--report-dir',
        reportDir,
        '--no-cache',
      ],
      c.io,
    );
    stderr = c.stderr();
    report = readReport(reportDir);
  });

  it('runs every target and writes a report valid against its schema', () => {
    const validate = new Ajv({ strict: true, allowUnionTypes: true }).compile(reportSchema);
    assert.ok(validate(report), JSON.stringify(validate.errors));
    assert.equal(exitCode, 1, 'unjustified statements and a denied baseline fail the gate');
  });

  it('the six-statement least-privilege policy: every statement killed on exactly its action', () => {
    const golden = target('examples/least-privilege/policy.json');
    assert.deepEqual(verdicts(golden), {
      GetConfig: ['killed', 's3:GetObject'],
      DecryptKms: ['killed', 'kms:Decrypt'],
      ReadParam: ['killed', 'ssm:GetParameter'],
      ReadSecret: ['killed', 'secretsmanager:GetSecretValue'],
      WriteEvent: ['killed', 'dynamodb:PutItem'],
      Notify: ['killed', 'sns:Publish'],
    });
    assert.equal(golden.score, 100);
    assert.equal(golden.baseline.calls.length, 6);
    for (const m of golden.mutants)
      assert.equal(m.status, m.predicted, `${m.id}: replay matches the re-run`);
    assert.deepEqual(golden.notes, []);
  });

  it('report.json reads like the policy files: the account and the key id as written', () => {
    // The config substitutes 123456789012 -> 000000000000 and KMS_KEY_ID -> the key setup made.
    const text = JSON.stringify(report);
    assert.ok(!text.includes('000000000000'), 'no emulator account id is left');
    const golden = target('examples/least-privilege/policy.json');
    const decrypt = golden.statements.find((s) => s.sid === 'DecryptKms');
    const key = 'arn:aws:kms:us-east-1:123456789012:key/KMS_KEY_ID';
    assert.deepEqual(decrypt?.resources, [key]);
    assert.deepEqual(decrypt?.usedResources, [key]);
    assert.equal(golden.baseline.calls.find((c) => c.action === 'kms:Decrypt')?.resource, key);
    assert.equal(golden.mutants.find((m) => m.sid === 'DecryptKms')?.deniedAction, 'kms:Decrypt');
    const missing = target('missing.json');
    assert.ok(missing.baseline.calls.every((c) => !c.resource.includes('000000000000')));
  });

  it('an extra statement the workload never uses is no-coverage, without a re-run', () => {
    const extra = target('extra.json');
    assert.deepEqual(verdicts(extra).Unused, ['no-coverage', null]);
    assert.equal(extra.mutants.find((m) => m.sid === 'Unused')?.predicted, undefined);
    assert.equal(extra.statements.find((s) => s.sid === 'Unused')?.suggestion?.statement, null);
  });

  it('two statements granting the same call both survive, each covered by the other', () => {
    const duplicate = target('duplicate.json');
    const bySid = Object.fromEntries(duplicate.statements.map((s) => [s.sid, s]));
    assert.equal(bySid.GetConfig?.status, 'survived');
    assert.deepEqual(bySid.GetConfig?.coveredBy, ['GetConfigAgain']);
    assert.equal(bySid.GetConfigAgain?.status, 'survived');
    assert.deepEqual(bySid.GetConfigAgain?.coveredBy, ['GetConfig']);
    assert.equal(duplicate.suggestedPolicy?.verified, true);
  });

  it('s3:* on * is narrowed to what was used, and the narrowing is verified', () => {
    const broad = target('broad.json');
    const s3All = broad.statements.find((s) => s.sid === 'S3All');
    assert.equal(s3All?.status, 'killed');
    assert.deepEqual(s3All?.usedActions, ['s3:GetObject']);
    assert.deepEqual(s3All?.suggestion, {
      statement: {
        Sid: 'S3All',
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::iam-mvp-config/config.json',
      },
      verified: true,
      reason: 'narrow it to the 1 action(s) and 1 resource(s) the workload used',
    });
    assert.equal(broad.mutants.find((m) => m.mutator === 'narrow-resource')?.status, 'survived');
  });

  it('a failing baseline runs no mutant and shows the denial', () => {
    const missing = target('missing.json');
    assert.equal(missing.baseline.status, 'failed');
    assert.match(
      missing.baseline.reason ?? '',
      /denied sns:Publish on arn:aws:sns:us-east-1:123456789012:iam-mvp-notify/,
    );
    assert.deepEqual(missing.mutants, []);
    assert.ok(
      missing.baseline.calls.some(
        (c) => c.action === 'sns:Publish' && c.decision === 'implicit-deny',
      ),
    );
    assert.match(stderr, /baseline FAILED: denied sns:Publish/);
  });
});
