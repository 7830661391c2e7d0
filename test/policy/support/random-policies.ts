/**
 * Seeded generator of (policies, request) pairs over a small universe, so that random policies
 * actually hit the requests often enough to exercise every branch. Shared by the differential
 * and property tests; deterministic for a given seed.
 */

export interface Rng {
  next(): number;
  int(n: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
}

export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    // mulberry32
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: (list) => list[int(list.length)]!, chance: (p) => next() < p };
}

export const ACCOUNT = '111111111111';
export const OTHER_ACCOUNT = '222222222222';

export const PRINCIPALS = [
  {
    arn: `arn:aws:iam::${ACCOUNT}:user/alice`,
    username: 'alice',
    principalArn: `arn:aws:iam::${ACCOUNT}:user/alice`,
  },
  {
    arn: `arn:aws:sts::${ACCOUNT}:assumed-role/app/sess1`,
    principalArn: `arn:aws:iam::${ACCOUNT}:role/app`,
  },
] as const;

export const ACTION_RESOURCES: Record<string, readonly string[]> = {
  's3:GetObject': [
    'arn:aws:s3:::bucket-a/alice/file.txt',
    'arn:aws:s3:::bucket-a/shared/doc',
    'arn:aws:s3:::bucket-b/x:y',
    // Another partition (China Regions): only aws-cn patterns and `arn:*` match it.
    'arn:aws-cn:s3:::bucket-a/alice/file.txt',
  ],
  's3:PutObject': ['arn:aws:s3:::bucket-a/alice/file.txt', 'arn:aws:s3:::bucket-b/x:y'],
  's3:ListBucket': ['arn:aws:s3:::bucket-a', 'arn:aws:s3:::bucket-b'],
  'dynamodb:GetItem': [
    `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/Users`,
    `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/Orders`,
  ],
  'dynamodb:PutItem': [`arn:aws:dynamodb:us-west-2:${ACCOUNT}:table/Users`],
  'sqs:SendMessage': [
    `arn:aws:sqs:us-east-1:${ACCOUNT}:queue-1`,
    `arn:aws:sqs:us-east-1:${ACCOUNT}:queue-22`,
    `arn:aws-us-gov:sqs:us-gov-west-1:${ACCOUNT}:queue-1`,
  ],
  'ec2:DescribeInstances': ['*'],
  'kms:Decrypt': [`arn:aws:kms:us-east-1:${ACCOUNT}:key/k1`],
  'sts:AssumeRole': [`arn:aws:iam::${ACCOUNT}:role/target`],
  'sts:TagSession': [`arn:aws:iam::${ACCOUNT}:role/target`],
};

const ACTION_PATTERNS = [
  ...Object.keys(ACTION_RESOURCES),
  's3:getobject',
  'S3:PUTOBJECT',
  's3:Get*',
  's3:*Object',
  's3:?utObject',
  's3:List*',
  'dynamodb:*',
  'dynamodb:Get*',
  'sqs:Send*',
  'ec2:Describe*',
  'kms:*',
  'sts:AssumeRole',
  '*',
  // Whitespace inside an action, as in AWS managed policies ("amplifybackend: *").
  's3: GetObject',
];

