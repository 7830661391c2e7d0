/**
 * POLICY_TOO_LARGE: over IAM's size quota for the kind of policy, counted as IAM counts it
 * (characters, whitespace not counted). Quotas from
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 */
import { docs } from '../aws-docs.js';
import type { LintOptions, LintRule } from '../lint-types.js';

export function sizeQuota(o: LintOptions): { limit: number; what: string } | undefined {
  switch (o.kind) {
    case 'trust':
      return { limit: 2048, what: 'a role trust policy (default quota, can be raised to 4,096)' };
    case 'scp':
      return { limit: 5120, what: 'a service control policy' };
    case 'resource':
      return undefined; // each service has its own (S3 bucket policies: 20 KB)
    default:
      if (o.policyKind === 'inline') {
        if (o.holder === 'user') return { limit: 2048, what: 'the inline policies of a user' };
        if (o.holder === 'group') return { limit: 5120, what: 'the inline policies of a group' };
        return { limit: 10240, what: 'the inline policies of a role' };
      }
      return { limit: 6144, what: 'a managed policy' };
  }
}

export const policyTooLarge: LintRule = {
  code: 'POLICY_TOO_LARGE',
  severity: 'error',
  title: 'Policy over the IAM size quota',
  help: 'IAM refuses a policy over its size quota (whitespace is not counted): 6,144 characters for a managed policy, 10,240 for all inline policies of a role together, 2,048 for a user, 5,120 for a group, 2,048 for a role trust policy by default. Merge statements or use wildcards deliberately, or split the policy.',
  docs: docs.quotas,
  check({ options, report }) {
    if (options.text === undefined) return;
    const quota = sizeQuota(options);
    if (!quota) return;
    // Whitespace only shrinks the count: a text no longer than the quota needs no counting.
    if (options.text.length <= quota.limit) return;
    const size = nonWhitespaceLength(options.text);
    if (size <= quota.limit) return;
    report({ line: 1, column: 1 }, null, {
      message: `the policy is ${size.toLocaleString('en-US')} characters without whitespace; the quota for ${quota.what} is ${quota.limit.toLocaleString('en-US')}`,
      fix: `remove ${(size - quota.limit).toLocaleString('en-US')} characters: merge statements with the same Effect, Resource and Condition, or split the policy in two`,
    });
  },
};

/** `text.replace(/\s/g, '').length` without building the string. */
function nonWhitespaceLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && c < 0x7f) n++;
    else if (!isWhitespace(c)) n++;
  }
  return n;
}

/** JavaScript's `\s`: ECMAScript WhiteSpace and LineTerminator code points. */
function isWhitespace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
