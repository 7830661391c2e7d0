/**
 * A MutationBackend without an emulator or python: the attached policy is evaluated by the
 * real policy engine (src/policy) for every call a scripted workload attempts, and each
 * decision is written to an in-memory authorization log shaped like the emulator's.
 */
import type { MutationBackend, WorkloadResult } from '../../src/mutate/backend.js';
import type { TargetConfig } from '../../src/mutate/config/config-types.js';
import type { LoggedCall } from '../../src/mutate/logged-call.js';
import { compilePolicyText, evaluateRequest } from '../../src/policy/index.js';

export const ACCOUNT = '000000000000';
const POLICY_ID = 'role/app/inline/iam-mutate-policy';

/** What a scripted workload can do in one run. */
export interface WorkloadContext {
  /** Makes one AWS call as the role: true when the attached policy allows it. */
  attempt(action: string, resource: string): boolean;
  /** The policy text attached for this run. */
  policyText: string;
}

/** A workload: returns its result, or undefined to pass with `{ status: 'ok' }`. */
export type Script = (ctx: WorkloadContext) => WorkloadResult | undefined;

/** Calls in order; the first denied one fails the run with an AccessDenied message. */
export function calls(...list: [action: string, resource: string][]): Script {
  return ({ attempt }) => {
    for (const [action, resource] of list) {
      if (!attempt(action, resource)) return accessDenied(action, resource);
    }
    return undefined;
  };
}

export function accessDenied(action: string, resource: string): WorkloadResult {
  return {
    kind: 'exited',
    exitCode: 1,
    stdout: '',
    stderr: `An error occurred (AccessDenied): User: arn:aws:sts::${ACCOUNT}:assumed-role/app/s is not authorized to perform: ${action} on resource: "${resource}"`,
  };
}

export interface FakeBackendOptions {
  /** The workload the target's own command runs. */
  workload: Script;
  /** Probe commands: the one call each makes. */
  probes?: Record<string, [action: string, resource: string]>;
  /** Keep an authorization log (default true). */
  log?: boolean;
  /** The role's inline policy of that name before the run. */
  previousPolicy?: string;
}

export interface FakeBackend extends MutationBackend {
  /** Every policy text attached, in order. */
  attached: string[];
  /** How many times a workload (or probe) ran. */
  runs: { workload: number; probe: number };
  /** The role's inline policy now (undefined: deleted). */
  current(): string | undefined;
}

export function fakeBackend(options: FakeBackendOptions): FakeBackend {
  let policy: string | undefined = options.previousPolicy;
  const log: LoggedCall[] = [];
  const attached: string[] = [];
  const runs = { workload: 0, probe: 0 };
  const attempt = (action: string, resource: string): boolean => {
    // A policy with no statement left (a mutant of a one-statement policy) grants nothing.
    const empty = policy === undefined || /"Statement":\s*\[\s*\]/.test(policy);
    const compiled = empty ? [] : [compilePolicyText(policy!, { id: POLICY_ID, kind: 'identity' })];
    const principalArn = `arn:aws:sts::${ACCOUNT}:assumed-role/app/s`;
    const decision = evaluateRequest(
      { principal: { arn: principalArn, accountId: ACCOUNT }, action, resource, context: {} },
      { identity: compiled },
    );
    log.push({
      action,
      resource,
      decision: decision.decision,
      matched: decision.matched.map((ref) => ({
        policyId: ref.policyId,
        index: ref.index,
        ...(ref.sid !== undefined && { sid: ref.sid }),
      })),
      grantedElsewhere: 0,
      context: {},
      principalArn,
    });
    return decision.decision === 'allow';
  };
  const backend: FakeBackend = {
    attached,
    runs,
    current: () => policy,
    async putRolePolicy(_role, _name, text) {
      // As IAM does: PutRolePolicy refuses a document with no statement (MalformedPolicyDocument).
      if (/"Statement":\s*\[\s*\]/.test(text)) {
        throw new Error('MalformedPolicyDocument: Syntax errors in policy.');
      }
      attached.push(text);
      policy = text;
    },
    async getRolePolicy() {
      return policy;
    },
    async deleteRolePolicy() {
      policy = undefined;
    },
    async runWorkload(target: TargetConfig): Promise<WorkloadResult> {
      const ctx = { attempt, policyText: policy ?? '' };
      if (target.workload.kind === 'command' && target.workload.command !== 'workload') {
        runs.probe++;
        const call = options.probes?.[target.workload.command];
        if (call === undefined) throw new Error(`no such probe: ${target.workload.command}`);
        return calls(call)(ctx) ?? { kind: 'exited', exitCode: 0, stdout: '{}', stderr: '' };
      }
      runs.workload++;
      return (
        options.workload(ctx) ?? {
          kind: 'exited',
          exitCode: 0,
          stdout: '{"status":"ok"}',
          stderr: '',
        }
      );
    },
  };
  if (options.log !== false) {
    backend.authorizationLog = {
      mark: async () => String(log.length),
      readSince: async (cursor) => log.slice(Number(cursor)),
    };
  }
  return backend;
}

/** A target whose workload is the command `workload` (the fake runs the script for it). */
export function fakeTarget(extra: Partial<TargetConfig> = {}): TargetConfig {
  return {
    policy: 'policy.json',
    policyPath: '/repo/policy.json',
    role: 'app',
    policyName: 'iam-mutate-policy',
    workload: { kind: 'command', command: 'workload' },
    timeoutMs: 1000,
    ...extra,
  };
}
