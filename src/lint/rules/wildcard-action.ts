/** WILDCARD_ACTION: an Allow of `"Action": "*"` grants every action of every service. */
import { docs } from '../aws-docs.js';
import type { LintRule } from '../lint-types.js';

export const wildcardAction: LintRule = {
  code: 'WILDCARD_ACTION',
  severity: 'error',
  title: 'Allow with Action "*"',
  help: 'An Allow statement with "Action": "*" grants every action of every AWS service (administrator access on its resources). List the actions the workload calls instead.',
  docs: docs.action,
  check({ policy, report }) {
    for (const st of policy.statements) {
      if (st.effect.value !== 'Allow' || !st.action) continue;
      for (const a of st.action) {
        if (a.value.trim() !== '*') continue;
        report(a, st, {
          message: `"Action": "*" allows every action of every service`,
          fix: 'replace "*" with the actions the workload calls, e.g. "s3:GetObject"',
        });
      }
    }
  },
};
