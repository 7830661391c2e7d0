/**
 * A policy document as written, normalised (single statement -> list, string -> list) but not
 * yet compiled, with the source position of every part a report or annotation may point at.
 */

/** A value and where it was written: 1-based line/column, 0-based [start, end) offsets. */
export interface Located<T> {
  value: T;
  line: number;
  column: number;
  start: number;
  end: number;
}

export type PolicyVersion = '2012-10-17' | '2008-10-17';

export type Effect = 'Allow' | 'Deny';

/** `"Principal": "*"` or `{"AWS": [...], "Service": [...], ...}`, keys as written. */
export interface ParsedPrincipal {
  line: number;
  column: number;
  /** True for the bare string `"*"`. */
  wildcard: boolean;
  /** Principal type (AWS, Service, Federated, CanonicalUser) -> identifiers. */
  entries: { type: Located<string>; values: Located<string>[] }[];
}

/** One (operator, key) pair of a Condition block with its values, all as strings. */
export interface ParsedCondition {
  operator: Located<string>;
  key: Located<string>;
  /** Scalars are kept as strings (`true`, `10`); a JSON list gives several values. */
  values: Located<string>[];
}

/**
 * parsePolicy creates every statement with all of these properties, in this order, the absent
 * ones `undefined` (`'sid' in st` is always true; test the value). One object shape keeps V8
 * from deoptimising and recompiling the code that reads statements (the linter reads each
 * statement some twenty times: bench/lint.ts). The same holds for ParsedPolicy.
 */
export interface ParsedStatement {
  /** 0-based position in the Statement list. */
  index: number;
  /** Position of the statement's opening brace. */
  line: number;
  column: number;
  start: number;
  end: number;
  sid?: Located<string>;
  effect: Located<Effect>;
  action?: Located<string>[];
  notAction?: Located<string>[];
  resource?: Located<string>[];
  notResource?: Located<string>[];
  principal?: ParsedPrincipal;
  notPrincipal?: ParsedPrincipal;
  conditions: ParsedCondition[];
}

export interface ParsedPolicy {
  file: string;
  /** Absent when the policy has no Version (AWS then uses 2008-10-17: no policy variables). */
  version?: Located<PolicyVersion>;
  id?: Located<string>;
  /** True when Statement was a single object rather than a list. */
  singleStatement: boolean;
  statements: ParsedStatement[];
}

/** Whether `${...}` policy variables are substituted (only with Version 2012-10-17). */
export function policyVariablesEnabled(policy: ParsedPolicy): boolean {
  return policy.version?.value === '2012-10-17';
}
