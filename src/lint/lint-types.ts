/**
 * The linter's contract: what a finding says, which policy it was given, and what a rule is.
 * Pure data; the CLI, report.json and SARIF are built from these.
 */
import type { Located, ParsedPolicy, ParsedStatement } from '../policy/index.js';

/** SARIF's level names: `note` is the informational level. */
export type LintSeverity = 'error' | 'warning' | 'note';

/** What the policy is used as; decides which rules apply and the size quota. */
export type LintPolicyKind = 'identity' | 'trust' | 'resource' | 'permissions-boundary' | 'scp';

export interface LintOptions {
  kind: LintPolicyKind;
  /** Inline policies have larger size quotas than managed ones (default: managed). */
  policyKind?: 'inline' | 'managed';
  /** For inline identity policies: which principal holds it (quotas differ; default role). */
  holder?: 'role' | 'user' | 'group';
  /** The policy text as written, for POLICY_TOO_LARGE (skipped without it). */
  text?: string;
  /** The account the policy lives in, to tell cross-account trust from same-account trust. */
  accountId?: string;
}

export interface LintFinding {
  code: string;
  severity: LintSeverity;
  /** One line that quotes the offending value. */
  message: string;
  /** A concrete change that removes the finding. */
  fix: string;
  file: string;
  /** 0-based statement index, or null for a finding about the whole policy. */
  statementIndex: number | null;
  sid?: string;
  /** 1-based position of the offending value. */
  line: number;
  column: number;
  /** Other statements that take part (PRIVILEGE_ESCALATION, REDUNDANT_STATEMENT). */
  relatedStatements?: number[];
  /** Set by applySuppressions: the finding stays in the output, marked. */
  suppressed?: boolean;
  reason?: string;
}

/** Static description of a rule, for help texts and SARIF `rules[]`. */
export interface RuleMeta {
  code: string;
  severity: LintSeverity;
  /** Short name, e.g. "Allow with Action \"*\"". */
  title: string;
  /** Why it matters and what to do, a few sentences. */
  help: string;
  /** The AWS documentation page that explains the underlying behaviour. */
  docs: string;
}

/** What a rule is handed: the parsed policy, the options, and shared helpers. */
export interface RuleContext {
  policy: ParsedPolicy;
  options: LintOptions;
  report: (
    at: { line: number; column: number },
    statement: ParsedStatement | null,
    finding: {
      message: string;
      fix: string;
      severity?: LintSeverity;
      relatedStatements?: number[];
    },
  ) => void;
}

export interface LintRule extends RuleMeta {
  check: (ctx: RuleContext) => void;
}

/** Quotes a policy value in a message: `"s3:*"`. */
export function quote(v: Located<string> | string): string {
  return JSON.stringify(typeof v === 'string' ? v : v.value);
}

/** `statement "Sid"` or `statement #2`, for messages naming other statements. */
export function statementName(st: ParsedStatement): string {
  return st.sid?.value ? `statement "${st.sid.value}"` : `statement #${st.index}`;
}
