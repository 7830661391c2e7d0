/**
 * The linter: static findings for a parsed policy. Pure (no I/O, no environment).
 * See src/lint/README.md and docs/lint-rules.md.
 */
export type * from './lint-types.js';
export { lintPolicy } from './lint-policy.js';
export { applySuppressions, type IgnoreEntry } from './suppressions.js';
export { detectPolicyKind } from './detect-kind.js';
export { RULES, ruleMetadata } from './rule-registry.js';
export { lintPolicyText, type LintTextResult } from './lint-text.js';
export { ignoreEntriesFor, statementFindings } from './statement-findings.js';
