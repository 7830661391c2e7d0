/** UNKNOWN_CONDITION_OPERATOR: IAM rejects the policy; a misspelt operator is the usual cause. */
import { conditionOperatorNames, isKnownConditionOperator } from '../../policy/index.js';
import { docs } from '../aws-docs.js';
import { closestName } from '../closest-name.js';
import { type LintRule, quote } from '../lint-types.js';

export const unknownConditionOperator: LintRule = {
  code: 'UNKNOWN_CONDITION_OPERATOR',
  severity: 'error',
  title: 'Condition operator that does not exist',
  help: 'IAM rejects a policy with an unknown condition operator (MalformedPolicyDocument). Operators are a base name such as StringEquals, optionally prefixed with ForAllValues: or ForAnyValue: and suffixed with IfExists.',
  docs: docs.conditionOperators,
  check({ policy, report }) {
    for (const st of policy.statements) {
      for (const c of st.conditions) {
        const op = c.operator.value;
        if (isKnownConditionOperator(op)) continue;
        const m = /^(for(?:all|any)values:)?(.*?)(ifexists)?$/i.exec(op)!;
        const prefix = m[1]
          ? m[1].toLowerCase().startsWith('forall')
            ? 'ForAllValues:'
            : 'ForAnyValue:'
          : '';
        const base = closestName(m[2] ?? '', conditionOperatorNames());
        const suggestion = base ? `${prefix}${base}${m[3] ? 'IfExists' : ''}` : undefined;
        report(c.operator, st, {
          message: `${quote(c.operator)} is not a condition operator${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
          fix: suggestion
            ? `write "${suggestion}"`
            : 'use an operator such as StringEquals, StringLike, ArnLike, Bool, NumericLessThan, IpAddress',
        });
      }
    }
  },
};
