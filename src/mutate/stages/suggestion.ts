import { parsePolicy } from '../../policy/index.js';
import type {
  StatementSuggestion,
  SuggestedPolicy,
  TargetReport,
} from '../../report/report-types.js';
import type { LoggedCall } from '../logged-call.js';
import { statementsOf } from '../mutators/policy-json.js';
import { noSubstitution } from '../substitute.js';
import { firstGrantingStatement, narrowStatement, suggestPolicy } from '../suggest-policy.js';
import { isJustified } from '../verdict.js';
import type { JudgedMutants } from './mutants.js';
import { preparePolicy, type PreparedPolicy } from './prepare.js';

export interface SuggestionInput {
  /** Name shown for the policy (the suggested one is `<name> (suggested)`). */
  policyName: string;
  prepared: PreparedPolicy;
  /** The passed baseline's logged calls. */
  calls: readonly LoggedCall[];
  judged: JudgedMutants;
  /** Runs the whole proof (baseline, every mutant, statement rows) on another policy. */
  prove: (prepared: PreparedPolicy) => Promise<TargetReport>;
}

export interface ProvedSuggestion {
  suggestedPolicy: SuggestedPolicy;
  /** For each over-broad statement: its narrower replacement, or removal. */
  byStatement: ReadonlyMap<number, StatementSuggestion>;
}

/**
 * Stage 4: when some Allow statement is over-broad (it survived, covers nothing, or a narrower
 * variant survived), builds the smallest policy the baseline trace supports and proves it the
 * same way: a baseline run and every mutant. Each over-broad statement gets its narrower
 * replacement (or `null`: remove it), marked verified only if that proof held.
 */
export async function proveSuggestion(
  input: SuggestionInput,
): Promise<ProvedSuggestion | undefined> {
  const { prepared, calls, judged } = input;
  const overBroad = overBroadStatements(prepared, judged);
  if (overBroad.length === 0) return undefined;

  const suggested = suggestPolicy(prepared.json, calls);
  const text = JSON.stringify(suggested, null, 2);
  const parsed = parsePolicy(text, `${input.policyName} (suggested)`).value;
  if (parsed === undefined) return undefined;
  const check = await input.prove(
    preparePolicy({ fileText: text, parsed, substitution: noSubstitution }),
  );
  const verified =
    check.baseline.status === 'passed' &&
    check.statements.every((s) => s.effect === 'Deny' || s.justified === true);

  const present = <T>(value: T): T =>
    JSON.parse(prepared.substitution.reverse(JSON.stringify(value))) as T;
  const byCall = firstGrantingStatement(calls, prepared.statements.length);
  const originals = statementsOf(prepared.json);
  const byStatement = new Map<number, StatementSuggestion>();
  for (const index of overBroad) {
    const own = byCall[index] ?? [];
    byStatement.set(
      index,
      own.length === 0
        ? {
            statement: null,
            verified,
            reason: 'remove it: every call it allows is granted elsewhere or never made',
          }
        : {
            statement: present(narrowStatement(originals[index] ?? {}, own)),
            verified,
            reason: `narrow it to the ${count(own, (c) => c.action)} action(s) and ${count(own, (c) => c.resource)} resource(s) the workload used`,
          },
    );
  }
  return {
    suggestedPolicy: { policy: present(suggested), verified, score: check.score },
    byStatement,
  };
}

/** Allow statements shown unjustified, and those a narrower variant of survived. */
function overBroadStatements(prepared: PreparedPolicy, judged: JudgedMutants): number[] {
  const overBroad = new Set<number>();
  for (const s of prepared.statements) {
    const own = judged.ownByStatement[s.index];
    if (s.effect === 'Allow' && own !== undefined && isJustified(own.status) === false) {
      overBroad.add(s.index);
    }
  }
  for (const m of judged.mutants) {
    if (
      (m.mutator === 'narrow-resource' || m.mutator === 'remove-action') &&
      m.status === 'survived'
    ) {
      overBroad.add(m.index);
    }
  }
  return [...overBroad];
}

function count(calls: readonly LoggedCall[], key: (c: LoggedCall) => string): number {
  return new Set(calls.map(key)).size;
}
