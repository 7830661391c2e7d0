/**
 * What a policy file is used as, when the user does not say: a statement with a Principal
 * makes it a resource policy, and one whose actions are all sts:AssumeRole* a trust policy.
 */
import type { ParsedPolicy } from '../policy/index.js';
import type { LintPolicyKind } from './lint-types.js';

export function detectPolicyKind(policy: ParsedPolicy): LintPolicyKind {
  const withPrincipal = policy.statements.filter((s) => s.principal || s.notPrincipal);
  if (withPrincipal.length === 0) return 'identity';
  const trust = withPrincipal.every((s) =>
    (s.action ?? []).every((a) =>
      /^sts:(AssumeRole|AssumeRoleWith\w+|TagSession|SetSourceIdentity|SetContext)$/i.test(
        a.value.trim(),
      ),
    ),
  );
  return trust && withPrincipal.some((s) => s.action?.length) ? 'trust' : 'resource';
}
