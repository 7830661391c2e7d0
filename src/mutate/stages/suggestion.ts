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
import { preparePolicy, type PolicyStatement, type PreparedPolicy } from './prepare.js';

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
  /** For the target's notes: why the suggestion is not verified, why it keeps a Deny. */
  notes: string[];
}

/**
 * Stage 4: when some statement is over-broad (an Allow that survived, covers nothing, or a
 * narrower variant of which survived; a Deny that every probe showed redundant), builds the
 * smallest policy the baseline trace and the probes support and proves it the same way: a
 * baseline run and every mutant. Each over-broad statement gets its narrower replacement (or
 * `null`: remove it), marked verified only if that proof held; an unverified suggestion says
 * why.
 */
export async function proveSuggestion(
  input: SuggestionInput,
): Promise<ProvedSuggestion | undefined> {
  const { prepared, calls, judged } = input;
  const overBroad = overBroadAllows(prepared, judged);
  const redundantDenies = new Set(
    prepared.statements
      .filter((s) => s.effect === 'Deny' && judged.ownByStatement[s.index]?.status === 'survived')
      .map((s) => s.index),
  );
  if (overBroad.length === 0 && redundantDenies.size === 0) return undefined;

  const suggested = suggestPolicy(prepared.json, calls, redundantDenies);
  const text = JSON.stringify(suggested, null, 2);
  const parsed = parsePolicy(text, `${input.policyName} (suggested)`).value;
  if (parsed === undefined) return undefined;
  const check = await input.prove(
    preparePolicy({ fileText: text, parsed, substitution: noSubstitution }),
  );
  const unverified = whyNotVerified(check);
  const verified = unverified === undefined;

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
            statement: narrowStatement(originals[index] ?? {}, own),
            verified,
            reason: `narrow it to the ${count(own, (c) => c.action)} action(s) and ${count(own, (c) => c.resource)} resource(s) the workload used`,
          },
    );
  }
  for (const index of redundantDenies) {
    byStatement.set(index, {
      statement: null,
      verified,
      reason: 'remove it: every probe stays denied without it',
    });
  }
  const notes = [...keptDenyNotes(prepared, judged), ...denyNotesOfTheCheck(check)];
  if (unverified !== undefined)
    notes.unshift(`the suggested policy is not verified: ${unverified}`);
  return {
    suggestedPolicy: {
      policy: suggested,
      verified,
      score: check.score,
      ...(unverified !== undefined && { reason: unverified }),
    },
    byStatement,
    notes,
  };
}

/** Allow statements shown unjustified, and those a narrower variant of survived. */
function overBroadAllows(prepared: PreparedPolicy, judged: JudgedMutants): number[] {
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

/** Which step of the suggestion's own proof failed, or undefined when it held. */
function whyNotVerified(check: TargetReport): string | undefined {
  if (check.baseline.status !== 'passed') {
    return `its own baseline did not pass (${check.baseline.status}: ${check.baseline.reason ?? 'no reason given'})`;
  }
  const unproved = check.statements.filter((s) => s.effect === 'Allow' && s.justified !== true);
  if (unproved.length === 0) return undefined;
  return `in its own mutant run, ${unproved.map((s) => `${s.sid ?? `#${s.index}`} was ${s.status}`).join(', ')}`;
}

/**
 * `verified` looks at Allow statements only, so a suggestion can be verified with a score under
 * 100: once its Allows are narrowed, a Deny that was needed may block nothing they grant any
 * more, and survives in the suggestion's own run. Say so, instead of leaving a reader to
 * wonder why a verified policy scores 50.
 */
function denyNotesOfTheCheck(check: TargetReport): string[] {
  if (check.baseline.status !== 'passed') return [];
  return check.statements
    .filter((s) => s.effect === 'Deny' && s.justified !== true)
    .map((s) => {
      const sid = s.sid ?? `#${s.index}`;
      return s.justified === false
        ? `the suggested policy's score counts Deny ${sid}, which ${s.status === 'no-coverage' ? 'no probe exercises' : 'survived'} in its own run: once the Allow statements are narrowed, nothing ${sid} blocks is granted any more, so removing it changes nothing. "verified" looks at Allow statements only; keep ${sid} as a guard against a later, broader Allow, or drop it`
        : `the suggested policy's Deny ${sid} could not be judged in its own run (${s.status}); "verified" looks at Allow statements only`;
    });
}

/** A Deny the suggestion keeps although it was not shown needed: say why. */
function keptDenyNotes(prepared: PreparedPolicy, judged: JudgedMutants): string[] {
  const notes: string[] = [];
  for (const s of prepared.statements) {
    const status = judged.ownByStatement[s.index]?.status;
    if (s.effect !== 'Deny' || status === 'killed' || status === 'survived') continue;
    notes.push(`the suggested policy keeps Deny ${name(s)}: ${keptBecause(status)}`);
  }
  return notes;
}

function keptBecause(status: string | undefined): string {
  return status === 'no-coverage'
    ? 'no probe exercises it, so nothing showed it unnecessary'
    : `its probes could not decide it (${status ?? 'not judged'}), so nothing showed it unnecessary`;
}

function name(s: PolicyStatement): string {
  return s.sid ?? `#${s.index}`;
}

function count(calls: readonly LoggedCall[], key: (c: LoggedCall) => string): number {
  return new Set(calls.map(key)).size;
}
