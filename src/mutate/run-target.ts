import { type IgnoreEntry, statementFindings } from '../lint/index.js';
import { parsePolicy, type ParsedPolicy } from '../policy/index.js';
import type { MutantReport, StatementReport, TargetReport } from '../report/report-types.js';
import type { MutationBackend } from './backend.js';
import type { BaselineCall } from './baseline-call.js';
import { callsByStatement } from './baseline-call.js';
import type { TargetConfig } from './config/config-types.js';
import { interpretRun } from './interpret-run.js';
import { generateMutants, type Mutant } from './mutators/index.js';
import { listOf, sidOf, statementsOf, type PolicyJson } from './mutators/policy-json.js';
import { predictMutant, type Prediction } from './replay.js';
import type { RunReporter } from './run-events.js';
import { mutationScore } from './score.js';
import { actionMatches } from '../policy/index.js';
import { statementUsage } from './statement-usage.js';
import { firstGrantingStatement, narrowStatement, suggestPolicy } from './suggest-policy.js';
import { isJustified, verdictFor, type RunOutcome, type Verdict } from './verdict.js';

/** Which mutants are re-run for real after the offline replay. */
export type VerifyMode = 'all' | 'survivors' | 'none';

export interface TargetRun {
  target: TargetConfig;
  /** The policy text after substitution: what is attached. */
  policyText: string;
  /** The parsed original policy, for statement line numbers. */
  parsed: ParsedPolicy;
  backend: MutationBackend;
  verify: VerifyMode;
  reporter?: RunReporter;
  index: number;
  total: number;
  /** Compute and verify a narrower policy when a statement is over-broad (default true). */
  suggest?: boolean;
  /** Turns emulator-side text (account, generated ids) back into the policy file's terms. */
  present?: (text: string) => string;
  /** Config `ignore:` entries for this policy (lint findings kept but marked suppressed). */
  lintIgnore?: readonly IgnoreEntry[];
}

/**
 * The baseline-plus-mutant loop for one target (DESIGN.md, "What the product does"). The
 * role's previous inline policy of that name is restored afterwards, whatever happens.
 */
export async function runTarget(run: TargetRun): Promise<TargetReport> {
  const { target, backend } = run;
  run.reporter?.onTargetStarted?.({ policy: target.policy, index: run.index, total: run.total });
  const previous = await backend.getRolePolicy(target.role, target.policyName);
  try {
    const report = await mutateTarget(run);
    run.reporter?.onTargetFinished?.(report);
    return report;
  } finally {
    if (previous === undefined) await backend.deleteRolePolicy(target.role, target.policyName);
    else await backend.putRolePolicy(target.role, target.policyName, previous);
  }
}

async function mutateTarget(run: TargetRun): Promise<TargetReport> {
  const { target } = run;
  const policy = JSON.parse(run.policyText) as PolicyJson;
  const baseline = await runOnce(run, run.policyText);
  const passed = baseline.outcome.kind === 'passed';
  run.reporter?.onBaselineFinished?.({
    policy: target.policy,
    passed,
    calls: baseline.calls?.length ?? 0,
    ...(!passed && { reason: describeOutcome(baseline.outcome) }),
  });
  if (!passed) return failedBaselineReport(run, policy, baseline.outcome, baseline.calls ?? []);

  const calls = baseline.calls;
  const usage = statementUsage(policy, calls ?? []);
  const mutants = generateMutants({ policy, usage });
  const reports: MutantReport[] = [];
  const probes = probeRunner(run);
  for (const [i, mutant] of mutants.entries()) {
    const report =
      mutant.mutator === 'remove-deny'
        ? await judgeDeny(run, mutant, probes)
        : await judgeMutant(run, mutant, calls, usage[mutant.statementIndex] !== undefined);
    reports.push(report);
    run.reporter?.onMutantFinished?.({
      policy: target.policy,
      index: i,
      total: mutants.length,
      mutant: report,
    });
  }
  const statements = statementReports(run, policy, reports, calls, usage);
  const suggested =
    run.suggest === false || calls === undefined
      ? undefined
      : await verifiedSuggestion(run, policy, calls, statements, reports);
  return {
    policy: target.policy,
    role: target.role,
    baseline: { status: 'passed', calls: (calls ?? []).map(toCallRecord) },
    statements,
    mutants: reports,
    score: mutationScore(statements.map((s) => s.status)),
    mutantScore: mutationScore(reports.map((m) => m.status)),
    notes: notesFor(reports, calls),
    ...(suggested && { suggestedPolicy: suggested }),
  };
}

