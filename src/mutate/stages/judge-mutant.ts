import { actionMatches } from '../../policy/index.js';
import type { MutationBackend } from '../backend.js';
import type { TargetConfig } from '../config/config-types.js';
import type { CallTrace } from '../logged-call.js';
import type { Mutant } from '../mutators/index.js';
import { predictMutant, type Prediction } from '../replay.js';
import { verdictFor, type RunOutcome, type Verdict } from '../verdict.js';
import type { Judgement } from './judgement.js';
import { runWorkloadUnder } from './workload-run.js';

/** Which mutants are re-run for real after the offline replay. */
export type VerifyMode = 'all' | 'survivors' | 'none';

export interface JudgeMutantInput {
  backend: MutationBackend;
  target: TargetConfig;
  verify: VerifyMode;
  /** The baseline's trace. */
  trace: CallTrace;
  /** Whether the baseline used the mutated statement at all (known only with a log). */
  statementUsed: boolean;
  /**
   * Proving a suggested policy from the original run's trace: for a baseline call (by index),
   * the action a real re-run showed the workload fails on when that call is the first denied.
   * A mutant predicted to be denied first at such a call is judged killed without a re-run;
   * any other prediction is re-run as the verify mode says.
   */
  observedKills?: ReadonlyMap<number, string>;
}

/**
 * Judges a mutant of an Allow statement. With an authorization log, a statement no call used
 * needs no re-run, and the replay predicts the rest offline; the verify mode decides which
 * predictions are checked by re-running the workload. Without a log every mutant is re-run.
 */
export async function judgeAllowMutant(
  mutant: Mutant,
  input: JudgeMutantInput,
): Promise<Judgement> {
  const { trace } = input;
  if (trace.logged && !input.statementUsed) return { status: 'no-coverage' };

  const prediction = trace.logged ? predictMutant(mutant, trace.calls) : undefined;
  const predicted = prediction && verdictFor(fromPrediction(prediction), grants(mutant));
  const rerun =
    predicted === undefined ||
    !(
      observedKill(prediction, predicted.status, input.observedKills) ||
      input.verify === 'none' ||
      (input.verify === 'survivors' && predicted.status !== 'survived')
    );
  let verdict: Verdict;
  if (rerun) {
    const run = await runWorkloadUnder(input.backend, input.target, JSON.stringify(mutant.policy));
    verdict = verdictFor(run.outcome, grants(mutant));
  } else {
    verdict = predicted;
  }
  return {
    status: verdict.status,
    ...(verdict.deniedAction !== undefined && { deniedAction: verdict.deniedAction }),
    ...(verdict.evidence !== undefined && { evidence: verdict.evidence }),
    ...(predicted !== undefined && { predicted: predicted.status }),
    rerun,
    ...(verdict.reason !== undefined && { reason: verdict.reason }),
    ...(prediction?.kind === 'denied' && {
      predictedDenial: { callIndex: prediction.callIndex, action: prediction.action },
    }),
  };
}

/**
 * Whether a real run already showed what this prediction says: the workload, denied first at
 * the same call for the same action, failed. The calls before it are decided as they were then
 * (the replay and the retrace both say so), so the run under this mutant is that run again.
 */
function observedKill(
  prediction: Prediction | undefined,
  status: string,
  observed: ReadonlyMap<number, string> | undefined,
): boolean {
  return (
    observed !== undefined &&
    prediction?.kind === 'denied' &&
    status === 'killed' &&
    observed.get(prediction.callIndex) === prediction.action
  );
}

/** Whether a denied action is one the mutant withdrew (an exact kill). */
function grants(mutant: Mutant): (action: string) => boolean {
  return (action) => mutant.withdrawnActions.some((pattern) => actionMatches(pattern, action));
}

function fromPrediction(prediction: Prediction): RunOutcome {
  return prediction.kind === 'passed'
    ? { kind: 'passed' }
    : {
        kind: 'denied',
        action: prediction.action,
        resource: prediction.resource,
        evidence: 'authz-log',
      };
}
