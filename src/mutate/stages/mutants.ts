import { throwIfInterrupted } from '../../common/errors.js';
import type { MutantReport } from '../../report/report-types.js';
import type { MutationBackend } from '../backend.js';
import type { TargetConfig } from '../config/config-types.js';
import type { CallTrace } from '../logged-call.js';
import { generateMutants, type StatementUsage } from '../mutators/index.js';
import { statementUsage } from '../statement-usage.js';
import { judgeDenyMutant, probeRunner } from './judge-deny.js';
import { judgeAllowMutant, type VerifyMode } from './judge-mutant.js';
import { mutantReport } from './judgement.js';
import type { PreparedPolicy } from './prepare.js';

export interface MutantsInput {
  backend: MutationBackend;
  target: TargetConfig;
  verify: VerifyMode;
  prepared: PreparedPolicy;
  /** The passed baseline's trace. */
  trace: CallTrace;
  onMutantFinished?: (event: { index: number; total: number; mutant: MutantReport }) => void;
  /** See JudgeMutantInput.observedKills: kills real runs of another policy already showed. */
  observedKills?: ReadonlyMap<number, string>;
}

export interface JudgedMutants {
  /** Every mutant, in the order they were generated and run. */
  mutants: MutantReport[];
  /**
   * Indexed like the policy's statements: the mutant that removed the statement as a whole
   * (remove-statement for an Allow, remove-deny for a Deny), whose verdict is the statement's.
   */
  ownByStatement: (MutantReport | undefined)[];
  /** What the baseline used of each statement (empty without an authorization log). */
  usage: (StatementUsage | undefined)[];
  /**
   * What the real re-runs showed, by baseline call index: a mutant predicted to be denied
   * first at that call was re-run, denied that call's action and killed (the workload failed).
   */
  observedKills: Map<number, string>;
}

/** Stage 3: generates every mutant of the policy and judges each, in order. */
export async function judgeMutants(input: MutantsInput): Promise<JudgedMutants> {
  const { backend, target, prepared, trace } = input;
  const usage = statementUsage(prepared.json, trace.logged ? trace.calls : []);
  const mutants = generateMutants({ policy: prepared.json, usage });
  const probes = probeRunner(backend, target);
  const reports: MutantReport[] = [];
  const ownByStatement: (MutantReport | undefined)[] = prepared.statements.map(() => undefined);
  const observedKills = new Map<number, string>();
  for (const [index, mutant] of mutants.entries()) {
    // Probes of a Deny mutant run no workload: checked here too so an interrupt stops them.
    throwIfInterrupted(backend.signal);
    const judgement =
      mutant.mutator === 'remove-deny'
        ? await judgeDenyMutant(mutant, target, prepared.text, probes)
        : await judgeAllowMutant(mutant, {
            backend,
            target,
            verify: input.verify,
            trace,
            statementUsed: usage[mutant.statementIndex] !== undefined,
            ...(input.observedKills && { observedKills: input.observedKills }),
          });
    const denial = judgement.predictedDenial;
    if (
      denial !== undefined &&
      judgement.rerun === true &&
      judgement.status === 'killed' &&
      judgement.deniedAction === denial.action
    ) {
      observedKills.set(denial.callIndex, denial.action);
    }
    const report = mutantReport(mutant, judgement);
    reports.push(report);
    if (mutant.mutator === 'remove-statement' || mutant.mutator === 'remove-deny') {
      ownByStatement[mutant.statementIndex] = report;
    }
    input.onMutantFinished?.({ index, total: mutants.length, mutant: report });
  }
  return { mutants: reports, ownByStatement, usage, observedKills };
}
