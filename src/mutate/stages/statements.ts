import type { StatementReport, StatementSuggestion } from '../../report/report-types.js';
import { callsByStatement, type LoggedCall } from '../logged-call.js';
import { isJustified } from '../verdict.js';
import type { JudgedMutants } from './mutants.js';
import type { PolicyStatement, PreparedPolicy } from './prepare.js';

export interface StatementsInput {
  prepared: PreparedPolicy;
  judged: JudgedMutants;
  /** The passed baseline's logged calls (empty without an authorization log). */
  calls: readonly LoggedCall[];
  /** The proved suggestion's entry per over-broad statement. */
  suggestions?: ReadonlyMap<number, StatementSuggestion>;
}

/**
 * Stage 5: one report row per statement, from the prepared statement and the verdict of the
 * mutant that removed it. Every statement has such a mutant (remove-statement or
 * remove-deny); were one missing, the row would read `error`, never justified.
 */
export function statementRows(input: StatementsInput): StatementReport[] {
  const { prepared, judged } = input;
  const allowedBy = callsByStatement(
    input.calls.filter((c) => c.decision === 'allow'),
    prepared.statements.length,
  );
  return prepared.statements.map((statement) => {
    const { index } = statement;
    const own = judged.ownByStatement[index];
    const status = own?.status ?? 'error';
    const used = judged.usage[index];
    return {
      ...statementFacts(statement),
      status,
      justified: isJustified(status),
      deniedAction: own?.deniedAction ?? null,
      ...(own?.allowedAction !== undefined && { allowedAction: own.allowedAction }),
      ...(own?.probe !== undefined && { probe: own.probe }),
      coveredBy:
        status === 'survived' ? coveringStatements(index, allowedBy[index] ?? [], prepared) : [],
      ...(used && {
        usedActions: [...new Set([...used.actionsByPattern.values()].flat())].sort(),
        usedResources: [...new Set([...used.resourcesByPattern.values()].flat())].sort(),
      }),
      findings: prepared.findings[index] ?? [],
      suggestion: input.suggestions?.get(index) ?? null,
    };
  });
}

/** The rows of a policy whose baseline did not pass: nothing is decided. */
export function undecidedStatementRows(prepared: PreparedPolicy): StatementReport[] {
  return prepared.statements.map((statement) => ({
    ...statementFacts(statement),
    status: 'error',
    justified: null,
    deniedAction: null,
    coveredBy: [],
    findings: prepared.findings[statement.index] ?? [],
    suggestion: null,
  }));
}

function statementFacts(
  s: PolicyStatement,
): Pick<StatementReport, 'sid' | 'index' | 'line' | 'column' | 'effect' | 'actions' | 'resources'> {
  return {
    sid: s.sid,
    index: s.index,
    line: s.line,
    column: s.column,
    effect: s.effect,
    actions: s.actions,
    resources: s.resources,
  };
}

/** The other statements (by Sid, or `#index`) that also granted this statement's calls. */
function coveringStatements(
  index: number,
  calls: readonly LoggedCall[],
  prepared: PreparedPolicy,
): string[] {
  const names = new Set<string>();
  for (const call of calls) {
    for (const ref of call.matched) {
      if (ref.index === index) continue;
      names.add(prepared.statements[ref.index]?.sid ?? `#${ref.index}`);
    }
    if (call.grantedElsewhere > 0) names.add('(another policy)');
  }
  return [...names].sort();
}
