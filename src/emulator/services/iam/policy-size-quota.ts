import { AwsError } from '../../errors/aws-error.js';

/**
 * IAM's policy size quotas (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html):
 * the inline policies of one entity together may not exceed 2,048 characters for a user,
 * 5,120 for a group and 10,240 for a role; a managed policy version may not exceed 6,144.
 * IAM does not count white space. Checked before the document is parsed, so a 7 MB document
 * costs one pass over its characters and is never compiled.
 */
export const INLINE_POLICY_QUOTA = { user: 2048, group: 5120, role: 10_240 } as const;
export const MANAGED_POLICY_QUOTA = 6144;

/** Characters IAM counts: everything but white space. */
export function policySize(text: string): number {
  let size = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) size++;
  }
  return size;
}

/** The entity's inline policies after the put (a same-named policy is replaced, not added to). */
export function checkInlinePolicyQuota(
  kind: keyof typeof INLINE_POLICY_QUOTA,
  entityName: string,
  others: Iterable<string>,
  document: string,
): void {
  const limit = INLINE_POLICY_QUOTA[kind];
  let total = policySize(document);
  for (const text of others) total += policySize(text);
  if (total > limit) {
    throw new AwsError(
      'LimitExceeded',
      `Maximum policy size of ${limit} bytes exceeded for ${kind} ${entityName}`,
      409,
    );
  }
}

export function checkManagedPolicyQuota(document: string): void {
  if (policySize(document) > MANAGED_POLICY_QUOTA) {
    throw new AwsError(
      'LimitExceeded',
      `Cannot exceed quota for PolicySize: ${MANAGED_POLICY_QUOTA}`,
      409,
    );
  }
}
