/**
 * Checks that depend on how a parsed policy is used (identity vs resource policy), and checks
 * of meaning rather than grammar: unknown condition operators, unusable condition values,
 * actions the catalog does not know, policy variables in a policy whose Version ignores them.
 */
import type { Diagnostic } from '../common/diagnostic.js';
import { expandActionPattern, getActionInfo } from './catalog/action-catalog.js';
import { compileCondition } from './conditions/compile-condition.js';
import { type Located, type ParsedPolicy, policyVariablesEnabled } from './parsed-policy.js';
import type { PolicyKind } from './types.js';

export interface ValidateOptions {
  kind: PolicyKind;
}

export function validatePolicy(policy: ParsedPolicy, options: ValidateOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (
    where: { line: number; column: number },
    message: string,
    severity: 'error' | 'warning' = 'error',
  ) =>
    out.push({
      file: policy.file,
      position: { line: where.line, column: where.column },
      message,
      severity,
    });
  const variables = policyVariablesEnabled(policy);
  const resourcePolicy = options.kind === 'resource';

  for (const st of policy.statements) {
    const name = st.sid?.value ? `statement "${st.sid.value}"` : `statement ${st.index}`;
    if (resourcePolicy) {
      if (!st.principal && !st.notPrincipal)
        at(st, `${name} has no Principal; a resource-based policy must name one`);
      if (st.notPrincipal && st.effect.value === 'Allow') {
        at(
          st.notPrincipal,
          `${name}: NotPrincipal is only supported with "Effect": "Deny"; this Allow grants nothing`,
          'warning',
        );
      }
    } else {
      // IAM accepts only ASCII letters and digits in Sids; resource policies of other
      // services are more lenient, so this is checked for IAM-managed kinds only.
      if (st.sid && !/^[A-Za-z0-9]*$/.test(st.sid.value)) {
        at(st.sid, `Sid "${st.sid.value}" may contain only letters and digits`, 'warning');
      }
      for (const p of [st.principal, st.notPrincipal]) {
        if (p) at(p, `${name}: Principal/NotPrincipal is not allowed in a ${options.kind} policy`);
      }
      if (!st.resource && !st.notResource)
        at(st, `${name} has no Resource; a ${options.kind} policy must name one (use "*" for all)`);
    }
    for (const a of [...(st.action ?? []), ...(st.notAction ?? [])]) checkAction(a, at);
    for (const r of [...(st.resource ?? []), ...(st.notResource ?? [])]) {
      if (!variables && r.value.includes('${')) {
        at(
          r,
          `"${r.value}" uses a policy variable, but variables only work with "Version": "2012-10-17"; it is matched literally`,
          'warning',
        );
      }
    }
    for (const c of st.conditions) {
      const compiled = compileCondition(c, variables);
      for (const e of compiled.errors) at(e.startsWith('unknown') ? c.operator : c.key, e);
      if (!variables && c.values.some((v) => v.value.includes('${'))) {
        at(
          c.key,
          `${compiled.label} uses a policy variable, but variables only work with "Version": "2012-10-17"`,
          'warning',
        );
      }
    }
  }
  return out;
}

function checkAction(
  a: Located<string>,
  at: (
    where: { line: number; column: number },
    message: string,
    severity?: 'error' | 'warning',
  ) => void,
): void {
  // Actions with whitespace get their own warning from parse-policy.ts.
  if (a.value === '*' || !a.value.includes(':') || /\s/.test(a.value)) return;
  if (/[*?]/.test(a.value)) {
    if (
      !/[*?]/.test(a.value.slice(0, a.value.indexOf(':'))) &&
      expandActionPattern(a.value).length === 0
    ) {
      at(a, `"${a.value}" matches no known action`, 'warning');
    }
  } else if (!getActionInfo(a.value)) {
    at(a, `unknown action "${a.value}"`, 'warning');
  }
}