const RESOURCE_PATTERNS = [
  '*',
  'arn:aws:s3:::bucket-a/*',
  'arn:aws:s3:::bucket-a/${aws:username}/*',
  'arn:aws:s3:::bucket-?',
  'arn:aws:s3:::bucket-a',
  'arn:aws:s3:::*',
  'arn:aws:s3:::bucket-b/x:*',
  'arn:aws:s3:::bucket-a/shared/doc',
  'arn:aws:s3:::bucket-a/*/file.txt',
  `arn:aws:dynamodb:*:${ACCOUNT}:table/U*`,
  'arn:aws:dynamodb:us-east-1:*:table/*',
  'arn:aws:dynamodb:us-*:*:table/Orders',
  'arn:aws:sqs:*:*:queue-?',
  `arn:aws:sqs:us-east-1:${ACCOUNT}:*`,
  'arn:aws:*:*:*:*',
  `arn:aws:kms:*:${ACCOUNT}:key/*`,
  `arn:aws:iam::${ACCOUNT}:role/*`,
  // Short ARNs with a trailing *, as in AWS managed policies ("arn:aws:rds:*").
  'arn:aws:sqs:*',
  'arn:aws:s3:*',
  // Partitions other than aws (IAM User Guide, reference-arns.html).
  'arn:aws-cn:s3:::bucket-a/*',
  'arn:*:s3:::bucket-a/*',
  'arn:aws-us-gov:sqs:*',
  `arn:aws-us-gov:sqs:*:${ACCOUNT}:queue-?`,
];

type ConditionTemplate = [operator: string, key: string, values: readonly (readonly string[])[]];

const CONDITIONS: readonly ConditionTemplate[] = [
  ['StringEquals', 'aws:username', [['alice'], ['bob'], ['bob', 'alice']]],
  ['StringNotEquals', 'aws:username', [['bob'], ['alice']]],
  ['StringNotEquals', 's3:prefix', [['${aws:username}/']]],
  ['StringLike', 's3:prefix', [['home/*'], ['h?me/*', 'x']]],
  ['StringNotLike', 's3:prefix', [['secret*']]],
  ['StringEqualsIgnoreCase', 'aws:PrincipalTag/team', [['DEV'], ['ops']]],
  ['StringNotEqualsIgnoreCase', 'aws:PrincipalTag/team', [['DEV']]],
  ['StringEquals', 'aws:PrincipalTag/team', [['${aws:username}'], ['dev']]],
  ['NumericLessThan', 's3:max-keys', [['10']]],
  ['NumericGreaterThanEquals', 's3:max-keys', [['5'], ['7', '20']]],
  ['NumericEquals', 's3:max-keys', [['7']]],
  ['NumericNotEquals', 's3:max-keys', [['7']]],
  ['DateGreaterThan', 'aws:CurrentTime', [['2026-01-01T00:00:00Z']]],
  ['DateLessThan', 'aws:CurrentTime', [['2025-06-01T00:00:00Z']]],
  ['DateLessThanEquals', 'aws:CurrentTime', [['2026-05-01T00:00:00Z']]],
  ['Bool', 'aws:SecureTransport', [['true'], ['false']]],
  ['BoolIfExists', 'aws:MultiFactorAuthPresent', [['false'], ['true']]],
  ['IpAddress', 'aws:SourceIp', [['10.0.0.0/8', '2001:db8::/32'], ['192.0.2.0/24']]],
  ['NotIpAddress', 'aws:SourceIp', [['192.0.2.0/24'], ['10.1.2.3']]],
  [
    'ArnLike',
    'aws:PrincipalArn',
    [[`arn:aws:iam::${ACCOUNT}:role/*`], [`arn:aws:iam::*:user/ali?e`]],
  ],
  ['ArnEquals', 'aws:PrincipalArn', [[`arn:aws:iam::${ACCOUNT}:user/alice`]]],
  ['ArnNotLike', 'aws:PrincipalArn', [[`arn:aws:iam::${ACCOUNT}:role/*`]]],
  ['Null', 'aws:TokenIssueTime', [['true'], ['false']]],
  ['Null', 's3:prefix', [['true'], ['false']]],
  ['ForAllValues:StringEquals', 'aws:TagKeys', [['env', 'team']]],
  ['ForAnyValue:StringLike', 'aws:TagKeys', [['tmp*'], ['env']]],
  ['ForAnyValue:StringNotEquals', 'aws:TagKeys', [['env']]],
  ['ForAllValues:StringNotLike', 'aws:TagKeys', [['tmp*']]],
  ['StringEqualsIfExists', 'aws:RequestTag/env', [['prod']]],
  ['StringNotEqualsIfExists', 'aws:RequestTag/env', [['prod']]],
  ['NumericLessThanIfExists', 's3:max-keys', [['10']]],
  ['DateGreaterThanEquals', 'aws:EpochTime', [['1767225600'], ['2026-01-01T00:00:00Z']]],
  ['DateNotEquals', 'aws:CurrentTime', [['2026-05-01T00:00:00Z']]],
  ['BinaryEquals', 'aws:RequestTag/bin', [['QmluYXJ5']]],
  [
    'ArnEquals',
    'aws:SourceArn',
    [[`arn:aws:sqs:us-east-1:${ACCOUNT}:queue-?`], ['arn:aws:s3:::${aws:username}-*']],
  ],
  ['ArnNotEqualsIfExists', 'aws:SourceArn', [[`arn:aws:sqs:*:${ACCOUNT}:*`]]],
  ['StringLikeIfExists', 'aws:PrincipalTag/team', [['d*'], ['${aws:username}']]],
  ['ForAllValues:StringLike', 'aws:TagKeys', [['e*', 't*']]],
  ['ForAnyValue:StringEqualsIgnoreCase', 'aws:TagKeys', [['ENV']]],
  ['IpAddressIfExists', 'aws:SourceIp', [['203.0.113.0/24']]],
  ['Null', 'aws:SourceArn', [['true'], ['false']]],
  ['StringEquals', 'aws:SourceAccount', [[ACCOUNT], [OTHER_ACCOUNT]]],
];

