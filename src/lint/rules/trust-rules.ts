/**
 * Trust-policy rules. TRUST_ANY_PRINCIPAL: anyone (any AWS account) may assume the role.
 * TRUST_CROSS_ACCOUNT_NO_EXTERNAL_ID: another account may assume it without an sts:ExternalId,
 * the confused-deputy guard AWS documents for third parties.
 */
import type { ParsedStatement } from '../../policy/index.js';
import { docs } from '../aws-docs.js';
import { type LintRule, quote } from '../lint-types.js';

function assumesRole(st: ParsedStatement): boolean {
  return (st.action ?? []).some((a) =>
    /^(\*|sts:\*|sts:assumerole\*?|sts:assume\*)$/i.test(a.value.trim()),
  );
}

export const trustAnyPrincipal: LintRule = {
  code: 'TRUST_ANY_PRINCIPAL',
  severity: 'error',
  title: 'Trust policy that lets anyone assume the role',
  help: 'A trust policy with "Principal": "*" or {"AWS": "*"} and no condition lets any AWS principal in any account assume the role. Name the accounts or roles, or add a condition such as aws:PrincipalOrgID.',
  docs: docs.principal,
  check({ policy, options, report }) {
    if (options.kind !== 'trust') return;
    for (const st of policy.statements) {
      if (st.effect.value !== 'Allow' || !st.principal || st.conditions.length > 0) continue;
      const p = st.principal;
      const star = p.wildcard
        ? p
        : p.entries.find((e) => e.type.value === 'AWS')?.values.find((v) => v.value.trim() === '*');
      if (!star) continue;
      report(star, st, {
        message: `${p.wildcard ? '"Principal": "*"' : '"AWS": "*"'} with no Condition lets any AWS account assume the role`,
        fix: 'name the trusted principals, e.g. {"AWS": "arn:aws:iam::123456789012:role/ci"}, or add "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-..."}}',
      });
    }
  },
};

export const trustCrossAccountNoExternalId: LintRule = {
  code: 'TRUST_CROSS_ACCOUNT_NO_EXTERNAL_ID',
  severity: 'warning',
  title: 'Cross-account trust without sts:ExternalId',
  help: 'A role that another account assumes on your behalf (a third-party service) should require an sts:ExternalId condition, so that the third party cannot be tricked into using your role for another customer (the confused deputy). Without --account the tool cannot tell your own account from another one; then the finding is a note.',
  docs: docs.externalId,
  check({ policy, options, report }) {
    if (options.kind !== 'trust') return;
    for (const st of policy.statements) {
      if (st.effect.value !== 'Allow' || !st.principal || !assumesRole(st)) continue;
      if (st.conditions.some((c) => /^sts:externalid$/i.test(c.key.value))) continue;
      const aws = st.principal.entries
        .filter((e) => e.type.value === 'AWS')
        .flatMap((e) => e.values);
      for (const v of aws) {
        const account =
          /^(\d{12})$/.exec(v.value)?.[1] ?? /^arn:[^:]+:iam::(\d{12}):/.exec(v.value)?.[1];
        if (!account || account === options.accountId) continue;
        const known = options.accountId !== undefined;
        report(v, st, {
          severity: known ? 'warning' : 'note',
          message: `${quote(v)} ${known ? 'is another account and' : `is account ${account}; if that is not this role's account, it`} may assume the role without an sts:ExternalId condition`,
          fix: 'add "Condition": {"StringEquals": {"sts:ExternalId": "<id agreed with the other account>"}}',
        });
      }
    }
  },
};
