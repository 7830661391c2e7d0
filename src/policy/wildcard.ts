/**
 * Wildcard patterns (`*` any run, `?` one character) compiled once into the cheapest matcher
 * that is exact: string equality, a prefix test, or a regular expression.
 *
 * Two shapes, as AWS documents them:
 *  - `text`: the wildcard may match anything (actions, StringLike).
 *  - `arn`:  an ARN is six colon-separated segments; in the first five (arn, partition, service,
 *            region, account) a wildcard stays within its segment, in the sixth (the resource,
 *            which may itself contain colons and slashes) it matches anything.
 *  - `resource`: an `arn` as written in Resource/NotResource, where in addition a `*` that ends
 *            the pattern matches past colon boundaries, so the short form `arn:aws:sqs:*`
 *            covers every SQS ARN (IAM User Guide, "IAM JSON policy elements: Resource":
 *            "If the * wildcard is the last character of a resource ARN segment, it can expand
 *            to match beyond the colon boundaries").
 * Patterns with policy variables keep their tokens and build (and cache) the expression for the
 * resolved values on first use.
 */
import {
  ANY_CHAR,
  type PatternToken,
  type ResolvedToken,
  STAR,
  type VariableLookup,
  type VariableRef,
  hasVariables,
  resolveVariables,
} from './policy-variables.js';

export type WildcardShape = 'text' | 'arn' | 'resource';

/** true/false, or why the pattern could not be decided for this request. */
export type MatchOutcome = boolean | { missing: VariableRef } | { unsupported: string };

export interface PatternMatcher {
  /** The pattern as written. */
  readonly source: string;
  /** True when the pattern is `*` alone (matches everything, including `*`). */
  readonly matchesAll: boolean;
  test(value: string, lookup: VariableLookup): MatchOutcome;
}

const MAX_CACHED = 256;

export function compileWildcard(
  source: string,
  tokens: readonly PatternToken[],
  shape: WildcardShape,
  ignoreCase = false,
): PatternMatcher {
  if (!hasVariables(tokens)) {
    const test = staticTest(tokens as ResolvedToken[], shape, ignoreCase);
    return {
      source,
      matchesAll: tokens.length === 1 && tokens[0] === STAR,
      test: (value) => test(value),
    };
  }
  const cache = new Map<string, (value: string) => boolean>();
  return {
    source,
    matchesAll: false,
    test(value, lookup) {
      const resolved = resolveVariables(tokens, lookup);
      if (!('tokens' in resolved)) return resolved;
      const cacheKey = resolved.tokens
        .map((t) => (typeof t === 'string' ? `s${t}` : `w${t}`))
        .join('\u0000');
      let test = cache.get(cacheKey);
      if (!test) {
        if (cache.size >= MAX_CACHED) cache.clear();
        test = staticTest(resolved.tokens, shape, ignoreCase);
        cache.set(cacheKey, test);
      }
      return test(value);
    },
  };
}

function staticTest(
  tokens: readonly ResolvedToken[],
  shape: WildcardShape,
  ignoreCase: boolean,
): (value: string) => boolean {
  const literal = tokens.every((t) => typeof t === 'string');
  if (literal) {
    const text = (tokens as string[]).join('');
    if (ignoreCase) {
      const lower = text.toLowerCase();
      return (value) => value.length === lower.length && value.toLowerCase() === lower;
    }
    return (value) => value === text;
  }
  if (tokens.length === 1 && tokens[0] === STAR) return () => true;
  // `prefix*` where the star may run to the end of the value: the most common wildcard shape.
  const last = tokens[tokens.length - 1];
  const head = tokens.slice(0, -1);
  if (last === STAR && head.every((t) => typeof t === 'string')) {
    const prefix = (head as string[]).join('');
    const segment = shape === 'arn' ? arnSegmentOf(prefix) : 5; // text, resource: run to the end
    if (segment >= 5) {
      if (ignoreCase) {
        const lower = prefix.toLowerCase();
        return (value) =>
          value.length >= lower.length && value.slice(0, lower.length).toLowerCase() === lower;
      }
      return (value) => value.startsWith(prefix);
    }
  }
  const regex = toRegExp(tokens, shape, ignoreCase);
  return (value) => regex.test(value);
}

/** Number of colons in a literal ARN prefix = index of the segment its end falls in. */
function arnSegmentOf(prefix: string): number {
  let n = 0;
  for (let i = 0; i < prefix.length; i++) if (prefix.charCodeAt(i) === 58) n++;
  return n;
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

export function toRegExp(
  tokens: readonly ResolvedToken[],
  shape: WildcardShape,
  ignoreCase: boolean,
): RegExp {
  let source = '^';
  let colons = 0;
  const segmented = shape !== 'text';
  tokens.forEach((t, i) => {
    if (typeof t === 'string') {
      source += escapeRegExp(t);
      if (segmented) colons += arnSegmentOf(t);
      return;
    }
    const trailing = shape === 'resource' && t === STAR && i === tokens.length - 1;
    const withinSegment = segmented && colons < 5 && !trailing;
    if (t === STAR) source += withinSegment ? '[^:]*' : '[\\s\\S]*';
    else if (t === ANY_CHAR) source += withinSegment ? '[^:]' : '[\\s\\S]';
  });
  return new RegExp(`${source}$`, ignoreCase ? 'i' : '');
}
