import { throwIfInterrupted } from '../../common/errors.js';
import type { MutationBackend } from '../backend.js';
import type { TargetConfig } from '../config/config-types.js';
import { interpretRun } from '../interpret-run.js';
import type { CallTrace } from '../logged-call.js';
import type { RunOutcome } from '../verdict.js';

/** One run of a workload under one policy text, judged, with what the log recorded. */
export interface WorkloadRun {
  outcome: RunOutcome;
  trace: CallTrace;
}

/**
 * Attaches a policy text, runs the target's workload once, and judges the run. An interrupted
 * run attaches nothing more and judges nothing it cut short.
 */
export async function runWorkloadUnder(
  backend: MutationBackend,
  target: TargetConfig,
  policyText: string,
): Promise<WorkloadRun> {
  throwIfInterrupted(backend.signal);
  await attachPolicy(backend, target, policyText);
  const log = backend.authorizationLog;
  if (log === undefined) {
    const result = await backend.runWorkload(target);
    throwIfInterrupted(backend.signal);
    return { outcome: interpretRun(result, undefined, target.expect), trace: { logged: false } };
  }
  const cursor = await log.mark();
  const result = await backend.runWorkload(target);
  throwIfInterrupted(backend.signal);
  const calls = await log.readSince(cursor, target.role, target.policyName);
  return { outcome: interpretRun(result, calls, target.expect), trace: { logged: true, calls } };
}

/**
 * Puts the policy text as the role's inline policy. IAM refuses a document with no statement
 * (MalformedPolicyDocument), and a policy whose only statement is removed grants what no
 * inline policy grants: so an empty mutant (or an empty suggestion) is run with the role's
 * inline policy deleted. The run's restore puts the original back as for any mutant.
 */
async function attachPolicy(
  backend: MutationBackend,
  target: TargetConfig,
  policyText: string,
): Promise<void> {
  if (!hasNoStatement(policyText)) {
    await backend.putRolePolicy(target.role, target.policyName, policyText);
  } else if ((await backend.getRolePolicy(target.role, target.policyName)) !== undefined) {
    await backend.deleteRolePolicy(target.role, target.policyName);
  }
}

function hasNoStatement(policyText: string): boolean {
  try {
    const parsed = JSON.parse(policyText) as { Statement?: unknown };
    return Array.isArray(parsed.Statement) && parsed.Statement.length === 0;
  } catch {
    return false;
  }
}

/** One line for people: why a run did not pass. */
export function describeOutcome(outcome: RunOutcome): string {
  switch (outcome.kind) {
    case 'passed':
      return 'passed';
    case 'denied':
      return `denied ${outcome.action}${outcome.resource ? ` on ${outcome.resource}` : ''} (evidence: ${outcome.evidence})`;
    case 'timeout':
      return `timed out after ${outcome.afterMs} ms`;
    case 'failed':
      return outcome.reason;
  }
}
