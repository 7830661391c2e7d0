import { interruptionOf, type RunInterrupted } from '../common/errors.js';
import type { CallRecord, TargetReport } from '../report/report-types.js';
import { targetInRepositoryTerms } from '../report/reverse-substitutions.js';
import type { MutationBackend } from './backend.js';
import type { TargetConfig } from './config/config-types.js';
import type { LoggedCall } from './logged-call.js';
import type { RunReporter } from './run-events.js';
import { generateMutants } from './mutators/index.js';
import { predictMutant } from './replay.js';
import { retraceUnder, sameCalls } from './retrace.js';
import { mutationScore } from './score.js';
import { statementUsage } from './statement-usage.js';
import { runBaseline } from './stages/baseline.js';
import type { VerifyMode } from './stages/judge-mutant.js';
import { judgeMutants } from './stages/mutants.js';
import type { PreparedPolicy } from './stages/prepare.js';
import { statementRows, undecidedStatementRows } from './stages/statements.js';
import { proveSuggestion } from './stages/suggestion.js';
import { targetNotes } from './stages/target-notes.js';
import { describeOutcome } from './stages/workload-run.js';

export type { VerifyMode };

export interface TargetRun {
  target: TargetConfig;
  /** The policy as attached, with its statements described (stages/prepare.ts). */
  prepared: PreparedPolicy;
  backend: MutationBackend;
  verify: VerifyMode;
  reporter?: RunReporter;
  index: number;
  total: number;
  /** Compute and verify a narrower policy when a statement is over-broad (default true). */
  suggest?: boolean;
  /**
   * What the run would leave behind if the process died now, kept current for the edges (a
   * second Ctrl-C prints it): the role's policy is listed while it is not the original.
   */
  leftovers?: Set<string>;
  /** Shared by the run's targets: see KillsByWorkload. */
  killsByWorkload?: KillsByWorkload;
}

/**
 * The kills real runs have shown, by workload (the same role, workload, timeout and
 * expectations), for the targets after them in the same run. A later target whose baseline made
 * the very same calls judges a mutant predicted to be denied first at one of those calls, for
 * the same action, as killed without running it again: the workload gets the same answers up to
 * that call as in the run that showed it fails there. The suggested policy's proof relies on
 * its own target's kills the same way.
 */
export type KillsByWorkload = Map<string, TraceProof>;

function workloadKey(target: TargetConfig): string {
  return JSON.stringify([target.role, target.workload, target.timeoutMs, target.expect ?? null]);
}

/**
 * The baseline-plus-mutant loop for one target (docs/architecture.md): baseline, mutants,
 * suggestion, statement rows, each a stage under stages/. The role's previous inline policy
 * of that name is restored afterwards, whatever happens (an interruption included, which then
 * records what it restored). The report is returned in the policy
 * file's terms: every text the run saw is mapped back through the substitution it applied.
 */
export async function runTarget(run: TargetRun): Promise<TargetReport> {
  const { target, backend } = run;
  run.reporter?.onTargetStarted?.({ policy: target.policy, index: run.index, total: run.total });
  const previous = await backend.getRolePolicy(target.role, target.policyName);
  const policyRef = `role ${target.role}'s inline policy ${target.policyName}`;
  const leftover =
    previous === undefined
      ? `${policyRef} is attached (the role had none before the run)`
      : `${policyRef} may hold a mutant instead of its original`;
  run.leftovers?.add(leftover);
  let interrupted: RunInterrupted | undefined;
  try {
    const report = targetInRepositoryTerms(
      await proveTarget(run, run.prepared, run.suggest !== false),
      run.prepared.substitution.reverse,
    );
    run.reporter?.onTargetFinished?.(report);
    return report;
  } catch (error) {
    interrupted = interruptionOf(error, backend.signal);
    interrupted?.during.unshift(`target ${run.index + 1}/${run.total} ${target.policy}`);
    throw interrupted ?? error;
  } finally {
    await restore(backend, target, previous, interrupted);
    run.leftovers?.delete(leftover);
  }
}

/** Puts the role's inline policy back as it was (or deletes it when there was none). */
async function restore(
  backend: MutationBackend,
  target: TargetConfig,
  previous: string | undefined,
  interrupted: RunInterrupted | undefined,
): Promise<void> {
  const policyRef = `role ${target.role}'s inline policy ${target.policyName}`;
  try {
    if (previous === undefined) await backend.deleteRolePolicy(target.role, target.policyName);
    else await backend.putRolePolicy(target.role, target.policyName, previous);
  } catch (error) {
    // Interrupted, the interruption is what is reported, with the failed restore in it.
    if (interrupted === undefined) throw error;
    interrupted.leftBehind.push(
      `${policyRef} could not be restored: ${(error as Error).message.split('\n', 1)[0]}`,
    );
    return;
  }
  interrupted?.undone.push(
    previous === undefined
      ? `deleted ${policyRef} (the role had none before the run)`
      : `restored ${policyRef} to its original document`,
  );
}

