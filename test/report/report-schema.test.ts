import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import { reportSchema } from '../../src/report/report-schema.js';
import type { Report } from '../../src/report/report-types.js';

const validate = new Ajv({ strict: true, allowUnionTypes: true }).compile(reportSchema);

/** The example of docs/report-format.md, completed with the fields the types require. */
const example: Report = {
  schemaVersion: 1,
  tool: { name: 'iam-mutate', version: '0.1.0' },
  targets: [
    {
      policy: 'policies/lambda-role.json',
      role: 'my-lambda-role',
      baseline: {
        status: 'passed',
        calls: [
          {
            action: 's3:GetObject',
            resource: 'arn:aws:s3:::bucket/config.json',
            decision: 'allow',
            matchedSids: ['GetConfig'],
          },
        ],
      },
      statements: [
        {
          sid: 'GetConfig',
          index: 0,
          line: 4,
          effect: 'Allow',
          actions: ['s3:GetObject'],
          resources: ['arn:aws:s3:::bucket/*'],
          status: 'killed',
          justified: true,
          deniedAction: 's3:GetObject',
          coveredBy: [],
          findings: [{ code: 'IAM001', severity: 'warning', message: '...' }],
          suggestion: null,
        },
      ],
      mutants: [
        {
          id: 'remove-statement:0',
          mutator: 'remove-statement',
          sid: 'GetConfig',
          index: 0,
          status: 'killed',
          deniedAction: 's3:GetObject',
        },
      ],
      score: 100,
      mutantScore: 100,
      notes: [],
    },
  ],
};

describe('report.schema.json', () => {
  it('accepts the example of docs/report-format.md', () => {
    assert.ok(validate(example), JSON.stringify(validate.errors));
  });

  it('rejects an unknown verdict and a missing score', () => {
    const bad = structuredClone(example) as unknown as {
      targets: { statements: { status: string }[]; score?: number }[];
    };
    bad.targets[0]!.statements[0]!.status = 'maybe';
    delete bad.targets[0]!.score;
    assert.equal(validate(bad), false);
  });
});
