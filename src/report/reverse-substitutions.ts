import type {
  CallRecord,
  MutantReport,
  Report,
  StatementReport,
  TargetReport,
} from './report-types.js';

/** Turns text as attached back into the policy file's text (src/mutate/substitute.ts). */
export type ReverseText = (text: string) => string;

/**
 * The report as the repository's policy files read. The run attaches policies with the
 * config's `substitute` map applied (production account -> emulator account, placeholders ->
 * ids setup created), so everything the run saw carries the substituted text. The run maps it
 * back once, with the same `Substitution.reverse` that undoes what it applied
 * (src/mutate/run-target.ts), in every field that holds policy or call text: actions,
 * resources, used actions and resources, calls, denied/allowed actions, statement and policy
 * suggestions, mutant descriptions, notes and reasons. report.json and every file rendered
 * from it are therefore in the repository's terms.
 *
 * Left alone: the policy path, role, Sids and mutant ids (names, not policy text), findings
 * (the linter reads the file as written) and probe commands (written by the user in the
 * config, where they name the real resource).
 */
export function reportInRepositoryTerms(report: Report, back: ReverseText): Report {
  return { ...report, targets: report.targets.map((t) => targetInRepositoryTerms(t, back)) };
}

export function targetInRepositoryTerms(target: TargetReport, reverse: ReverseText): TargetReport {
  const back = sparingProbes(target, reverse);
  const out: TargetReport = {
    ...target,
    baseline: {
      ...target.baseline,
      calls: target.baseline.calls.map((c) => reverseCall(c, back)),
      ...(target.baseline.reason !== undefined && { reason: back(target.baseline.reason) }),
    },
    statements: target.statements.map((s) => reverseStatement(s, back)),
    mutants: target.mutants.map((m) => reverseMutant(m, back)),
    notes: target.notes.map(back),
  };
  if (target.suggestedPolicy !== undefined) {
    out.suggestedPolicy = {
      ...target.suggestedPolicy,
      policy: reverseJson(target.suggestedPolicy.policy, back),
      ...(target.suggestedPolicy.reason !== undefined && {
        reason: back(target.suggestedPolicy.reason),
      }),
    };
  }
  return out;
}

function reverseCall(call: CallRecord, back: ReverseText): CallRecord {
  return { ...call, action: back(call.action), resource: back(call.resource) };
}

function reverseStatement(s: StatementReport, back: ReverseText): StatementReport {
  const out: StatementReport = {
    ...s,
    actions: s.actions.map(back),
    resources: s.resources.map(back),
  };
  if (typeof s.deniedAction === 'string') out.deniedAction = back(s.deniedAction);
  if (s.allowedAction !== undefined) out.allowedAction = back(s.allowedAction);
  if (s.usedActions !== undefined) out.usedActions = s.usedActions.map(back);
  if (s.usedResources !== undefined) out.usedResources = s.usedResources.map(back);
  if (s.suggestion !== null) {
    out.suggestion = {
      ...s.suggestion,
      statement: s.suggestion.statement === null ? null : reverseJson(s.suggestion.statement, back),
      reason: back(s.suggestion.reason),
    };
  }
  return out;
}

function reverseMutant(m: MutantReport, back: ReverseText): MutantReport {
  const out: MutantReport = { ...m };
  if (m.deniedAction !== undefined) out.deniedAction = back(m.deniedAction);
  if (m.allowedAction !== undefined) out.allowedAction = back(m.allowedAction);
  if (m.description !== undefined) out.description = back(m.description);
  return out;
}

/**
 * `back`, except inside a quoted probe command: a description or note that quotes a probe
 * keeps it as the user wrote it in the config.
 */
function sparingProbes(target: TargetReport, back: ReverseText): ReverseText {
  const probes = [
    ...new Set(
      [...target.statements, ...target.mutants]
        .map((x) => x.probe)
        .filter((p): p is string => p !== undefined && p !== ''),
    ),
  ].sort((a, b) => b.length - a.length);
  if (probes.length === 0) return back;
  const pattern = new RegExp(`(${probes.map(escapeRegExp).join('|')})`);
  return (text) =>
    text
      .split(pattern)
      .map((part, i) => (i % 2 === 1 ? part : back(part)))
      .join('');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every string in a JSON value (keys are IAM element names, never substituted). */
function reverseJson<T>(value: T, back: ReverseText): T {
  if (typeof value === 'string') return back(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => reverseJson(v, back)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, reverseJson(v, back)]),
    ) as T;
  }
  return value;
}
