/**
 * CONDITION_KEY_NOT_APPLICABLE: a service condition key that none of the statement's actions
 * receives. The key is then absent from every request, so the condition never matches (an
 * Allow grants nothing) or, negated, always matches.
 *
 * Global keys (every `aws:` key) are never reported; nor are `...IfExists` and `Null`
 * conditions, which are written for absent keys; nor statements with `"Action": "*"`,
 * NotAction, or an action the catalog does not know.
 */
import type { ActionInfo } from '../../policy/index.js';
import { expandPattern, serviceOf } from '../action-facts.js';
import { docs } from '../aws-docs.js';
import { closestName } from '../closest-name.js';
import { isGlobalConditionKey } from '../global-condition-keys.js';
import { type LintRule, quote } from '../lint-types.js';

export const conditionKeyNotApplicable: LintRule = {
  code: 'CONDITION_KEY_NOT_APPLICABLE',
  severity: 'warning',
  title: "Condition key that the statement's actions never receive",
  help: "The Service Authorization Reference lists, for every action, the condition keys its requests carry. None of this statement's actions carries this key, so the condition never matches (or, with a negated operator, always matches). Use a key the actions support, or an ...IfExists operator if absence is intended.",
  docs: docs.serviceReference,
  check({ policy, report }) {
    for (const st of policy.statements) {
      if (!st.action || st.conditions.length === 0) continue;
      if (st.action.some((a) => a.value.trim() === '*')) continue;
      const expanded = st.action.map((a) => expandPattern(a.value.trim()));
      if (expanded.some((x) => x.length === 0)) continue;
      const actions = expanded.flat();
      let keys: KeySet | undefined;
      for (const c of st.conditions) {
        const op = c.operator.value;
        if (/ifexists$/i.test(op) || /^(for(all|any)values:)?null$/i.test(op)) continue;
        const key = c.key.value;
        if (isGlobalConditionKey(key)) continue;
        keys ??= keySet(actions);
        if (keys.matches(key)) continue;
        const keyService = serviceOf(key);
        const services = [...new Set(actions.map((a) => a.service))];
        const foreign = keyService !== undefined && !services.includes(keyService);
        const near = foreign ? undefined : closestName(key, keys.names);
        report(c.key, st, {
          message: foreign
            ? `${quote(c.key)} is a ${keyService} key; requests for ${services.join(', ')} actions never carry it, so this condition never matches`
            : `no action of the statement receives ${quote(c.key)}, so this condition never matches${near ? ` (did you mean "${near}"?)` : ''}`,
          fix: near
            ? `write "${near}", or use ${op}IfExists if the key may be absent`
            : `use a condition key the actions support (Service Authorization Reference), or ${op}IfExists if the key may be absent`,
        });
      }
    }
  },
};

interface KeySet {
  names: string[];
  matches: (key: string) => boolean;
}

function keySet(actions: readonly ActionInfo[]): KeySet {
  const names = new Set<string>();
  for (const a of actions) {
    for (const k of a.conditionKeys) names.add(k);
    for (const t of a.resourceTypes) for (const k of t.conditionKeys) names.add(k);
  }
  const exact = new Set([...names].map((k) => k.toLowerCase()));
  const templated = [...names]
    .filter((k) => k.includes('${') || k.includes('<'))
    .map((k) => {
      const source = k
        .toLowerCase()
        .split(/\$\{[^}]*\}|<[^>]*>/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.+');
      return new RegExp(`^${source}$`);
    });
  return {
    names: [...names],
    matches: (key) => {
      const lower = key.toLowerCase();
      return exact.has(lower) || templated.some((re) => re.test(lower));
    },
  };
}
