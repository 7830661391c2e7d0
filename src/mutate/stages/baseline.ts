import type { MutationBackend } from '../backend.js';
import type { TargetConfig } from '../config/config-types.js';
import type { CallTrace, LoggedCall } from '../logged-call.js';
import type { RunOutcome } from '../verdict.js';
import { runWorkloadUnder } from './workload-run.js';

export type BaselineResult =
  | { passed: true; trace: CallTrace }
  /** No mutant is run: the unmutated policy must pass first. */
  | { passed: false; outcome: RunOutcome; calls: LoggedCall[] };

/** Stage 2: the workload once under the whole policy. */
export async function runBaseline(
  backend: MutationBackend,
  target: TargetConfig,
  policyText: string,
): Promise<BaselineResult> {
  const { outcome, trace } = await runWorkloadUnder(backend, target, policyText);
  if (outcome.kind === 'passed') return { passed: true, trace };
  return { passed: false, outcome, calls: trace.logged ? trace.calls : [] };
}
