/**
 * ALLOW_NOT_ACTION, ALLOW_NOT_RESOURCE, ALLOW_NOT_PRINCIPAL: an Allow of "everything except"
 * grants whatever AWS adds later. With Deny they are the normal guard idiom: never flagged.
 */
import { docs } from '../aws-docs.js';
import type { LintRule } from '../lint-types.js';

export const allowNotAction: LintRule = {
  code: 'ALLOW_NOT_ACTION',
  severity: 'warning',
  title: 'Allow with NotAction',
  help: '"Effect": "Allow" with "NotAction" grants every action except the listed ones, including actions of services added later. Use Action with the actions needed; keep NotAction for Deny statements.',
  docs: docs.notAction,
  check({ policy, report }) {
    for (const st of policy.statements) {
      if (st.effect.value !== 'Allow' || !st.notAction) continue;
      const first = st.notAction[0];
      report(first ?? st, st, {
        message: `Allow with "NotAction": ${JSON.stringify(st.notAction.map((a) => a.value))} allows every other action of every service`,
        fix: 'replace NotAction with an Action list of what the workload calls, or make it a Deny',
      });
    }
  },
};

export const allowNotResource: LintRule = {
  code: 'ALLOW_NOT_RESOURCE',
  severity: 'warning',
  title: 'Allow with NotResource',
  help: '"Effect": "Allow" with "NotResource" grants the actions on every resource except the listed ones, including resources created later. List the resources in Resource instead.',
  docs: docs.notResource,
  check({ policy, report }) {
    for (const st of policy.statements) {
      if (st.effect.value !== 'Allow' || !st.notResource) continue;
      const first = st.notResource[0];
      report(first ?? st, st, {
        message: `Allow with "NotResource": ${JSON.stringify(st.notResource.map((r) => r.value))} allows every other resource`,
        fix: 'replace NotResource with a Resource list of the ARNs the workload uses',
      });
    }
  },
};

export const allowNotPrincipal: LintRule = {
  code: 'ALLOW_NOT_PRINCIPAL',
  severity: 'error',
  title: 'Allow with NotPrincipal',
  help: 'AWS does not support NotPrincipal with "Effect": "Allow"; it would grant access to every principal except those listed, anonymous users included. Name the principals in Principal.',
  docs: docs.notPrincipal,
  check({ policy, report }) {
    for (const st of policy.statements) {
      if (st.effect.value !== 'Allow' || !st.notPrincipal) continue;
      report(st.notPrincipal, st, {
        message: 'Allow with "NotPrincipal" would allow everyone except the listed principals',
        fix: 'replace NotPrincipal with Principal naming who may call, or make the statement a Deny',
      });
    }
  },
};
