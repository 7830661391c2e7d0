import type { MutantReport } from '../../report/report-types.js';
import type { Mutant } from '../mutators/index.js';
import type { DenialEvidence, MutantStatus } from '../verdict.js';

/** How one mutant was judged: the one typed result every judge returns. */
export interface Judgement {
  status: MutantStatus;
  deniedAction?: string;
  /** remove-deny: the action a probe is allowed once the Deny is gone, and that probe. */
  allowedAction?: string;
  probe?: string;
  evidence?: DenialEvidence;
  /** The replay's prediction, when one was made. */
  predicted?: MutantStatus;
  /** Whether the workload was re-run under the mutant (absent: the question did not arise). */
  rerun?: boolean;
  /** Appended to the mutant's description: why it is timeout/error, or what proved it. */
  reason?: string;
  /** The baseline call the replay predicted would be denied first (not reported). */
  predictedDenial?: { callIndex: number; action: string };
}

/** The report entry of a judged mutant. */
export function mutantReport(mutant: Mutant, judgement: Judgement): MutantReport {
  const { status, deniedAction, allowedAction, probe, evidence, predicted, rerun, reason } =
    judgement;
  return {
    id: mutant.id,
    mutator: mutant.mutator,
    sid: mutant.sid,
    index: mutant.statementIndex,
    description: reason === undefined ? mutant.description : `${mutant.description}; ${reason}`,
    status,
    ...(deniedAction !== undefined && { deniedAction }),
    ...(allowedAction !== undefined && { allowedAction }),
    ...(probe !== undefined && { probe }),
    ...(evidence !== undefined && { evidence }),
    ...(predicted !== undefined && { predicted }),
    ...(rerun !== undefined && { rerun }),
  };
}
