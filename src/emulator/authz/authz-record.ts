import type { ContextValue, Decision, NearMiss, Unverifiable } from '../../policy/types.js';
import type { EnforcementMode } from './enforcement.js';

/** A statement that decided, named so a person can find it: policy, its name, and Sid. */
export interface MatchedStatement {
  policyId: string;
  /** Inline policy name, managed policy name, or e.g. `bucket policy`. */
  policyName: string;
  /** identity | resource | permissions-boundary | session */
  policyKind: string;
  index: number;
  sid?: string;
}

/** One authorization decision, as served at /_iam-mutate/authz-log and written to the JSONL file. */
export interface AuthorizationRecord {
  /** Increasing sequence number; the log's cursor. */
  seq: number;
  time: string;
  requestId: string;
  service: string;
  operation: string;
  principal: { arn: string; kind: string; accessKeyId?: string };
  action: string;
  resource: string;
  context: Record<string, ContextValue>;
  decision: Decision;
  /** Admin keys are not evaluated: decision is allow with bypass `admin`. */
  bypass?: 'admin';
  enforcement: EnforcementMode;
  /** True when a denial was answered to the client (strict mode). */
  enforced: boolean;
  matched: MatchedStatement[];
  /** Why AWS would say it denied, e.g. `no identity-based policy allows the s3:GetObject action`. */
  reason?: string;
  nearMisses?: NearMiss[];
  unverifiable?: Unverifiable[];
}
