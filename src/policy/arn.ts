/**
 * ARNs: `arn:partition:service:region:account-id:resource`, where the resource part may itself
 * contain colons and slashes (`log-group:name:log-stream:x`, `bucket/key`).
 */
import { tokenizePattern } from './policy-variables.js';
import { type PatternMatcher, compileWildcard } from './wildcard.js';

export interface Arn {
  partition: string;
  service: string;
  region: string;
  accountId: string;
  /** Everything after the fifth colon. */
  resource: string;
}

/** Parses an ARN, or returns undefined when the text does not have the six segments. */
export function parseArn(text: string): Arn | undefined {
  const parts = text.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  return {
    partition: parts[1]!,
    service: parts[2]!,
    region: parts[3]!,
    accountId: parts[4]!,
    resource: parts.slice(5).join(':'),
  };
}

export function formatArn(arn: Arn): string {
  return `arn:${arn.partition}:${arn.service}:${arn.region}:${arn.accountId}:${arn.resource}`;
}

const noVariables = () => undefined;

/**
 * Whether `arn` matches an ARN pattern as AWS matches Resource and ArnLike: case-sensitive,
 * `*` and `?` within each of the first five segments, anything within the resource part.
 * No policy variables (compile a policy to use those). Convenience for callers; the evaluator
 * compiles patterns once instead of calling this.
 */
export function arnMatches(pattern: string, arn: string): boolean {
  let matcher = compiled.get(pattern);
  if (!matcher) {
    if (compiled.size >= MAX_CACHED) compiled.clear();
    matcher = compileWildcard(pattern, tokenizePattern(pattern, false), 'arn');
    compiled.set(pattern, matcher);
  }
  return matcher.test(arn, noVariables) === true;
}

/** Callers match the same few patterns against many ARNs: keep their matchers. */
const compiled = new Map<string, PatternMatcher>();
const MAX_CACHED = 1024;
