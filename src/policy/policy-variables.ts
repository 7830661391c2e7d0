/**
 * Policy variables (`${aws:username}`, `${aws:PrincipalTag/team, 'default'}`) and the three
 * escapes `${*}`, `${?}`, `${$}` that stand for a literal `*`, `?`, `$`. Variables are only
 * recognised in policies with Version 2012-10-17; in older policies `${...}` is plain text.
 *
 * Patterns are tokenised once at compile time; a request only resolves the variable tokens.
 */
import type { ContextValue } from './types.js';

/** Matches any run of characters (including none). */
export const STAR = 0;
/** Matches exactly one character. */
export const ANY_CHAR = 1;

export interface VariableRef {
  /** Context key, lower-cased (context keys are case-insensitive). */
  key: string;
  /** As written, e.g. `${aws:username}`, for messages. */
  raw: string;
  defaultValue?: string;
}

/** A literal string, a wildcard, or a variable to resolve per request. */
export type PatternToken = string | typeof STAR | typeof ANY_CHAR | VariableRef;
/** A pattern after its variables were resolved: literals and wildcards only. */
export type ResolvedToken = string | typeof STAR | typeof ANY_CHAR;

export type VariableLookup = (keyLower: string) => ContextValue | undefined;

export type Resolution =
  | { tokens: ResolvedToken[] }
  /** A variable had no value in the request and no default. */
  | { missing: VariableRef }
  /** A variable's value cannot be substituted (a multivalued key). */
  | { unsupported: string };

const VARIABLE = /\$\{([^}]*)\}/g;

/**
 * Splits a pattern into tokens. `wildcards` false treats `*` and `?` as literal text (used for
 * exact operators such as StringEquals, where only variables are special).
 */
export function tokenizePattern(
  text: string,
  variables: boolean,
  wildcards = true,
): PatternToken[] {
  const tokens: PatternToken[] = [];
  let literal = '';
  const flush = () => {
    if (literal) tokens.push(literal);
    literal = '';
  };
  const pushText = (s: string) => {
    if (!wildcards) {
      literal += s;
      return;
    }
    for (const ch of s) {
      if (ch === '*' || ch === '?') {
        flush();
        tokens.push(ch === '*' ? STAR : ANY_CHAR);
      } else literal += ch;
    }
  };
  if (!variables || !text.includes('${')) {
    pushText(text);
    flush();
    return tokens;
  }
  let last = 0;
  for (const m of text.matchAll(VARIABLE)) {
    pushText(text.slice(last, m.index));
    last = m.index + m[0].length;
    const inner = m[1]!.trim();
    if (inner === '*' || inner === '?' || inner === '$') {
      literal += inner;
      continue;
    }
    const ref = parseVariable(inner, m[0]);
    if (ref) {
      flush();
      tokens.push(ref);
    } else pushText(m[0]);
  }
  pushText(text.slice(last));
  flush();
  return tokens;
}

/** `key` or `key, 'default'` (the default in single quotes). */
function parseVariable(inner: string, raw: string): VariableRef | undefined {
  const m = /^([^,\s]+)\s*(?:,\s*'([^']*)'\s*)?$/.exec(inner);
  if (!m) return undefined;
  const ref: VariableRef = { key: m[1]!.toLowerCase(), raw };
  if (m[2] !== undefined) ref.defaultValue = m[2];
  return ref;
}

export function hasVariables(tokens: readonly PatternToken[]): boolean {
  return tokens.some((t) => typeof t === 'object');
}

export function variablesOf(tokens: readonly PatternToken[]): VariableRef[] {
  return tokens.filter((t): t is VariableRef => typeof t === 'object');
}

/** Replaces every variable with its value from the request. */
export function resolveVariables(
  tokens: readonly PatternToken[],
  lookup: VariableLookup,
): Resolution {
  const out: ResolvedToken[] = [];
  for (const t of tokens) {
    if (typeof t !== 'object') {
      out.push(t);
      continue;
    }
    const value = lookup(t.key);
    if (value === undefined || (Array.isArray(value) && value.length === 0)) {
      if (t.defaultValue === undefined) return { missing: t };
      out.push(t.defaultValue);
    } else if (Array.isArray(value)) {
      return { unsupported: `policy variable ${t.raw} refers to a multivalued key` };
    } else out.push(String(value));
  }
  return { tokens: out };
}
