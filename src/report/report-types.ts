/**
 * report.json, version 1 (DESIGN.md, "report.json"). Every other report (markdown comment,
 * SARIF, Stryker mutation.json) is rendered from this one object.
 */
import type { DenialEvidence, MutantStatus } from '../mutate/verdict.js';

export interface Report {
  schemaVersion: 1;
  tool: { name: 'iam-mutate'; version: string };
  targets: TargetReport[];
}

export type MutatorName = 'remove-statement' | 'remove-action' | 'narrow-resource' | 'remove-deny';

/** One authorization decision the workload caused (from the emulator's log). */
export interface CallRecord {
  action: string;
  resource: string;
  decision: 'allow' | 'explicit-deny' | 'implicit-deny';
  matchedSids: string[];
}

export interface BaselineReport {
  /** `passed` is the only status under which mutants are run. */
  status: 'passed' | 'failed' | 'timeout' | 'error';
  calls: CallRecord[];
  /** Why the baseline did not pass; its denials are in `calls`. */
  reason?: string;
}

export interface Finding {
  /** Stable code, e.g. WILDCARD_RESOURCE (docs/lint-rules.md). */
  code: string;
  /** `note` is the informational level (SARIF's name). */
  severity: 'error' | 'warning' | 'note';
  message: string;
  /** Sid of the statement, when it has one. */
  sid?: string;
  /** 1-based position of the offending value in the policy file. */
  line?: number;
  column?: number;
  /** A concrete change that removes the finding. */
  fix?: string;
  /** Matched by a config `ignore:` entry: kept in the report, does not fail the gate. */
  suppressed?: boolean;
  /** The ignore entry's reason. */
  reason?: string;
}

export interface StatementReport {
  sid: string | null;
  index: number;
  line: number;
  effect: 'Allow' | 'Deny';
  actions: string[];
  resources: string[];
  status: MutantStatus;
  justified: boolean | null;
  deniedAction?: string | null;
  /** For survivors: the statements that granted the calls instead. */
  coveredBy: string[];
  /** What the workload actually used of what this statement grants. */
  usedActions?: string[];
  usedResources?: string[];
  findings: Finding[];
  suggestion: StatementSuggestion | null;
}

export interface StatementSuggestion {
  /** The narrower statement, as JSON; null: remove the statement. */
  statement: Record<string, unknown> | null;
  verified: boolean;
  reason: string;
}

export interface MutantReport {
  id: string;
  mutator: MutatorName;
  sid: string | null;
  index: number;
  status: MutantStatus;
  deniedAction?: string;
  evidence?: DenialEvidence;
  /** The replay's offline prediction, when one was made. */
  predicted?: MutantStatus;
  /** True when the workload was re-run under this mutant; false when the verdict is the prediction. */
  rerun?: boolean;
  /** What the mutant changed, e.g. `removed s3:PutObject` or `narrowed * to arn:...`. */
  description?: string;
}

export interface TargetReport {
  policy: string;
  role: string;
  baseline: BaselineReport;
  statements: StatementReport[];
  mutants: MutantReport[];
  /** Justified statements / decided statements, %; null when nothing was decided. */
  score: number | null;
  /** The same ratio over all mutants. */
  mutantScore: number | null;
  /** Things a reader must know to trust the verdicts (missing evidence, replay contradictions). */
  notes: string[];
  /** The smallest policy the baseline supports, when some statement is over-broad. */
  suggestedPolicy?: SuggestedPolicy;
}

export interface SuggestedPolicy {
  policy: Record<string, unknown>;
  /** True when the suggestion passed its own baseline and every Allow statement was killed. */
  verified: boolean;
  /** The suggestion's own score from that run. */
  score: number | null;
}