const CONTEXT_CHOICES: Record<string, readonly (string | readonly string[])[]> = {
  's3:prefix': ['home/x', 'secret/y', 'other'],
  'aws:PrincipalTag/team': ['dev', 'DEV', 'ops', 'alice'],
  's3:max-keys': ['3', '7', '12'],
  'aws:CurrentTime': ['2025-03-01T00:00:00Z', '2026-05-01T00:00:00Z', '2026-03-01T12:00:00Z'],
  'aws:SecureTransport': ['true', 'false'],
  'aws:MultiFactorAuthPresent': ['true', 'false'],
  'aws:SourceIp': ['10.1.2.3', '192.0.2.5', '2001:db8::1', '203.0.113.9'],
  'aws:TokenIssueTime': ['2026-01-01T00:00:00Z'],
  'aws:TagKeys': [['env'], ['env', 'team'], ['tmpx', 'env'], ['team']],
  'aws:RequestTag/env': ['prod', 'dev'],
  'aws:EpochTime': ['1767225600', '1700000000'],
  'aws:RequestTag/bin': ['QmluYXJ5', 'b3RoZXI='],
  'aws:SourceArn': [
    `arn:aws:sqs:us-east-1:${ACCOUNT}:queue-1`,
    'arn:aws:s3:::alice-data',
    'arn:aws:s3:::bob-data',
  ],
  'aws:SourceAccount': [ACCOUNT, OTHER_ACCOUNT],
};

export interface GeneratedCase {
  principal: (typeof PRINCIPALS)[number];
  action: string;
  resource: string;
  resourceAccount: string;
  context: Record<string, string | string[]>;
  identity: object[];
  boundary?: object;
  resourcePolicy?: object;
  /** Service control policies, one per level of the organisation (root first). */
  scps?: object[];
  /** A session policy (role sessions only). */
  session?: object;
}

function oneOrList<T>(rng: Rng, items: T[]): T | T[] {
  return items.length === 1 && rng.chance(0.5) ? items[0]! : items;
}

function conditionBlock(rng: Rng): Record<string, Record<string, string | string[]>> | undefined {
  const n = rng.pick([0, 0, 1, 1, 2]);
  if (n === 0) return undefined;
  const block: Record<string, Record<string, string | string[]>> = {};
  for (let i = 0; i < n; i++) {
    const [op, key, values] = rng.pick(CONDITIONS);
    (block[op] ??= {})[key] = oneOrList(rng, [...rng.pick(values)]);
  }
  return block;
}

