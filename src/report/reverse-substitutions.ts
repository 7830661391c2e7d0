import type {
  CallRecord,
  MutantReport,
  Report,
  StatementReport,
  TargetReport,
} from './report-types.js';
import type { MutantView, StatementView } from './statement-view.js';

/**
 * The report as the repository's policy files read: the run attaches policies with the
 * config's `substitute` map applied (production account -> emulator account, placeholders ->
 * ids setup created), so ARNs the run saw carry the substituted text. This maps them back in
 * every field that holds policy or call text (actions, resources, used resources, calls,
 * denied/allowed actions, suggestions, mutant descriptions, notes and reasons).
 *
 * `substitutions` maps the text as written to the text attached (setup outputs already
 * expanded), exactly as applied to the policy. Left alone: the policy path, role, Sids,
 * findings (the linter reads the file as written) and probe commands (written by the user in
 * the config, where they name the real resource).
 *
 * Suggestions may already be in the file's terms; mapping them again changes nothing unless a
 * substituted value also occurs in the written text, which the run's own reversal has the
 * same trouble with.
 */
export function reverseSubstitutions(
  report: Report,
  substitutions: Readonly<Record<string, string>>,
): Report {
  const back = reverser(substitutions);
  if (back === undefined) return report;
  return { ...report, targets: report.targets.map((t) => reverseTarget(t, back)) };
}

type Back = (text: string) => string;

function reverser(substitutions: Readonly<Record<string, string>>): Back | undefined {
  // Substituted value -> written text; an empty value cannot be found again, so it is skipped.
  const pairs = new Map<string, string>();
  for (const [written, attached] of Object.entries(substitutions)) {
    if (attached !== '' && !pairs.has(attached)) pairs.set(attached, written);
  }
  if (pairs.size === 0) return undefined;
  // Longest first, one pass: a value that contains another is replaced whole, and a written
  // text put back is never replaced again.
  const keys = [...pairs.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const pattern = new RegExp(keys.map(escapeRegExp).join('|'), 'g');
  return (text) => text.replace(pattern, (found) => pairs.get(found) ?? found);
}

function reverseTarget(target: TargetReport, back: Back): TargetReport {
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
    };
  }
  return out;
}

function reverseCall(call: CallRecord, back: Back): CallRecord {
  return { ...call, action: back(call.action), resource: back(call.resource) };
}

function reverseStatement(s: StatementView, back: Back): StatementReport {
  const out: StatementView = {
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

function reverseMutant(m: MutantView, back: Back): MutantReport {
  const out: MutantView = { ...m };
  if (m.deniedAction !== undefined) out.deniedAction = back(m.deniedAction);
  if (m.allowedAction !== undefined) out.allowedAction = back(m.allowedAction);
  if (m.description !== undefined) out.description = back(m.description);
  return out;
}

/** Every string in a JSON value (keys are IAM element names, never substituted). */
function reverseJson<T>(value: T, back: Back): T {
  if (typeof value === 'string') return back(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => reverseJson(v, back)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, reverseJson(v, back)]),
    ) as T;
  }
  return value;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
