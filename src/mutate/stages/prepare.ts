import { RunError } from '../../common/errors.js';
import type { ParsedPolicy, ParsedStatement } from '../../policy/index.js';
import type { Finding } from '../../report/report-types.js';
import { statementsOf, type PolicyJson } from '../mutators/policy-json.js';
import type { Substitution } from '../substitute.js';

/** A static finding about one statement (the `src/lint` rules produce these). */
export type StatementFinding = Finding & { statementIndex: number };

/** Static checks run on the parsed policy; their findings are attached to the statement rows. */
export type LintPolicy = (parsed: ParsedPolicy) => readonly StatementFinding[];

/** What a report row says about a statement itself, whatever its verdict. */
export interface PolicyStatement {
  index: number;
  sid: string | null;
  /** Line of the statement's opening brace in the policy file. */
  line: number;
  /** Its column (1-based). */
  column: number;
  effect: 'Allow' | 'Deny';
  /** Action (or NotAction) entries after substitution. */
  actions: string[];
  /** Resource (or NotResource) entries after substitution. */
  resources: string[];
}

export interface PrepareInput {
  /** The policy file's text, as written. */
  fileText: string;
  /** That text parsed once, with positions (src/policy), and validated. */
  parsed: ParsedPolicy;
  substitution: Substitution;
  /** Static findings per statement; default none. */
  lintPolicy?: LintPolicy;
}

/** The policy ready to attach and mutate, with everything a report row needs. */
export interface PreparedPolicy {
  /** The text after substitution: what is attached. */
  text: string;
  /** The same text as JSON, structure kept, for the mutators. */
  json: PolicyJson;
  statements: PolicyStatement[];
  /** Static findings, indexed like `statements`. */
  findings: Finding[][];
  substitution: Substitution;
}

/**
 * Stage 1: substitutes the policy text and describes each statement from the parsed policy
 * (positions from the file, values as attached). The mutators work on the JSON of the very
 * text that is attached; both list the same statements in the same order, which is checked
 * here once so that no later stage has to trust it.
 */
export function preparePolicy(input: PrepareInput): PreparedPolicy {
  const { parsed, substitution } = input;
  const text = substitution.apply(input.fileText);
  const json = JSON.parse(text) as PolicyJson;
  if (statementsOf(json).length !== parsed.statements.length) {
    throw new RunError(
      `${parsed.file}: the substitutions changed the policy's statement list; substitute values must not contain JSON structure`,
    );
  }
  const statements = parsed.statements.map((s) => describeStatement(s, substitution));
  const findings: Finding[][] = statements.map(() => []);
  for (const { statementIndex, ...finding } of input.lintPolicy?.(parsed) ?? []) {
    findings[statementIndex]?.push(finding);
  }
  return { text, json, statements, findings, substitution };
}

function describeStatement(s: ParsedStatement, substitution: Substitution): PolicyStatement {
  const sid = s.sid?.value ? substitution.apply(s.sid.value) : null;
  const values = (list: { value: string }[] | undefined) =>
    (list ?? []).map((v) => substitution.apply(v.value));
  return {
    index: s.index,
    sid: sid === '' ? null : sid,
    line: s.line,
    column: s.column,
    effect: s.effect.value,
    actions: values(s.action ?? s.notAction),
    resources: values(s.resource ?? s.notResource),
  };
}