export function randomStatement(
  rng: Rng,
  options: { effect?: 'Allow' | 'Deny'; principal?: boolean } = {},
): object {
  const st: Record<string, unknown> = {
    Effect: options.effect ?? (rng.chance(0.7) ? 'Allow' : 'Deny'),
  };
  const actions = Array.from({ length: 1 + rng.int(2) }, () => rng.pick(ACTION_PATTERNS));
  st[rng.chance(0.12) ? 'NotAction' : 'Action'] = oneOrList(rng, actions);
  const resources = Array.from({ length: 1 + rng.int(2) }, () => rng.pick(RESOURCE_PATTERNS));
  st[rng.chance(0.12) ? 'NotResource' : 'Resource'] = oneOrList(rng, resources);
  if (options.principal) {
    st[rng.chance(0.1) ? 'NotPrincipal' : 'Principal'] = rng.pick<unknown>([
      '*',
      { AWS: PRINCIPALS[0].arn },
      { AWS: PRINCIPALS[1].arn },
      { AWS: `arn:aws:iam::${ACCOUNT}:role/app` },
      { AWS: `arn:aws:iam::${ACCOUNT}:root` },
      { AWS: OTHER_ACCOUNT },
      { AWS: [PRINCIPALS[0].arn, `arn:aws:iam::${OTHER_ACCOUNT}:root`] },
    ]);
  }
  const condition = conditionBlock(rng);
  if (condition) st.Condition = condition;
  return st;
}

export function randomPolicy(
  rng: Rng,
  statements: number,
  options: { principal?: boolean } = {},
): object {
  return {
    Version: rng.chance(0.9) ? '2012-10-17' : '2008-10-17',
    Statement: Array.from({ length: statements }, () => randomStatement(rng, options)),
  };
}

export function randomContext(
  rng: Rng,
  principal: GeneratedCase['principal'],
): Record<string, string | string[]> {
  const context: Record<string, string | string[]> = { 'aws:PrincipalArn': principal.principalArn };
  if ('username' in principal && rng.chance(0.85)) context['aws:username'] = principal.username;
  for (const [key, choices] of Object.entries(CONTEXT_CHOICES)) {
    if (rng.chance(0.6)) {
      const v = rng.pick(choices);
      context[key] = typeof v === 'string' ? v : [...v];
    }
  }
  return context;
}

export function randomCase(rng: Rng): GeneratedCase {
  const principal = rng.pick(PRINCIPALS);
  const action = rng.pick(Object.keys(ACTION_RESOURCES));
  const resource = rng.pick(ACTION_RESOURCES[action]!);
  const c: GeneratedCase = {
    principal,
    action: rng.chance(0.2) ? action.toLowerCase() : action,
    resource,
    resourceAccount: ACCOUNT,
    context: randomContext(rng, principal),
    identity: Array.from({ length: 1 + rng.int(2) }, () => randomPolicy(rng, 1 + rng.int(4))),
  };
  if (rng.chance(0.2)) c.boundary = randomPolicy(rng, 1 + rng.int(2));
  if (principal.arn.includes(':assumed-role/') && rng.chance(0.15)) {
    c.session = randomPolicy(rng, 1 + rng.int(2));
  }
  if (rng.chance(0.15)) {
    c.scps = Array.from({ length: 1 + rng.int(2) }, () => ({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: '*', Resource: '*' },
        ...Array.from({ length: rng.int(2) }, () => randomStatement(rng)),
      ],
    }));
  }
  if (rng.chance(/^(kms|sts):/.test(action) ? 0.8 : 0.3) && /^(s3|kms|sts):/.test(action)) {
    c.resourcePolicy = randomPolicy(rng, 1 + rng.int(3), { principal: true });
    if (rng.chance(0.3)) c.resourceAccount = OTHER_ACCOUNT;
  }
  return c;
}
