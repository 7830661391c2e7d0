import type { LoggedCall } from './logged-call.js';
import type { TargetConfig } from './config/config-types.js';

/**
 * What the mutation loop needs from an AWS endpoint. One implementation drives any
 * AWS-compatible endpoint through the AWS SDK (the embedded emulator and an external
 * LocalEmu container alike); the embedded emulator adds the authorization log.
 */
export interface MutationBackend {
  /** The policy under test, put as the role's inline policy (PutRolePolicy). */
  putRolePolicy(role: string, policyName: string, policyText: string): Promise<void>;
  /** What the role's inline policy of that name was before the run (undefined: none). */
  getRolePolicy(role: string, policyName: string): Promise<string | undefined>;
  deleteRolePolicy(role: string, policyName: string): Promise<void>;
  runWorkload(target: TargetConfig): Promise<WorkloadResult>;
  /**
   * The run's stop signal (SIGINT/SIGTERM at the edges): once aborted, no further policy is
   * put nor workload started, a running workload is stopped, and the role is restored.
   */
  signal?: AbortSignal;
  /** Present only when the endpoint keeps a per-call authorization log. */
  authorizationLog?: AuthorizationLogReader;
}

export interface AuthorizationLogReader {
  /** A cursor at the end of the log, taken before a run. */
  mark(): Promise<string>;
  /** The decisions made since `cursor` for principals of this role, oldest first. */
  readSince(cursor: string, role: string, policyId: string): Promise<LoggedCall[]>;
}

/** What one workload run gave back, before it is judged. */
export type WorkloadResult =
  | {
      kind: 'returned';
      /** The function's response, parsed as JSON when it is JSON. */
      payload: unknown;
      /** Set when the function raised (Lambda's FunctionError). */
      functionError?: { type: string; message: string };
      log?: string;
    }
  | { kind: 'exited'; exitCode: number; stdout: string; stderr: string }
  | { kind: 'timeout'; afterMs: number };
