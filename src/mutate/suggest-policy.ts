import type { LoggedCall } from './logged-call.js';
import { arnMatches } from '../policy/index.js';
import {
  asElement,
  listOf,
  sidOf,
  statementsOf,
  type JsonObject,
  type PolicyJson,
} from './mutators/policy-json.js';

/** Above this many distinct resources, a statement is narrowed to their common prefix. */
const MAX_EXACT_RESOURCES = 5;

/**
 * The smallest policy the baseline trace supports: each Allow statement the workload used,
 * keeping its Sid and Condition, narrowed to the exact actions it granted and the resources
 * it granted them on. Each call is kept by the first statement that granted it, so duplicate
 * grants collapse into one; calls other policies also grant need nothing from this one.
 * Unused Allow statements are dropped; Deny statements are kept as they are (a trace cannot
 * show that a Deny is unnecessary), except those in `redundantDenies`, which probes showed
 * unnecessary. The caller must verify the result with a baseline run and a full mutant run
 * before showing it.
 */
export function suggestPolicy(
  policy: PolicyJson,
  baseline: readonly LoggedCall[],
  redundantDenies: ReadonlySet<number> = new Set(),
): PolicyJson {
  const statements = statementsOf(policy);
  const used = firstGrantingStatement(baseline, statements.length);
  const suggested: JsonObject[] = [];
  statements.forEach((statement, index) => {
    if (statement.Effect !== 'Allow') {
      if (!redundantDenies.has(index)) suggested.push(statement);
      return;
    }
    const calls = used[index] ?? [];
    if (calls.length === 0) return;
    suggested.push(narrowStatement(statement, calls));
  });
  return { ...policy, Version: '2012-10-17', Statement: suggested };
}

/** The calls only this policy granted, each under the first statement that granted it. */
export function firstGrantingStatement(
  calls: readonly LoggedCall[],
  statementCount: number,
): LoggedCall[][] {
  const byIndex: LoggedCall[][] = Array.from({ length: statementCount }, () => []);
  for (const call of calls) {
    if (call.decision !== 'allow' || call.grantedElsewhere > 0) continue;
    const first = Math.min(...call.matched.map((ref) => ref.index));
    byIndex[first]?.push(call);
  }
  return byIndex;
}

/**
 * One statement narrowed to what these calls used of it. A Resource entry without `*` (exact,
 * or with `?` standing for generated characters such as a secret's suffix) is kept as written.
 */
export function narrowStatement(statement: JsonObject, calls: readonly LoggedCall[]): JsonObject {
  const actions = uniqueSorted(calls.map((c) => c.action));
  const written = listOf(statement.Resource).filter((entry) => !entry.includes('*'));
  const kept = new Set<string>();
  const touched: string[] = [];
  for (const call of calls) {
    const entry = written.find((w) => arnMatches(w, call.resource));
    if (entry !== undefined) kept.add(entry);
    else touched.push(call.resource);
  }
  const resources = [...[...kept].sort(), ...narrowResources(uniqueSorted(touched))];
  const narrowed: JsonObject = {};
  const sid = sidOf(statement);
  if (sid !== null) narrowed.Sid = sid;
  narrowed.Effect = 'Allow';
  narrowed.Action = asElement(actions);
  narrowed.Resource = asElement(resources);
  if (statement.Condition !== undefined) narrowed.Condition = statement.Condition;
  return narrowed;
}

/**
 * Exact ARNs while there are few; otherwise the longest common prefix that ends at a separator
 * (`/`, `:`, `-`, `_`), plus `*` (never a bare `*`: then the exact list is kept).
 */
export function narrowResources(resources: readonly string[]): string[] {
  if (resources.includes('*') || resources.length <= MAX_EXACT_RESOURCES) return [...resources];
  let prefix = resources[0] as string;
  for (const r of resources) {
    while (!r.startsWith(prefix)) prefix = prefix.slice(0, -1);
  }
  const cut = Math.max(...['/', ':', '-', '_'].map((sep) => prefix.lastIndexOf(sep)));
  const base = prefix.slice(0, cut + 1);
  // A prefix with nothing of the resource part (`arn:aws:s3:::`, `...:000000000000:`) would
  // grant every resource of the service: keep the exact list instead.
  const resourcePart = base.split(':').slice(5).join(':');
  if (resourcePart === '') return [...resources];
  return [`${base}*`];
}

function uniqueSorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
