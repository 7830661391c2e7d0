/**
 * Whether an Action pattern (`s3:Get*`, `*`, `S3:getobject`) covers a concrete action, as IAM
 * matches it: case-insensitive, `*` and `?` wildcards. For callers outside the evaluator (the
 * mutation engine's usage analysis); compiled policies use their own precompiled matchers.
 */
import { tokenizePattern } from './policy-variables.js';
import { type PatternMatcher, compileWildcard } from './wildcard.js';

const compiled = new Map<string, PatternMatcher>();
const MAX_CACHED = 1024;
const noVariables = () => undefined;

export function actionMatches(pattern: string, action: string): boolean {
  const lower = pattern.toLowerCase();
  let matcher = compiled.get(lower);
  if (!matcher) {
    if (compiled.size >= MAX_CACHED) compiled.clear();
    matcher = compileWildcard(lower, tokenizePattern(lower, false), 'text');
    compiled.set(lower, matcher);
  }
  return matcher.test(action.toLowerCase(), noVariables) === true;
}
