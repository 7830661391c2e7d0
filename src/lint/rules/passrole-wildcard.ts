/**
 * PASSROLE_WILDCARD: iam:PassRole on every role, or without an iam:PassedToService condition.
 * Whoever can pass any role to a service can run code with that role's permissions.
 * `"Action": "*"` is WILDCARD_ACTION's business; this looks at iam patterns.
 */
import { patternCovers, serviceOf } from '../action-facts.js';
import { docs } from '../aws-docs.js';
import { type LintRule, quote } from '../lint-types.js';

export const passRoleWildcard: LintRule = {
  code: 'PASSROLE_WILDCARD',
  severity: 'error',
  title: 'iam:PassRole on every role or to any service',
  help: 'iam:PassRole lets the holder hand a role to a service (EC2, Lambda, ...) that then acts with the role\'s permissions. Limit Resource to the role ARNs the workload passes and add a condition "StringEquals": {"iam:PassedToService": "<service>.amazonaws.com"}.',
  docs: docs.passRole,
  check({ policy, report }) {
    for (const st of policy.statements) {
      if (st.effect.value !== 'Allow' || !st.action) continue;
      const pass = st.action.find(
        (a) => serviceOf(a.value) === 'iam' && patternCovers(a.value.trim(), 'iam:PassRole'),
      );
      if (!pass) continue;
      const anyRole = st.resource?.find((r) =>
        /^(\*|arn:[^:]*:iam::[^:]*:role\/\*)$/.test(r.value.trim()),
      );
      const scopedToService = st.conditions.some(
        (c) => c.key.value.toLowerCase() === 'iam:passedtoservice',
      );
      if (anyRole) {
        report(anyRole, st, {
          message: `${quote(pass)} on ${quote(anyRole)} allows passing any role${scopedToService ? '' : ' to any service'}`,
          fix: `replace ${quote(anyRole)} with the ARNs of the roles passed, e.g. "arn:aws:iam::123456789012:role/app-role"${scopedToService ? '' : ', and add "Condition": {"StringEquals": {"iam:PassedToService": "lambda.amazonaws.com"}}'}`,
        });
      } else if (!scopedToService) {
        report(pass, st, {
          severity: 'warning',
          message: `${quote(pass)} has no iam:PassedToService condition: the roles may be passed to any service`,
          fix: 'add "Condition": {"StringEquals": {"iam:PassedToService": "<service>.amazonaws.com"}} naming the service that receives the role',
        });
      }
    }
  },
};
