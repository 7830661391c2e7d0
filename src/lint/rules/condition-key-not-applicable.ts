/**
 * CONDITION_KEY_NOT_APPLICABLE: a condition key of another service than the statement's
 * actions (`s3:prefix` on ec2 actions), which none of them receives. The key is then absent from every request, so the condition never matches (an
 * Allow grants nothing) or, negated, always matches.
 *
 * Global keys (every `aws:` key) are never reported; nor are `...IfExists` and `Null`
 * conditions, which are written for absent keys; nor statements with `"Action": "*"`,
 * NotAction, or an action the catalog does not know.
 */
import type { ActionInfo } from '../../policy/index.js';
import { expandAll, serviceOf } from '../action-facts.js';
import { docs } from '../aws-docs.js';
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
      const actions = expandAll(st.action);
      if (!actions) continue;
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
        // Only a key of another service is certain to be absent. A key of the statement's own
        // service is not judged: the catalog lists keys per action, incompletely (legacy and
        // service-wide keys such as iam:ResourceTag/x or kms:EncryptionContext:x are honoured
        // without being listed), and a false alarm here would teach users to ignore the rule.
        if (!foreign) continue;
        report(c.key, st, {
          message: `${quote(c.key)} is a ${keyService} key; requests for ${services.join(', ')} actions never carry it, so this condition never matches`,
          fix: `use a condition key of ${services.join(' or ')} (Service Authorization Reference), or ${op}IfExists if the key may be absent`,
        });
      }
    }
  },
};

const keyPatterns = new Map<string, RegExp>();

/**
 * `aws:RequestTag/${TagKey}`, `secretsmanager:ResourceTag/tag-key`: any key name after the
 * slash. One expression per catalog key, built once (the same keys recur on many actions).
 */
function keyPattern(k: string): RegExp {
  let re = keyPatterns.get(k);
  if (!re) {
    const source = k
      .toLowerCase()
      .replace(/\/.*$/, '/${any}')
      .split(/\$\{[^}]*\}|<[^>]*>/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+');
    re = new RegExp(`^${source}$`);
    keyPatterns.set(k, re);
  }
  return re;
}

interface KeySet {
  matches: (key: string) => boolean;
}

function keySet(actions: readonly ActionInfo[]): KeySet {
  const names = new Set<string>();
  for (const a of actions) {
    for (const k of a.conditionKeys) names.add(k);
    for (const t of a.resourceTypes) for (const k of t.conditionKeys) names.add(k);
  }
  const exact = new Set<string>();
  const templated: RegExp[] = [];
  for (const k of names) {
    exact.add(k.toLowerCase());
    if (k.includes('/') || k.includes('${') || k.includes('<')) templated.push(keyPattern(k));
  }
  return {
    matches: (key) => {
      const lower = key.toLowerCase();
      return exact.has(lower) || templated.some((re) => re.test(lower));
    },
  };
}
