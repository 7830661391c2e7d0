import type { MutationBackend } from '../backend.js';
import type { TargetConfig } from '../config/config-types.js';
import type { Mutant } from '../mutators/index.js';
import type { RunOutcome } from '../verdict.js';
import type { Judgement } from './judgement.js';
import { runWorkloadUnder } from './workload-run.js';

/** Runs the target's probes under a policy text (results remembered per text). */
export type ProbeRunner = (policyText: string) => Promise<RunOutcome[]>;

/**
 * A workload never calls what a Deny forbids, so Deny statements are proved by probes:
 * commands that must be denied under the policy. The Deny is justified (killed) only if some
 * probe succeeds once it is removed; if every probe stays denied, something else already
 * denies them and the Deny survived.
 */
export async function judgeDenyMutant(
  mutant: Mutant,
  target: TargetConfig,
  policyText: string,
  probes: ProbeRunner,
): Promise<Judgement> {
  const commands = target.probes;
  if (commands === undefined) return { status: 'no-coverage', reason: 'no probe exercises it' };
  const underPolicy = await probes(policyText);
  const allowed = commands.filter((_, i) => underPolicy[i]?.kind !== 'denied');
  if (allowed.length > 0) {
    return {
      status: 'error',
      reason: `probe ${JSON.stringify(allowed[0])} is not denied even with the full policy`,
    };
  }
  const underMutant = await probes(JSON.stringify(mutant.policy));
  const escaped = underMutant.findIndex((o) => o.kind === 'passed');
  if (escaped === -1) return { status: 'survived' };
  const denial = underPolicy[escaped];
  const probe = commands[escaped] as string;
  // The probe was denied under the whole policy (checked above) and succeeds without the Deny:
  // the action it was denied is the one the Deny keeps from being allowed.
  return {
    status: 'killed',
    ...(denial?.kind === 'denied' && { allowedAction: denial.action }),
    probe,
    ...(denial?.kind === 'denied' && { evidence: denial.evidence }),
    reason: `probe ${JSON.stringify(probe)} succeeds without it`,
  };
}

export function probeRunner(backend: MutationBackend, target: TargetConfig): ProbeRunner {
  const cache = new Map<string, RunOutcome[]>();
  // A probe passes by succeeding at all: the workload's `expect` does not apply to it.
  const { expect: _expect, ...rest } = target;
  return async (policyText) => {
    const known = cache.get(policyText);
    if (known) return known;
    const outcomes: RunOutcome[] = [];
    for (const command of target.probes ?? []) {
      const probe = { ...rest, workload: { kind: 'command' as const, command } };
      outcomes.push((await runWorkloadUnder(backend, probe, policyText)).outcome);
    }
    cache.set(policyText, outcomes);
    return outcomes;
  };
}