/**
 * When some statement is over-broad (it survived, covers nothing, or a narrower variant
 * survived), builds the smallest policy the baseline trace supports and proves it the same
 * way: a baseline run and every mutant. Each over-broad statement then carries its narrower
 * replacement (or `null`: remove it), marked verified only if that proof held.
 */
async function verifiedSuggestion(
  run: TargetRun,
  policy: PolicyJson,
  calls: readonly BaselineCall[],
  statements: StatementReport[],
  mutants: readonly MutantReport[],
): Promise<TargetReport['suggestedPolicy']> {
  const overBroad = new Set<number>();
  for (const s of statements) {
    if (s.effect === 'Allow' && s.justified === false) overBroad.add(s.index);
  }
  for (const m of mutants) {
    if (
      (m.mutator === 'narrow-resource' || m.mutator === 'remove-action') &&
      m.status === 'survived'
    ) {
      overBroad.add(m.index);
    }
  }
  if (overBroad.size === 0) return undefined;

  const suggested = suggestPolicy(policy, calls);
  const text = JSON.stringify(suggested, null, 2);
  const parsed = parsePolicy(text, `${run.target.policy} (suggested)`).value;
  if (parsed === undefined) return undefined;
  const check = await mutateTarget({
    ...run,
    policyText: text,
    parsed,
    suggest: false,
    reporter: undefined,
  });
  const verified =
    check.baseline.status === 'passed' &&
    check.statements.every((s) => s.effect === 'Deny' || s.justified === true);

  const present = <T>(value: T): T =>
    run.present ? (JSON.parse(run.present(JSON.stringify(value))) as T) : value;
  const byStatement = firstGrantingStatement(calls, statements.length);
  const originals = statementsOf(policy);
  for (const index of overBroad) {
    const own = byStatement[index] ?? [];
    const report = statements[index];
    if (report === undefined) continue;
    report.suggestion =
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
          };
  }
  return { policy: present(suggested), verified, score: check.score };
}

function count(calls: readonly BaselineCall[], key: (c: BaselineCall) => string): number {
  return new Set(calls.map(key)).size;
}

async function judgeMutant(
  run: TargetRun,
  mutant: Mutant,
  calls: BaselineCall[] | undefined,
  statementUsed: boolean,
): Promise<MutantReport> {
  const base = {
    id: mutant.id,
    mutator: mutant.mutator,
    sid: mutant.sid,
    index: mutant.statementIndex,
    description: mutant.description,
  };
  if (mutant.mutator === 'remove-deny') {
    // A workload never calls what a Deny forbids; only probes (not configured) could prove it.
    return {
      ...base,
      status: 'no-coverage',
      description: `${mutant.description}; no probe exercises it`,
    };
  }
  // With an authorization log, a statement no call used needs no re-run to be judged.
  if (calls !== undefined && !statementUsed) return { ...base, status: 'no-coverage' };

  const prediction = calls === undefined ? undefined : predictMutant(mutant, calls);
  const predicted = prediction && verdictFor(fromPrediction(prediction), grants(mutant));
  const rerun =
    prediction === undefined ||
    run.verify === 'all' ||
    (run.verify === 'survivors' && predicted?.status === 'survived');
  const verdict: Verdict = rerun
    ? verdictFor((await runOnce(run, JSON.stringify(mutant.policy))).outcome, grants(mutant))
    : (predicted as Verdict);
  return {
    ...base,
    status: verdict.status,
    ...(verdict.deniedAction !== undefined && { deniedAction: verdict.deniedAction }),
    ...(verdict.evidence !== undefined && { evidence: verdict.evidence }),
    ...(predicted !== undefined && { predicted: predicted.status }),
    rerun,
    ...(verdict.reason !== undefined && {
      description: `${mutant.description}; ${verdict.reason}`,
    }),
  };
}

