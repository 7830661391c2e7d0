/**
 * Decisions per second of the policy engine (src/policy) at 6 and 200 statements, side by side
 * with an independent evaluator, @cloud-copilot/iam-simulate (AGPL, devDependency, used only
 * in tests and benchmarks), in the same process and run. Target: at least 20x its throughput.
 *
 * Ours compiles each policy once (as the emulator does on PutRolePolicy) and then evaluates;
 * iam-simulate has no compiled form, so each of its decisions starts from the policy objects.
 * Run: npm run bench -- evaluate
 */
import { runUnsafeSimulation } from '@cloud-copilot/iam-simulate';
import {
  type AuthorizationRequest,
  type PolicySet,
  compilePolicyText,
  evaluateRequest,
} from '../src/policy/index.js';

const ACCOUNT = '111111111111';
const PRINCIPAL = `arn:aws:sts::${ACCOUNT}:assumed-role/app/session`;
const MEASURE_MS = 1000;
const WARMUP_MS = 200;

/** A typical Lambda execution-role policy: six statements, one Deny, some conditions. */
function smallPolicy(): object {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'Logs',
        Effect: 'Allow',
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Resource: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/lambda/app:*`,
      },
      {
        Sid: 'ReadConfig',
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::config-bucket/app/*',
      },
      {
        Sid: 'Table',
        Effect: 'Allow',
        Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query'],
        Resource: `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/Orders`,
      },
      {
        Sid: 'Queue',
        Effect: 'Allow',
        Action: 'sqs:SendMessage',
        Resource: `arn:aws:sqs:us-east-1:${ACCOUNT}:orders-*`,
      },
      {
        Sid: 'Secret',
        Effect: 'Allow',
        Action: 'secretsmanager:GetSecretValue',
        Resource: '*',
        Condition: { StringEquals: { 'aws:ResourceTag/app': 'orders' } },
      },
      {
        Sid: 'NoDeletes',
        Effect: 'Deny',
        Action: ['s3:Delete*', 'dynamodb:DeleteTable'],
        Resource: '*',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ],
  };
}

/** 200 statements of the same shapes over many distinct buckets, tables and queues. */
function largePolicy(): object {
  const statements: object[] = [];
  for (let i = 0; statements.length < 200; i++) {
    const kind = i % 5;
    if (kind === 0) {
      statements.push({
        Sid: `S3Read${i}`,
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:ListBucket'],
        Resource: [`arn:aws:s3:::bucket-${i}`, `arn:aws:s3:::bucket-${i}/*`],
      });
    } else if (kind === 1) {
      statements.push({
        Sid: `Table${i}`,
        Effect: 'Allow',
        Action: ['dynamodb:Get*', 'dynamodb:Query'],
        Resource: `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/table-${i}`,
      });
    } else if (kind === 2) {
      statements.push({
        Sid: `Queue${i}`,
        Effect: 'Allow',
        Action: 'sqs:SendMessage',
        Resource: `arn:aws:sqs:us-east-1:${ACCOUNT}:queue-${i}`,
        Condition: { StringEquals: { 'aws:PrincipalTag/team': `team-${i % 7}` } },
      });
    } else if (kind === 3) {
      statements.push({
        Sid: `Write${i}`,
        Effect: 'Allow',
        Action: 's3:PutObject',
        Resource: `arn:aws:s3:::bucket-${i}/uploads/*`,
        Condition: { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '192.168.0.0/16'] } },
      });
    } else {
      statements.push({
        Sid: `Deny${i}`,
        Effect: 'Deny',
        Action: 's3:DeleteObject',
        Resource: `arn:aws:s3:::bucket-${i}/*`,
        Condition: { StringNotEquals: { 'aws:PrincipalTag/team': 'admins' } },
      });
    }
  }
  return { Version: '2012-10-17', Statement: statements };
}

function requests(statementCount: number): AuthorizationRequest[] {
  const context = {
    'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/app`,
    'aws:PrincipalTag/team': 'team-3',
    'aws:SourceIp': '10.1.2.3',
    'aws:SecureTransport': 'true',
    'aws:ResourceTag/app': 'orders',
  };
  const base = { principal: { arn: PRINCIPAL, accountId: ACCOUNT }, context };
  const n = statementCount > 6 ? 190 : 1;
  const list: [string, string][] = [
    ['s3:GetObject', 'arn:aws:s3:::config-bucket/app/settings.json'],
    ['s3:GetObject', `arn:aws:s3:::bucket-${n - (n % 5)}/key`],
    ['s3:PutObject', `arn:aws:s3:::bucket-${n - (n % 5) + 3}/uploads/file`],
    ['s3:DeleteObject', `arn:aws:s3:::bucket-${n - (n % 5) + 4}/key`],
    ['dynamodb:GetItem', `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/Orders`],
    ['dynamodb:Query', `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/table-${n - (n % 5) + 1}`],
    ['sqs:SendMessage', `arn:aws:sqs:us-east-1:${ACCOUNT}:orders-eu`],
    ['sqs:SendMessage', `arn:aws:sqs:us-east-1:${ACCOUNT}:queue-${n - (n % 5) + 2}`],
    [
      'logs:PutLogEvents',
      `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/lambda/app:log-stream:x`,
    ],
    [
      'secretsmanager:GetSecretValue',
      `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:db-AbCdEf`,
    ],
    ['iam:PassRole', `arn:aws:iam::${ACCOUNT}:role/admin`],
  ];
  return list.map(([action, resource]) => ({ ...base, action, resource }));
}

function measure(run: (i: number) => void): number {
  const warmEnd = performance.now() + WARMUP_MS;
  for (let i = 0; performance.now() < warmEnd; i++) run(i);
  let count = 0;
  const start = performance.now();
  let now = start;
  while (now - start < MEASURE_MS) {
    for (let k = 0; k < 64; k++) run(count++);
    now = performance.now();
  }
  return (count / (now - start)) * 1000;
}

const THEIRS: Record<string, string> = {
  Allowed: 'allow',
  ExplicitlyDenied: 'explicit-deny',
  ImplicitlyDenied: 'implicit-deny',
};

function benchmark(label: string, policy: object): { ours: number; theirs: number; agree: string } {
  const statementCount = (policy as { Statement: unknown[] }).Statement.length;
  const set: PolicySet = {
    identity: [compilePolicyText(JSON.stringify(policy), { id: label, kind: 'identity' })],
  };
  const reqs = requests(statementCount);
  const simulate = (r: AuthorizationRequest) =>
    runUnsafeSimulation(
      {
        request: {
          principal: r.principal.arn,
          action: r.action,
          resource: { resource: r.resource, accountId: ACCOUNT },
          contextVariables: r.context as Record<string, string>,
        },
        identityPolicies: [{ name: label, policy }],
        serviceControlPolicies: [],
        resourceControlPolicies: [],
      },
      {},
    );
  const agreeing = reqs.filter(
    (r) => evaluateRequest(r, set).decision === THEIRS[simulate(r)],
  ).length;
  const ours = measure((i) => evaluateRequest(reqs[i % reqs.length]!, set));
  const theirs = measure((i) => simulate(reqs[i % reqs.length]!));
  return { ours, theirs, agree: `${agreeing}/${reqs.length}` };
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

const rows = [
  { statements: 6, ...benchmark('small', smallPolicy()) },
  { statements: 200, ...benchmark('large', largePolicy()) },
];
console.log('policy evaluation, decisions per second (higher is better)');
console.log('statements | iam-mutate     | iam-simulate | ratio  | same decisions');
for (const r of rows) {
  console.log(
    `${String(r.statements).padStart(10)} | ${fmt(r.ours).padStart(14)} | ${fmt(r.theirs).padStart(12)} | ${(r.ours / r.theirs).toFixed(1).padStart(5)}x | ${r.agree}`,
  );
}
const worst = Math.min(...rows.map((r) => r.ours / r.theirs));
console.log(`target >= 20x: ${worst >= 20 ? 'met' : 'NOT met'} (worst ${worst.toFixed(1)}x)`);
