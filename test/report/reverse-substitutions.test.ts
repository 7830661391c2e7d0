import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MutantReport, Report, StatementReport } from '../../src/report/report-types.js';
import { loadReportFixture, repositoryReport, reversedWith } from '../helpers/report-fixtures.js';

describe('reverseSubstitutions', () => {
  it('maps every ARN of the example back to the policy file as written', () => {
    const f = loadReportFixture('justified');
    const kmsKey = f.substitutions.KMS_KEY_ID!;
    const back = repositoryReport(f);
    const text = JSON.stringify(back);
    assert.ok(!text.includes('000000000000'), 'no emulator account id is left');
    assert.ok(!text.includes(kmsKey), 'no key id setup created is left');
    const t = back.targets[0]!;
    const decrypt = t.statements.find((s) => s.sid === 'DecryptKms')!;
    assert.deepEqual(decrypt.resources, ['arn:aws:kms:us-east-1:123456789012:key/KMS_KEY_ID']);
    assert.deepEqual(decrypt.usedResources, ['arn:aws:kms:us-east-1:123456789012:key/KMS_KEY_ID']);
    assert.equal(
      t.baseline.calls.find((c) => c.action === 'kms:Decrypt')!.resource,
      'arn:aws:kms:us-east-1:123456789012:key/KMS_KEY_ID',
    );
    // The statements now read exactly as the policy file does.
    const written = JSON.parse(f.policySources[t.policy]!) as {
      Statement: { Resource: string }[];
    };
    assert.deepEqual(
      t.statements.map((s) => s.resources[0]),
      written.Statement.map((s) => s.Resource),
    );
  });

  it('reverses suggestions, mutant descriptions, notes and reasons; leaves names and probes', () => {
    const statement: StatementReport = {
      sid: 'S-emu-1',
      index: 0,
      line: 1,
      effect: 'Deny',
      actions: ['s3:PutObject'],
      resources: ['arn:aws:s3:::emu-bucket/*'],
      status: 'killed',
      justified: true,
      allowedAction: 's3:PutObject',
      probe: 'aws s3api put-object --bucket emu-bucket --key k',
      coveredBy: [],
      findings: [{ code: 'X', severity: 'note', message: 'about emu-bucket' }],
      suggestion: {
        statement: { Sid: 'S', Resource: ['arn:aws:s3:::emu-bucket/k'] },
        verified: true,
        reason: 'narrow to arn:aws:s3:::emu-bucket/k',
      },
    };
    const mutant: MutantReport = {
      id: 'narrow-resource:0:arn:aws:s3:::emu-bucket/*',
      mutator: 'narrow-resource',
      sid: 'S-emu-1',
      index: 0,
      status: 'survived',
      description: 'narrowed arn:aws:s3:::emu-bucket/* to arn:aws:s3:::emu-bucket/k in S',
    };
    const report: Report = {
      schemaVersion: 1,
      tool: { name: 'iam-mutate', version: '0' },
      targets: [
        {
          policy: 'emu-bucket.json',
          role: 'emu-bucket-role',
          baseline: {
            status: 'failed',
            reason: 'denied s3:GetObject on arn:aws:s3:::emu-bucket/k',
            calls: [
              {
                action: 's3:GetObject',
                resource: 'arn:aws:s3:::emu-bucket/k',
                decision: 'implicit-deny',
                matchedSids: [],
              },
            ],
          },
          statements: [statement],
          mutants: [mutant],
          score: null,
          mutantScore: null,
          notes: ['arn:aws:s3:::emu-bucket/k was never read'],
          suggestedPolicy: {
            policy: { Statement: [{ Resource: 'arn:aws:s3:::emu-bucket/k' }] },
            verified: false,
            score: null,
          },
        },
      ],
    };
    const original = structuredClone(report);
    const t = reversedWith(report, { BUCKET: 'emu-bucket' }).targets[0]!;
    assert.deepEqual(report, original, 'the input is not changed');
    const s = t.statements[0] as StatementReport;
    assert.deepEqual(s.resources, ['arn:aws:s3:::BUCKET/*']);
    assert.deepEqual(s.suggestion!.statement, {
      Sid: 'S',
      Resource: ['arn:aws:s3:::BUCKET/k'],
    });
    assert.equal(s.suggestion!.reason, 'narrow to arn:aws:s3:::BUCKET/k');
    assert.equal(t.baseline.reason, 'denied s3:GetObject on arn:aws:s3:::BUCKET/k');
    assert.equal(t.baseline.calls[0]!.resource, 'arn:aws:s3:::BUCKET/k');
    assert.deepEqual(t.notes, ['arn:aws:s3:::BUCKET/k was never read']);
    assert.deepEqual(t.suggestedPolicy!.policy, {
      Statement: [{ Resource: 'arn:aws:s3:::BUCKET/k' }],
    });
    assert.equal(
      t.mutants[0]!.description,
      'narrowed arn:aws:s3:::BUCKET/* to arn:aws:s3:::BUCKET/k in S',
    );
    // Identifiers and what the user wrote elsewhere stay as they are.
    assert.equal(t.mutants[0]!.id, mutant.id);
    assert.equal(t.policy, 'emu-bucket.json');
    assert.equal(t.role, 'emu-bucket-role');
    assert.equal(s.sid, 'S-emu-1');
    assert.equal(s.probe, 'aws s3api put-object --bucket emu-bucket --key k');
    assert.equal(s.findings[0]!.message, 'about emu-bucket');
  });

  it('keeps a quoted probe command as the user wrote it, in descriptions and notes', () => {
    const probe = 'aws s3api put-object --bucket emu-bucket --key probe.txt';
    const report: Report = {
      schemaVersion: 1,
      tool: { name: 'iam-mutate', version: '0' },
      targets: [
        {
          policy: 'p',
          role: 'r',
          baseline: { status: 'passed', calls: [] },
          statements: [],
          mutants: [
            {
              id: 'remove-deny:1',
              mutator: 'remove-deny',
              sid: 'NoWrites',
              index: 1,
              status: 'killed',
              allowedAction: 's3:PutObject',
              probe,
              description: `removed NoWrites on arn:aws:s3:::emu-bucket/*; probe "${probe}" succeeds`,
            },
          ],
          score: null,
          mutantScore: null,
          notes: [`under it the probe "${probe}" was allowed (arn:aws:s3:::emu-bucket/probe.txt)`],
        },
      ],
    };
    const t = reversedWith(report, { BUCKET: 'emu-bucket' }).targets[0]!;
    assert.equal(
      t.mutants[0]!.description,
      `removed NoWrites on arn:aws:s3:::BUCKET/*; probe "${probe}" succeeds`,
    );
    assert.deepEqual(t.notes, [
      `under it the probe "${probe}" was allowed (arn:aws:s3:::BUCKET/probe.txt)`,
    ]);
  });

  it('replaces the longest value first, once, and skips empty values', () => {
    const report: Report = {
      schemaVersion: 1,
      tool: { name: 'iam-mutate', version: '0' },
      targets: [
        {
          policy: 'p',
          role: 'r',
          baseline: { status: 'passed', calls: [] },
          statements: [],
          mutants: [],
          score: null,
          mutantScore: null,
          notes: ['111122223333 and 1111 and A'],
        },
      ],
    };
    // 'A' -> 'B' and 'B' -> 'A' must not undo each other (one pass).
    const t = reversedWith(report, {
      PROD: '111122223333',
      SHORT: '1111',
      EMPTY: '',
      B: 'A',
    }).targets[0]!;
    assert.deepEqual(t.notes, ['PROD and SHORT and B']);
    assert.deepEqual(reversedWith(report, {}), report);
  });
});
