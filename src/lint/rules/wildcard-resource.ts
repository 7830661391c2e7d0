/**
 * WILDCARD_RESOURCE: `"Resource": "*"` on actions that accept specific resources.
 *
 * Actions that support no resource-level permissions (sts:GetCallerIdentity,
 * s3:ListAllMyBuckets, kms:CreateKey, logs:DescribeLogGroups, ...) only work with "*": they
 * are never flagged, which is the point of this rule. A statement mixing both kinds is told to
 * split, with the two statements written out. Patterns the catalog does not know are left to
 * UNKNOWN_ACTION; `"Action": "*"` is left to WILDCARD_ACTION. A wildcard pattern counts as
 * resource-level when most of the actions it expands to are.
 */
import type { ActionInfo } from '../../policy/index.js';
import { expandPattern, resourceLevelActions } from '../action-facts.js';
import { docs } from '../aws-docs.js';
import type { LintRule } from '../lint-types.js';

export const wildcardResource: LintRule = {
  code: 'WILDCARD_RESOURCE',
  severity: 'warning',
  title: 'Resource "*" on actions that support resource-level permissions',
  help: 'These actions can be limited to specific resources, but the statement allows them on every resource. Name the ARNs. Actions that accept only "*" (such as sts:GetCallerIdentity) are never reported; a statement mixing both kinds should be split so the "*" stays only on those.',
  docs: docs.serviceReference,
  check({ policy, report }) {
    for (const st of policy.statements) {
      if (st.effect.value !== 'Allow' || !st.action || !st.resource) continue;
      const star = st.resource.find((r) => r.value.trim() === '*');
      if (!star) continue;
      const scoped: string[] = [];
      const starOnly: string[] = [];
      let example: ActionInfo | undefined;
      for (const a of st.action) {
        if (a.value.trim() === '*') continue;
        const actions = expandPattern(a.value);
        if (actions.length === 0) continue;
        const taking = resourceLevelActions(actions);
        // A wildcard is judged by what it mostly grants: "ec2:Describe*" (17 of 194 take a
        // resource) needs "*"; "s3:Get*" (61 of 63) does not.
        if (taking.count > 0 && taking.count * 2 > actions.length) {
          scoped.push(a.value);
          example ??= taking.first;
        } else starOnly.push(a.value);
      }
      if (scoped.length === 0 || !example) continue;
      const arn = exampleArn(example);
      const conditioned = st.conditions.length > 0;
      const severity = conditioned ? 'note' : 'warning';
      const narrowed = conditioned ? ' (narrowed only by its Condition)' : '';
      if (starOnly.length === 0) {
        report(star, st, {
          severity,
          message: `"Resource": "*" on ${list(scoped)}, which can be limited to specific resources${narrowed}`,
          fix: `replace "*" with the ARNs used, e.g. "${arn}"`,
        });
      } else {
        const keep = { Effect: 'Allow', Action: starOnly, Resource: '*' };
        const split = { Effect: 'Allow', Action: scoped, Resource: [arn] };
        report(star, st, {
          severity,
          message: `"Resource": "*" on ${list(scoped)}, which can be limited to specific resources; ${list(starOnly)} accept only "*"${narrowed}`,
          fix: `split it: ${JSON.stringify(keep)} and ${JSON.stringify(split)} with the ARNs used`,
        });
      }
    }
  },
};

function list(values: string[]): string {
  let shown = '';
  for (let i = 0; i < values.length && i < 4; i++) {
    shown += `${i > 0 ? ', ' : ''}${JSON.stringify(values[i])}`;
  }
  return values.length > 4 ? `${shown} and ${values.length - 4} more` : shown;
}

/** The shortest ARN template among the action's required resource types (or all of them). */
function exampleArn(info: ActionInfo): string {
  const required = info.resourceTypes.filter((t) => t.required);
  const templates = (required.length > 0 ? required : info.resourceTypes).flatMap(
    (t) => t.arnTemplates,
  );
  const shortest = templates.sort((a, b) => a.length - b.length)[0];
  return shortest?.replace('${Partition}', 'aws') ?? 'arn:aws:...';
}
