/**
 * REDUNDANT_STATEMENT: a statement whose every action and resource another statement of the
 * same effect already covers, with the same conditions and principal. Coverage is checked
 * soundly but not completely: actions by catalog expansion, resources only when the other
 * statement has "*", the same ARN, or a prefix ending in `*`. When two statements cover each
 * other, only the later one is reported.
 */
import type { ActionInfo, Located, ParsedStatement } from '../../policy/index.js';
import { expandPattern } from '../action-facts.js';
import { docs } from '../aws-docs.js';
import { type LintRule, statementName } from '../lint-types.js';

export const redundantStatement: LintRule = {
  code: 'REDUNDANT_STATEMENT',
  severity: 'warning',
  title: 'Statement fully covered by another',
  help: 'Another statement with the same effect, principal and conditions already allows (or denies) every action on every resource of this one. The duplicate hides what the policy really grants and drifts when one of them is edited; remove it.',
  docs: docs.evaluation,
  check({ policy, report }) {
    const list = policy.statements.filter((st) => st.action && st.resource);
    const sets = new Map<ParsedStatement, Set<ActionInfo> | undefined>();
    const actionsOf = (st: ParsedStatement) => {
      if (!sets.has(st)) sets.set(st, actionSet(st.action!));
      return sets.get(st);
    };
    for (const a of list) {
      for (const b of list) {
        if (a === b || a.effect.value !== b.effect.value) continue;
        if (!sameShape(a, b)) continue;
        if (!resourcesCovered(a.resource!, b.resource!)) continue;
        if (!actionsCovered(a, b, actionsOf)) continue;
        const mutual =
          resourcesCovered(b.resource!, a.resource!) && actionsCovered(b, a, actionsOf);
        if (mutual && a.index < b.index) continue;
        report(a, a, {
          message: `${statementName(a)} is covered by ${statementName(b)}: every action and resource it ${a.effect.value === 'Allow' ? 'allows' : 'denies'} is already there`,
          fix: `remove ${statementName(a)}, or merge what differs into ${statementName(b)}`,
          relatedStatements: [b.index],
        });
        break;
      }
    }
  },
};

const shapes = new WeakMap<ParsedStatement, string>();

function conditionText(st: ParsedStatement): string {
  // No condition (most statements): what the expression below gives for an empty list.
  if (st.conditions.length === 0) return '[]';
  let text = shapes.get(st);
  if (text === undefined) {
    // Loops rather than map: arrays built one way keep V8 from deoptimising this.
    const entries: [string, string, string[]][] = [];
    for (const c of st.conditions) {
      const values: string[] = [];
      for (const v of c.values) values.push(v.value);
      entries.push([c.operator.value, c.key.value.toLowerCase(), values.sort()]);
    }
    text = JSON.stringify(entries.sort());
    shapes.set(st, text);
  }
  return text;
}

const principals = new WeakMap<ParsedStatement, string>();

function principalText(st: ParsedStatement): string {
  let text = principals.get(st);
  if (text === undefined) {
    const p = st.principal ?? st.notPrincipal;
    text = p
      ? JSON.stringify([
          st.notPrincipal ? 'not' : '',
          p.wildcard,
          p.entries.map((e) => [e.type.value, e.values.map((v) => v.value).sort()]).sort(),
        ])
      : '';
    principals.set(st, text);
  }
  return text;
}

function sameShape(a: ParsedStatement, b: ParsedStatement): boolean {
  return conditionText(a) === conditionText(b) && principalText(a) === principalText(b);
}

/**
 * Known actions of the patterns, or undefined when one is "*" or unknown (then: compare text).
 * Catalog entries are decoded once, so one action is one ActionInfo object everywhere.
 */
function actionSet(actions: Located<string>[]): Set<ActionInfo> | undefined {
  const out = new Set<ActionInfo>();
  for (const a of actions) {
    const v = a.value.trim();
    if (v === '*') return undefined;
    const expanded = expandPattern(v);
    if (expanded.length === 0) return undefined;
    for (const x of expanded) out.add(x);
  }
  return out;
}

function actionsCovered(
  a: ParsedStatement,
  b: ParsedStatement,
  actionsOf: (st: ParsedStatement) => Set<ActionInfo> | undefined,
): boolean {
  if (b.action!.some((x) => x.value.trim() === '*')) return true;
  const sa = actionsOf(a);
  const sb = actionsOf(b);
  if (sa && sb) {
    for (const x of sa) if (!sb.has(x)) return false;
    return true;
  }
  const bText = new Set(b.action!.map((x) => x.value.trim().toLowerCase()));
  return a.action!.every((x) => bText.has(x.value.trim().toLowerCase()));
}

function resourcesCovered(a: Located<string>[], b: Located<string>[]): boolean {
  return a.every((ra) => b.some((rb) => resourceCovers(rb.value.trim(), ra.value.trim())));
}

function resourceCovers(outer: string, inner: string): boolean {
  if (outer === '*' || outer === inner) return true;
  const body = outer.slice(0, -1);
  return outer.endsWith('*') && !/[*?]|\$\{/.test(body) && inner.startsWith(body);
}
