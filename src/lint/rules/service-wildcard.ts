/** SERVICE_WILDCARD: `s3:*` grants every action of a service, including its admin actions. */
import { expandPattern } from '../action-facts.js';
import { docs } from '../aws-docs.js';
import { type LintRule, quote } from '../lint-types.js';

export const serviceWildcard: LintRule = {
  code: 'SERVICE_WILDCARD',
  severity: 'warning',
  title: 'Allow with a whole-service wildcard',
  help: 'An Allow of "service:*" grants every action of the service, including deleting resources and changing their policies. List the actions the workload calls instead.',
  docs: docs.action,
  check({ policy, report }) {
    for (const st of policy.statements) {
      if (st.effect.value !== 'Allow' || !st.action) continue;
      for (const a of st.action) {
        const m = /^([^:*?]+):\*+$/.exec(a.value.trim());
        if (!m) continue;
        const n = expandPattern(a.value).length;
        report(a, st, {
          message: `${quote(a)} allows all ${n} actions of ${m[1]}`,
          fix: `replace ${quote(a)} with the ${m[1]} actions the workload calls`,
        });
      }
    }
  },
};
