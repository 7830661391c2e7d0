/**
 * DATA_EXFILTRATION and CREDENTIALS_EXPOSURE: reading data or minting credentials on
 * `"Resource": "*"` with no condition. All the actions listed accept specific resources, so
 * "*" is always a choice here (ecr:GetAuthorizationToken, which accepts only "*", is not listed).
 */
import { docs } from '../aws-docs.js';
import { ActionSet } from '../grants.js';
import type { LintRule, RuleContext } from '../lint-types.js';

const DATA = new ActionSet([
  's3:GetObject',
  's3:GetObjectVersion',
  'secretsmanager:GetSecretValue',
  'ssm:GetParameter',
  'ssm:GetParameters',
  'ssm:GetParametersByPath',
  'kms:Decrypt',
  'dynamodb:Scan',
  'dynamodb:Query',
  'dynamodb:GetItem',
]);

const CREDENTIALS = new ActionSet([
  'iam:CreateAccessKey',
  'sts:AssumeRole',
  'redshift:GetClusterCredentials',
  'rds-db:connect',
]);

/** Each statement's patterns become a bit mask over the list (see grants.ts): no regex runs. */
function checkSensitive(ctx: RuleContext, list: ActionSet, what: string, fix: string) {
  for (const st of ctx.policy.statements) {
    if (st.effect.value !== 'Allow' || !st.action || st.conditions.length > 0) continue;
    const star = st.resource?.find((r) => r.value.trim() === '*');
    if (!star) continue;
    let mask = 0;
    for (const a of st.action) if (a.value.trim() !== '*') mask |= list.maskOf(a.value);
    if (mask === 0) continue;
    const hits = list.actions.filter((_, i) => mask & (1 << i));
    const firstBit = mask & -mask; // the first action of the list that is hit
    const first = st.action.find(
      (a) => a.value.trim() !== '*' && (list.maskOf(a.value) & firstBit) !== 0,
    )!;
    ctx.report(first, st, {
      message: `${hits.join(', ')} on "Resource": "*" ${what}`,
      fix,
    });
  }
}

export const dataExfiltration: LintRule = {
  code: 'DATA_EXFILTRATION',
  severity: 'warning',
  title: 'Reading data or secrets on every resource',
  help: 'The statement allows reading objects, secrets, parameters or decrypting with any key in the account (and in other accounts that allow it). Limit Resource to the buckets, secrets, parameters and keys the workload reads.',
  docs: docs.leastPrivilege,
  check: (ctx) =>
    checkSensitive(
      ctx,
      DATA,
      'can read every object, secret, parameter or key it reaches',
      'replace "*" with the ARNs read, e.g. "arn:aws:s3:::my-bucket/prefix/*" or "arn:aws:secretsmanager:us-east-1:123456789012:secret:app-*"',
    ),
};

export const credentialsExposure: LintRule = {
  code: 'CREDENTIALS_EXPOSURE',
  severity: 'warning',
  title: 'Minting credentials on every resource',
  help: 'The statement allows creating access keys for any user or assuming any role that trusts the account. Limit Resource to the users or roles intended.',
  docs: docs.accessKeys,
  check: (ctx) =>
    checkSensitive(
      ctx,
      CREDENTIALS,
      'can mint credentials for any user or role that allows it',
      'replace "*" with the user or role ARNs, e.g. "arn:aws:iam::123456789012:role/deploy"',
    ),
};
