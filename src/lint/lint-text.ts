/**
 * Policy text -> findings, or located diagnostics when the text is not a policy. A UTF-8 byte
 * order mark is accepted (IAM accepts one); text over MAX_POLICY_CHARS is refused before
 * parsing, since no IAM policy comes near it (resource policies top out at 20 KB).
 */
import type { Diagnostic } from '../common/diagnostic.js';
import { parsePolicy } from '../policy/index.js';
import { detectPolicyKind } from './detect-kind.js';
import { lintPolicy } from './lint-policy.js';
import type { LintFinding, LintOptions, LintPolicyKind } from './lint-types.js';

export const MAX_POLICY_CHARS = 1_000_000;

export interface LintTextResult {
  kind?: LintPolicyKind;
  findings: LintFinding[];
  /** Non-empty: the file is not a policy; findings is then empty. */
  errors: Diagnostic[];
}

export function lintPolicyText(
  text: string,
  file: string,
  options: Partial<LintOptions> = {},
): LintTextResult {
  if (text.length > MAX_POLICY_CHARS) {
    return {
      findings: [],
      errors: [
        {
          file,
          position: { line: 1, column: 1 },
          message: `the file has ${text.length.toLocaleString('en-US')} characters; no IAM policy is larger than ${MAX_POLICY_CHARS.toLocaleString('en-US')}, so it is not linted`,
          severity: 'error',
        },
      ],
    };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = parsePolicy(body, file, { rejectDuplicateSids: false });
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (!parsed.value || errors.length > 0) return { findings: [], errors };
  const kind = options.kind ?? detectPolicyKind(parsed.value);
  const findings = lintPolicy(parsed.value, { ...options, kind, text: body });
  return { kind, findings, errors: [] };
}