/**
 * What real runs already established about a sequence of calls: for proving a suggested policy,
 * the original's calls as the suggestion would decide them (every decision unchanged,
 * src/mutate/retrace.ts) and the kills its re-runs showed; for a later target of the same
 * workload (KillsByWorkload), an earlier target's baseline calls and kills.
 */
interface TraceProof {
  retraced: LoggedCall[];
  observedKills: ReadonlyMap<number, string>;
}

async function proveTarget(
  run: TargetRun,
  prepared: PreparedPolicy,
  suggest: boolean,
  proof?: TraceProof,
): Promise<TargetReport> {
  const { target, backend, reporter } = run;
  // The baseline is taken from the trace only when the trace decides every Allow mutant too;
  // otherwise it runs for real, and the observed kills still apply if it made the same calls.
  const fromTrace =
    proof !== undefined && decidedByTrace(prepared, proof, run.verify)
      ? ({ passed: true, trace: { logged: true, calls: proof.retraced } } as const)
      : undefined;
  const baseline = fromTrace ?? (await runBaseline(backend, target, prepared.text));
  const header = { policy: target.policy, role: target.role };
  if (!baseline.passed) {
    const reason = describeOutcome(baseline.outcome);
    reporter?.onBaselineFinished?.({
      policy: target.policy,
      passed: false,
      calls: baseline.calls.length,
      reason,
    });
    const kind = baseline.outcome.kind;
    return {
      ...header,
      baseline: {
        status: kind === 'timeout' ? 'timeout' : kind === 'denied' ? 'failed' : 'error',
        calls: baseline.calls.map(toCallRecord),
        reason,
      },
      statements: undecidedStatementRows(prepared),
      mutants: [],
      score: null,
      mutantScore: null,
      notes: [`baseline did not pass, so no mutant was run: ${reason}`],
    };
  }

  const { trace } = baseline;
  const calls = trace.logged ? trace.calls : [];
  reporter?.onBaselineFinished?.({ policy: target.policy, passed: true, calls: calls.length });
  // The target's own proof (a suggestion's), else what earlier targets of this workload showed.
  const key = workloadKey(target);
  const known = proof ?? run.killsByWorkload?.get(key);
  const observedKills =
    known !== undefined && trace.logged && sameCalls(trace.calls, known.retraced)
      ? known.observedKills
      : undefined;
  const judged = await judgeMutants({
    backend,
    target,
    verify: run.verify,
    prepared,
    trace,
    ...(observedKills && { observedKills }),
    ...(reporter?.onMutantFinished && {
      onMutantFinished: (event) => reporter.onMutantFinished?.({ policy: target.policy, ...event }),
    }),
  });
  // Every kill known for these calls: this target's re-runs and, for the same calls, earlier ones.
  const knownKills = new Map([...(observedKills ?? []), ...judged.observedKills]);
  if (proof === undefined && trace.logged) {
    run.killsByWorkload?.set(key, { retraced: trace.calls, observedKills: knownKills });
  }
  const suggestion =
    suggest && trace.logged
      ? await proveSuggestion({
          policyName: target.policy,
          prepared,
          calls,
          judged,
          prove: (other) => {
            const retraced = retraceUnder(other.text, calls);
            return proveTarget(
              { ...run, reporter: undefined },
              other,
              false,
              retraced && { retraced, observedKills: knownKills },
            );
          },
        })
      : undefined;
  const statements = statementRows({
    prepared,
    judged,
    calls,
    ...(suggestion && { suggestions: suggestion.byStatement }),
  });
  return {
    ...header,
    baseline: { status: 'passed', calls: calls.map(toCallRecord) },
    statements,
    mutants: judged.mutants,
    score: mutationScore(statements.map((s) => s.status)),
    mutantScore: mutationScore(judged.mutants.map((m) => m.status)),
    notes: [...targetNotes(judged.mutants, trace), ...(suggestion?.notes ?? [])],
    ...(suggestion && { suggestedPolicy: suggestion.suggestedPolicy }),
  };
}

/**
 * Whether the trace decides every Allow mutant of the policy without a re-run: each is
 * predicted denied first at a call whose denial a real re-run already showed kills the
 * workload, or (verify: none) predicted to survive.
 */
function decidedByTrace(prepared: PreparedPolicy, proof: TraceProof, verify: VerifyMode): boolean {
  if (proof.observedKills.size === 0) return false;
  const usage = statementUsage(prepared.json, proof.retraced);
  for (const mutant of generateMutants({ policy: prepared.json, usage })) {
    if (mutant.mutator === 'remove-deny') continue; // judged by probes, never by the workload
    if (usage[mutant.statementIndex] === undefined) continue; // no-coverage, no run needed
    const prediction = predictMutant(mutant, proof.retraced);
    if (prediction.kind === 'passed') {
      if (verify === 'none') continue;
      return false;
    }
    if (proof.observedKills.get(prediction.callIndex) !== prediction.action) return false;
  }
  return true;
}

function toCallRecord(call: LoggedCall): CallRecord {
  return {
    action: call.action,
    resource: call.resource,
    decision: call.decision,
    matchedSids: call.matched.map((ref) => ref.sid ?? `#${ref.index}`),
  };
}