function mutantBase(mutant: Mutant) {
  return {
    id: mutant.id,
    mutator: mutant.mutator,
    sid: mutant.sid,
    index: mutant.statementIndex,
    description: mutant.description,
  };
}

/**
 * A workload never calls what a Deny forbids, so Deny statements are proved by probes:
 * commands that must be denied under the policy. The Deny is justified (killed) only if some
 * probe succeeds once it is removed; if every probe stays denied, something else already
 * denies them and the Deny survived.
 */
async function judgeDeny(
  run: TargetRun,
  mutant: Mutant,
  probes: (policyText: string) => Promise<RunOutcome[]>,
): Promise<MutantReport> {
  const base = mutantBase(mutant);
  const commands = run.target.probes;
  if (commands === undefined) {
    return {
      ...base,
      status: 'no-coverage',
      description: `${mutant.description}; no probe exercises it`,
    };
  }
  const underPolicy = await probes(run.policyText);
  const allowed = commands.filter((_, i) => underPolicy[i]?.kind !== 'denied');
  if (allowed.length > 0) {
    return {
      ...base,
      status: 'error',
      description: `${mutant.description}; probe ${JSON.stringify(allowed[0])} is not denied even with the full policy`,
    };
  }
  const underMutant = await probes(JSON.stringify(mutant.policy));
  const escaped = underMutant.findIndex((o) => o.kind === 'passed');
  if (escaped === -1) return { ...base, status: 'survived' };
  const denial = underPolicy[escaped];
  return {
    ...base,
    status: 'killed',
    ...(denial?.kind === 'denied' && { deniedAction: denial.action, evidence: denial.evidence }),
    description: `${mutant.description}; probe ${JSON.stringify(commands[escaped])} succeeds without it`,
  };
}

/** Runs the target's probes under a policy text, remembering results per text. */
function probeRunner(run: TargetRun): (policyText: string) => Promise<RunOutcome[]> {
  const cache = new Map<string, RunOutcome[]>();
  return async (policyText) => {
    const known = cache.get(policyText);
    if (known) return known;
    const outcomes: RunOutcome[] = [];
    for (const command of run.target.probes ?? []) {
      // A probe passes by succeeding at all: the workload's `expect` does not apply to it.
      const { expect, ...target } = run.target;
      const probe = { ...target, workload: { kind: 'command' as const, command } };
      outcomes.push((await runOnce({ ...run, target: probe }, policyText)).outcome);
    }
    cache.set(policyText, outcomes);
    return outcomes;
  };
}

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

/** Attaches a policy text, runs the workload once, and judges the run. */
async function runOnce(
  run: TargetRun,
  policyText: string,
): Promise<{ outcome: RunOutcome; calls: BaselineCall[] | undefined }> {
  const { backend, target } = run;
  await backend.putRolePolicy(target.role, target.policyName, policyText);
  const log = backend.authorizationLog;
  const cursor = log && (await log.mark());
  const result = await backend.runWorkload(target);
  const calls =
    log && cursor !== undefined
      ? await log.readSince(cursor, target.role, target.policyName)
      : undefined;
  return { outcome: interpretRun(result, calls, target.expect), calls };
}

