import type { IamRole } from '../../identity/identity-store.js';

/**
 * Whether the role's trust policy lets the Lambda service assume it, read from the document:
 * an Allow statement for sts:AssumeRole (or a wildcard covering it) whose Principal names the
 * service `lambda.amazonaws.com`. AWS checks this at CreateFunction and refuses otherwise.
 */
export function lambdaMayAssume(role: IamRole): boolean {
  let document: { Statement?: unknown };
  try {
    document = JSON.parse(role.trust.text) as { Statement?: unknown };
  } catch {
    return false;
  }
  const statements = Array.isArray(document.Statement) ? document.Statement : [document.Statement];
  return statements.some((raw) => {
    if (!raw || typeof raw !== 'object') return false;
    const s = raw as {
      Effect?: unknown;
      Action?: unknown;
      Principal?: unknown;
      Condition?: unknown;
    };
    if (s.Effect !== 'Allow' || s.Condition !== undefined) return false;
    const actions = ([] as unknown[]).concat(s.Action ?? []);
    const assumes = actions.some(
      (a) => typeof a === 'string' && ['sts:assumerole', 'sts:*', '*'].includes(a.toLowerCase()),
    );
    const principal = s.Principal as { Service?: unknown } | string | undefined;
    if (principal === '*') return assumes;
    const services = ([] as unknown[]).concat(
      (principal && typeof principal === 'object' && principal.Service) || [],
    );
    return assumes && services.includes('lambda.amazonaws.com');
  });
}
