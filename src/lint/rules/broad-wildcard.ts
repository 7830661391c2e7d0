/**
 * BROAD_WILDCARD: a partial wildcard (`s3:Get*`, `ec2:Describe*`) that stands for several
 * actions. Warning when it reaches Write, Tagging or Permissions management actions; a note
 * when all it grants is List/Read.
 */
import { describeLevels, expandPattern } from '../action-facts.js';
import { docs } from '../aws-docs.js';
import { type LintRule, quote } from '../lint-types.js';

const READ_ONLY = new Set(['List', 'Read']);

export const broadWildcard: LintRule = {
  code: 'BROAD_WILDCARD',
  severity: 'warning',
  title: 'Allow with a wildcard that expands to several actions',
  help: 'A wildcard such as "s3:Get*" also grants every action added to the service later under that prefix. The message says how many actions it stands for today and at which access levels; list the ones the workload calls.',
  docs: docs.action,
  check({ policy, report }) {
    for (const st of policy.statements) {
      if (st.effect.value !== 'Allow' || !st.action) continue;
      for (const a of st.action) {
        const v = a.value.trim();
        if (v === '*' || !/[*?]/.test(v) || /^[^:*?]+:\*+$/.test(v)) continue;
        const actions = expandPattern(v);
        // One action: an abbreviation, not a broad grant. Zero: UNKNOWN_ACTION's business.
        if (actions.length < 2) continue;
        const readOnly = actions.every((x) => READ_ONLY.has(x.accessLevel));
        let sample = '';
        for (let i = 0; i < 3 && i < actions.length; i++) {
          sample += `${i > 0 ? '", "' : ''}${actions[i]!.action}`;
        }
        report(a, st, {
          severity: readOnly ? 'note' : 'warning',
          message: `${quote(a)} expands to ${actions.length} actions (${describeLevels(actions)})`,
          fix: `list the actions the workload calls instead of ${quote(a)}, e.g. "${sample}"${actions.length > 3 ? ', ...' : ''}`,
        });
      }
    }
  },
};
