/**
 * RESOURCE_MISMATCH: a Resource ARN that no action of the statement accepts (s3:GetObject on a
 * bucket ARN, s3:ListBucket on `bucket/*`): that part of the statement never matches a request.
 *
 * Decided from the catalog's ARN templates with arn-overlap.ts, which errs towards "overlaps".
 * Statements with `"Action": "*"`, an unknown action, an action that takes no resource, or a
 * Resource whose service segment is a wildcard or variable are skipped: the rule must not fire
 * when it cannot be sure.
 */
import { parseArn } from '../../policy/index.js';
import { expandAll } from '../action-facts.js';
import { arnOverlaps } from '../arn-overlap.js';
import { docs } from '../aws-docs.js';
import { type LintRule, quote } from '../lint-types.js';

export const resourceMismatch: LintRule = {
  code: 'RESOURCE_MISMATCH',
  severity: 'warning',
  title: "Resource that none of the statement's actions accepts",
  help: "Every action acts on specific resource types (an S3 object, a bucket, a role). This ARN is of a type none of the statement's actions acts on, so that part of the statement never matches: the workload gets AccessDenied, or a Deny protects nothing. Use the ARN form the action takes, or move the ARN to a statement with an action that takes it.",
  docs: docs.serviceReference,
  check({ policy, report }) {
    for (const st of policy.statements) {
      if (!st.action || !st.resource) continue;
      if (st.action.some((a) => a.value.trim() === '*')) continue;
      const actions = expandAll(st.action);
      if (!actions) continue;
      // Actions that take no resource are matched against "*" by IAM, and how a specific ARN
      // fares for them is not documented (AWS's own policies write "arn:aws:s3:::*" for
      // s3:ListAllMyBuckets): with one of them in the statement, stay silent.
      if (actions.some((a) => a.wildcardOnly)) continue;
      const templates = new Map<string, string>();
      for (const a of actions)
        for (const t of a.resourceTypes)
          for (const arn of t.arnTemplates) if (!templates.has(arn)) templates.set(arn, t.name);
      for (const r of st.resource) {
        const value = r.value.trim();
        if (value === '*') continue;
        const arn = parseArn(value);
        if (!arn || /[*?$]/.test(arn.service)) continue;
        let ok = false;
        for (const template of templates.keys()) {
          if (arnOverlaps(value, template)) {
            ok = true;
            break;
          }
        }
        if (ok) continue;
        const names = st.action.map((a) => a.value.trim());
        const shown = names.length > 3 ? `${names.slice(0, 3).join(', ')}, ...` : names.join(', ');
        const accepted = [...templates].slice(0, 2).map(([arnT, name]) => `${name} (${arnT})`);
        report(r, st, {
          message:
            templates.size === 0
              ? `${quote(r)}: ${shown} accept only "Resource": "*"`
              : `${quote(r)} is not a resource that ${shown} act on; they take ${accepted.join(', ')}${templates.size > 2 ? ', ...' : ''}`,
          fix:
            templates.size === 0
              ? `use "Resource": "*" for these actions, or remove ${quote(r)}`
              : `use an ARN of the form ${[...templates.keys()][0]}, or move ${quote(r)} to a statement whose actions act on it`,
        });
      }
    }
  },
};