function statementReports(
  run: TargetRun,
  policy: PolicyJson,
  mutants: readonly MutantReport[],
  calls: readonly BaselineCall[] | undefined,
  usage: ReturnType<typeof statementUsage>,
): StatementReport[] {
  const statements = statementsOf(policy);
  const byStatement = callsByStatement(
    (calls ?? []).filter((c) => c.decision === 'allow'),
    statements.length,
  );
  return statements.map((statement, index) => {
    const own = mutants.find(
      (m) => m.index === index && (m.mutator === 'remove-statement' || m.mutator === 'remove-deny'),
    );
    const status = own?.status ?? 'error';
    const used = usage[index];
    const coveredBy =
      status === 'survived' ? coveringStatements(index, byStatement[index] ?? [], statements) : [];
    return {
      ...describeStatement(statement, index, run.parsed, run.lintIgnore),
      status,
      justified: isJustified(status),
      deniedAction: own?.deniedAction ?? null,
      coveredBy,
      ...(used && {
        usedActions: [...new Set([...used.actionsByPattern.values()].flat())].sort(),
        usedResources: [...new Set([...used.resourcesByPattern.values()].flat())].sort(),
      }),
      suggestion: null,
    };
  });
}

/** What a report row says about a statement itself, whatever its verdict. */
function describeStatement(
  statement: Record<string, unknown>,
  index: number,
  parsed: ParsedPolicy,
  ignore: readonly IgnoreEntry[] = [],
): Pick<
  StatementReport,
  'sid' | 'index' | 'line' | 'effect' | 'actions' | 'resources' | 'findings'
> {
  return {
    sid: sidOf(statement),
    index,
    line: parsed.statements[index]?.line ?? 1,
    effect: statement.Effect === 'Deny' ? 'Deny' : 'Allow',
    actions: listOf(statement.Action ?? statement.NotAction),
    resources: listOf(statement.Resource ?? statement.NotResource),
    findings: statementFindings(parsed, index, ignore),
  };
}

/** The other statements (by Sid, or `#index`) that also granted this statement's calls. */
function coveringStatements(
  index: number,
  calls: readonly BaselineCall[],
  statements: readonly Record<string, unknown>[],
): string[] {
  const names = new Set<string>();
  for (const call of calls) {
    for (const ref of call.matched) {
      if (ref.index === index) continue;
      const other = statements[ref.index];
      names.add((other && sidOf(other)) ?? `#${ref.index}`);
    }
    if (call.grantedElsewhere > 0) names.add('(another policy)');
  }
  return [...names].sort();
}

function failedBaselineReport(
  run: TargetRun,
  policy: PolicyJson,
  outcome: RunOutcome,
  calls: readonly BaselineCall[],
): TargetReport {
  const reason = describeOutcome(outcome);
  return {
    policy: run.target.policy,
    role: run.target.role,
    baseline: {
      status:
        outcome.kind === 'timeout' ? 'timeout' : outcome.kind === 'denied' ? 'failed' : 'error',
      calls: calls.map(toCallRecord),
      reason,
    },
    statements: statementsOf(policy).map((statement, index) => ({
      ...describeStatement(statement, index, run.parsed, run.lintIgnore),
      status: 'error',
      justified: null,
      deniedAction: null,
      coveredBy: [],
      suggestion: null,
    })),
    mutants: [],
    score: null,
    mutantScore: null,
    notes: [`baseline did not pass, so no mutant was run: ${reason}`],
  };
}

function describeOutcome(outcome: RunOutcome): string {
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

function notesFor(
  mutants: readonly MutantReport[],
  calls: readonly BaselineCall[] | undefined,
): string[] {
  const notes: string[] = [];
  if (calls === undefined) {
    notes.push(
      'the endpoint keeps no authorization log: denied actions come from the workload response or error messages, and no-coverage cannot be told from survived',
    );
  }
  const contradicted = mutants.filter((m) => m.predicted !== undefined && m.predicted !== m.status);
  if (contradicted.length > 0) {
    notes.push(
      `the re-run contradicted the replay for ${contradicted.map((m) => m.id).join(', ')}: the workload may not be deterministic`,
    );
  }
  return notes;
}

function toCallRecord(call: BaselineCall) {
  return {
    action: call.action,
    resource: call.resource,
    decision: call.decision,
    matchedSids: call.matched.map((ref) => ref.sid ?? `#${ref.index}`),
  };
}
