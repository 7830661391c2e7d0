/**
 * The policy engine's public contract. The emulator (src/emulator) and the mutation engine
 * (src/mutate) depend only on these types and the functions exported from src/policy/index.ts.
 * Extend it; do not break it.
 */
import type { Diagnostic } from '../common/diagnostic.js';

/** Where a statement lives: which policy, which statement, and where in the file. */
export interface StatementRef {
  /** Caller-chosen id of the policy, e.g. `role/my-role/inline/mutation-test-policy`. */
  policyId: string;
  /** 0-based index of the statement in the policy's Statement list. */
  index: number;
  sid?: string;
  /** 1-based line and column of the statement's opening brace, when parsed from text. */
  line?: number;
  column?: number;
}

/** Which kind of policy this is changes how it takes part in evaluation. */
export type PolicyKind =
  'identity' | 'resource' | 'permissions-boundary' | 'session' | 'service-control';

/** Values of request context keys: strings, lists of strings, booleans, numbers. */
export type ContextValue = string | boolean | number | readonly string[];

export interface AuthorizationRequest {
  principal: {
    /** e.g. arn:aws:iam::000000000000:user/alice or arn:aws:sts::000000000000:assumed-role/R/S */
    arn: string;
    accountId: string;
    /**
     * For role sessions, the role's ARN (with its path). Optional: derived from an
     * `assumed-role` session ARN (without path) when absent. Used to match resource policies
     * that name the role rather than the session.
     */
    roleArn?: string;
  };
  /** `service:Action`, case as the caller sent it (matching is case-insensitive). */
  action: string;
  /** Resource ARN, or `*` for actions that take no resource. */
  resource: string;
  /** Account that owns the resource; defaults to the principal's. */
  resourceAccountId?: string;
  /** Request context keys (aws:SourceIp, aws:PrincipalTag/Team, s3:prefix, ...), case-insensitive names. */
  context: Readonly<Record<string, ContextValue>>;
}

export type Decision = 'allow' | 'explicit-deny' | 'implicit-deny';

/** A statement that came close to applying, and why it did not (for implicit denies). */
export interface NearMiss {
  statement: StatementRef;
  reason: 'resource-mismatch' | 'condition-failed' | 'principal-mismatch';
  /** For condition-failed: the operator and key that failed, e.g. `StringEquals aws:SourceVpc`. */
  detail?: string;
}

/** Something the evaluator could not decide; it never becomes an Allow (fail closed). */
export interface Unverifiable {
  statement: StatementRef;
  /** e.g. `unknown condition operator StringSorta`, `unsupported policy variable ${aws:foo}` */
  reason: string;
}

export interface AuthorizationDecision {
  decision: Decision;
  /** Statements that allowed (decision allow) or denied (explicit-deny) the request. */
  matched: StatementRef[];
  /** For implicit denies: statements whose action matched but that did not apply. */
  nearMisses: NearMiss[];
  /**
   * Statements that could not be evaluated. An undecidable Allow statement grants nothing; an
   * undecidable Deny statement is treated as applying (it is listed in `matched` too), so
   * nothing the evaluator cannot decide ever turns into an Allow.
   */
  unverifiable: Unverifiable[];
  /**
   * Which kind of policy decided a deny: the one with the explicit Deny, or for an implicit
   * deny the one that lacked an Allow (AWS names it in AccessDenied messages:
   * "because no permissions boundary allows the s3:GetObject action").
   */
  deniedBy?: PolicyKind;
}

/** The policies in force for one request, already compiled. */
export interface PolicySet {
  /** Inline and managed policies of the user or role (and the user's groups): a union. */
  identity: readonly CompiledPolicy[];
  /**
   * Resource-based policies of the target (bucket policy, queue policy, KMS key policy, role
   * trust policy). For kms:* and sts:AssumeRole* they must allow even within the account.
   */
  resource?: readonly CompiledPolicy[];
  /** The permissions boundary of the user or role, if it has one: identity grants are capped by it. */
  permissionsBoundary?: CompiledPolicy;
  /** Session policies of a role or federated session; together they must allow (intersection). */
  session?: readonly CompiledPolicy[];
  /**
   * Service control policies, one per level of the organisation (root first, account last):
   * each must allow. Put the policies attached at one level into one compiled policy.
   */
  serviceControl?: readonly CompiledPolicy[];
}

/**
 * A policy turned into matchers once, so evaluating a request never re-parses anything.
 * Opaque to callers.
 */
export interface CompiledPolicy {
  readonly id: string;
  readonly kind: PolicyKind;
  readonly statementCount: number;
}

export interface ParseResult<T> {
  value?: T;
  diagnostics: Diagnostic[];
}
