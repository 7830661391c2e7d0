import { actionMatches, arnMatches } from '../policy/index.js';
import { callsByStatement, type LoggedCall } from './logged-call.js';
import type { StatementUsage } from './mutators/index.js';
import { listOf, statementsOf, type PolicyJson } from './mutators/policy-json.js';

/**
 * What the baseline used of each statement: for every Action and Resource entry, the
 * concrete actions and resources it granted. Only allowed calls count.
 */
export function statementUsage(
  policy: PolicyJson,
  calls: readonly LoggedCall[],
): (StatementUsage | undefined)[] {
  const statements = statementsOf(policy);
  const allowed = callsByStatement(
    calls.filter((c) => c.decision === 'allow'),
    statements.length,
  );
  return statements.map((statement, index) => {
    const used = allowed[index] ?? [];
    if (used.length === 0) return undefined;
    const actionsByPattern = new Map<string, string[]>();
    for (const pattern of listOf(statement.Action)) {
      const matches = unique(used.map((c) => c.action).filter((a) => actionMatches(pattern, a)));
      if (matches.length > 0) actionsByPattern.set(pattern, matches);
    }
    const resourcesByPattern = new Map<string, string[]>();
    for (const pattern of listOf(statement.Resource)) {
      const matches = unique(
        used.map((c) => c.resource).filter((r) => pattern === '*' || arnMatches(pattern, r)),
      );
      if (matches.length > 0) resourcesByPattern.set(pattern, matches);
    }
    return { actionsByPattern, resourcesByPattern };
  });
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
