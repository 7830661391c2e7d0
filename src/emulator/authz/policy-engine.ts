import type {
  AuthorizationDecision,
  AuthorizationRequest,
  CompiledPolicy,
  PolicyKind,
  PolicySet,
} from '../../policy/types.js';

/**
 * What the emulator needs from the policy engine (src/policy). Injected rather than imported
 * everywhere so that unit tests can use a scripted engine and so that the one adapter over
 * src/policy/index.ts (authz/src-policy-engine.ts) is the only place that knows its API.
 */
export interface PolicyEngine {
  /** Compiles a policy document; `errors` (IAM's MalformedPolicyDocument messages) when invalid. */
  compile(
    text: string,
    options: { id: string; kind: PolicyKind },
  ): { policy: CompiledPolicy; errors?: undefined } | { policy?: undefined; errors: string[] };
  evaluate(request: AuthorizationRequest, policies: PolicySet): AuthorizationDecision;
  /**
   * The engine's decision is a pure function of the request and the compiled policies, so the
   * emulator may repeat it for the same inputs (authz/decision-cache.ts). Scripted engines
   * leave it unset and are asked every time.
   */
  pure?: boolean;
}
