import type {
  CompiledPolicy,
  ContextValue,
  PolicySet,
  StatementRef,
} from '../../../policy/types.js';
import { AwsError } from '../../errors/aws-error.js';
import type { EmulatorCore } from '../service-types.js';

export interface ContextEntry {
  ContextKeyName: string;
  ContextKeyValues: string[];
  ContextKeyType: string;
}

/** A policy taking part in a simulation, with how AWS reports its source. */
export interface SimulatedPolicy {
  compiled: CompiledPolicy;
  sourceId: string;
  sourceType: 'user' | 'role' | 'aws-managed' | 'user-managed' | 'resource' | 'none';
  role: 'identity' | 'boundary' | 'resource';
}

const DECISION = {
  allow: 'allowed',
  'explicit-deny': 'explicitDeny',
  'implicit-deny': 'implicitDeny',
} as const;

function contextValues(entries: readonly ContextEntry[] | undefined): Record<string, ContextValue> {
  const out: Record<string, ContextValue> = {};
  for (const e of entries ?? []) {
    const values = e.ContextKeyValues ?? [];
    const list = e.ContextKeyType.toLowerCase().endsWith('list');
    if (list) out[e.ContextKeyName] = values;
    else if (e.ContextKeyType === 'boolean') out[e.ContextKeyName] = values[0] === 'true';
    else if (e.ContextKeyType === 'numeric') out[e.ContextKeyName] = Number(values[0]);
    else out[e.ContextKeyName] = values[0] ?? '';
  }
  return out;
}

/**
 * SimulatePrincipalPolicy / SimulateCustomPolicy: evaluates every action x resource with the
 * policy engine and answers AWS's EvaluationResults, naming the statements that decided.
 */
export function simulate(
  core: EmulatorCore,
  options: {
    callerArn: string;
    policies: readonly SimulatedPolicy[];
    actionNames: readonly string[];
    resourceArns?: readonly string[];
    contextEntries?: readonly ContextEntry[];
  },
): Record<string, unknown> {
  if (options.actionNames.length === 0) {
    throw new AwsError('InvalidInput', 'ActionNames must contain at least one action.', 400);
  }
  const byId = new Map(options.policies.map((p) => [p.compiled.id, p]));
  const set: PolicySet = {
    identity: options.policies.filter((p) => p.role === 'identity').map((p) => p.compiled),
    resource: options.policies.filter((p) => p.role === 'resource').map((p) => p.compiled),
    ...(options.policies.some((p) => p.role === 'boundary') && {
      permissionsBoundary: options.policies.find((p) => p.role === 'boundary')!.compiled,
    }),
  };
  const context = contextValues(options.contextEntries);
  const resources = options.resourceArns?.length ? options.resourceArns : ['*'];
  const results = [];
  for (const action of options.actionNames) {
    for (const resource of resources) {
      const decision = core.policyEngine.evaluate(
        {
          principal: { arn: options.callerArn, accountId: core.accountId },
          action,
          resource,
          context: {
            'aws:PrincipalArn': options.callerArn,
            'aws:PrincipalAccount': core.accountId,
            ...context,
          },
        },
        set,
      );
      results.push({
        EvalActionName: action,
        EvalResourceName: resource,
        EvalDecision: DECISION[decision.decision],
        MatchedStatements: decision.matched.map((m) => matchedStatement(m, byId)),
        MissingContextValues: [],
      });
    }
  }
  return { EvaluationResults: results, IsTruncated: false };
}

function matchedStatement(
  ref: StatementRef,
  byId: Map<string, SimulatedPolicy>,
): Record<string, unknown> {
  const policy = byId.get(ref.policyId);
  return {
    SourcePolicyId: policy?.sourceId ?? ref.policyId,
    SourcePolicyType: policy?.sourceType ?? 'none',
    ...(ref.line !== undefined && { StartPosition: { Line: ref.line, Column: ref.column ?? 1 } }),
  };
}
