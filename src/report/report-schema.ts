/**
 * JSON Schema of report.json; published as schema/report.schema.json by
 * scripts/write-schemas.ts. Kept beside report-types.ts, which it mirrors.
 */
const statuses = ['killed', 'killed-other-action', 'survived', 'no-coverage', 'timeout', 'error'];
const mutators = ['remove-statement', 'remove-action', 'narrow-resource', 'remove-deny'];
const evidence = ['authz-log', 'response-envelope', 'error-message'];
const strings = { type: 'array', items: { type: 'string' } } as const;

const finding = {
  type: 'object',
  additionalProperties: false,
  required: ['code', 'severity', 'message'],
  properties: {
    code: { type: 'string' },
    severity: { enum: ['error', 'warning', 'note'] },
    message: { type: 'string' },
    sid: { type: 'string' },
    line: { type: 'integer', minimum: 1 },
    column: { type: 'integer', minimum: 1 },
    fix: { type: 'string' },
    suppressed: { type: 'boolean' },
    reason: { type: 'string' },
  },
} as const;

const call = {
  type: 'object',
  additionalProperties: false,
  required: ['action', 'resource', 'decision', 'matchedSids'],
  properties: {
    action: { type: 'string' },
    resource: { type: 'string' },
    decision: { enum: ['allow', 'explicit-deny', 'implicit-deny'] },
    matchedSids: strings,
  },
} as const;

const statement = {
  type: 'object',
  additionalProperties: false,
  required: [
    'sid',
    'index',
    'line',
    'effect',
    'actions',
    'resources',
    'status',
    'justified',
    'coveredBy',
    'findings',
    'suggestion',
  ],
  properties: {
    sid: { type: ['string', 'null'] },
    index: { type: 'integer', minimum: 0 },
    line: { type: 'integer', minimum: 1 },
    effect: { enum: ['Allow', 'Deny'] },
    actions: strings,
    resources: strings,
    status: { enum: statuses },
    justified: { type: ['boolean', 'null'] },
    deniedAction: { type: ['string', 'null'] },
    coveredBy: strings,
    usedActions: strings,
    usedResources: strings,
    findings: { type: 'array', items: finding },
    suggestion: {
      oneOf: [
        { type: 'null' },
        {
          type: 'object',
          additionalProperties: false,
          required: ['statement', 'verified', 'reason'],
          properties: {
            statement: { type: ['object', 'null'] },
            verified: { type: 'boolean' },
            reason: { type: 'string' },
          },
        },
      ],
    },
  },
} as const;

const mutant = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'mutator', 'sid', 'index', 'status'],
  properties: {
    id: { type: 'string' },
    mutator: { enum: mutators },
    sid: { type: ['string', 'null'] },
    index: { type: 'integer', minimum: 0 },
    status: { enum: statuses },
    deniedAction: { type: 'string' },
    evidence: { enum: evidence },
    predicted: { enum: statuses },
    rerun: { type: 'boolean' },
    description: { type: 'string' },
  },
} as const;

export const reportSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/org/iam-mutate/schema/report.schema.json',
  title: 'iam-mutate report.json',
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'tool', 'targets'],
  properties: {
    schemaVersion: { const: 1 },
    tool: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'version'],
      properties: { name: { const: 'iam-mutate' }, version: { type: 'string' } },
    },
    targets: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: [
          'policy',
          'role',
          'baseline',
          'statements',
          'mutants',
          'score',
          'mutantScore',
          'notes',
        ],
        properties: {
          policy: { type: 'string' },
          role: { type: 'string' },
          baseline: {
            type: 'object',
            additionalProperties: false,
            required: ['status', 'calls'],
            properties: {
              status: { enum: ['passed', 'failed', 'timeout', 'error'] },
              calls: { type: 'array', items: call },
              reason: { type: 'string' },
            },
          },
          statements: { type: 'array', items: statement },
          mutants: { type: 'array', items: mutant },
          score: { type: ['number', 'null'], minimum: 0, maximum: 100 },
          mutantScore: { type: ['number', 'null'], minimum: 0, maximum: 100 },
          notes: strings,
          suggestedPolicy: {
            type: 'object',
            additionalProperties: false,
            required: ['policy', 'verified', 'score'],
            properties: {
              policy: { type: 'object' },
              verified: { type: 'boolean' },
              score: { type: ['number', 'null'] },
            },
          },
        },
      },
    },
  },
} as const;
