import { InputError } from '../../common/errors.js';
import { compilePolicyText, evaluateRequest } from '../../policy/index.js';
import type { PolicyEngine } from './policy-engine.js';

/**
 * The product's policy engine (src/policy) behind the emulator's PolicyEngine interface.
 * Compile failures become the messages IAM puts in MalformedPolicyDocument.
 */
export const srcPolicyEngine: PolicyEngine = {
  compile(text, options) {
    try {
      return {
        policy: compilePolicyText(text, { id: options.id, kind: options.kind, file: options.id }),
      };
    } catch (error) {
      if (error instanceof InputError) {
        return {
          errors: error.diagnostics.map((d) =>
            d.position
              ? `${d.message} (line ${d.position.line}, column ${d.position.column})`
              : d.message,
          ),
        };
      }
      return { errors: [error instanceof Error ? error.message : String(error)] };
    }
  },
  evaluate: evaluateRequest,
  // src/policy reads nothing but its arguments (no clock, no state): see evaluate-request.ts.
  pure: true,
};
