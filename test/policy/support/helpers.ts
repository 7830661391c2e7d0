/** Small builders shared by the policy tests. */
import {
  type AuthorizationDecision,
  type CompiledPolicy,
  type ContextValue,
  type PolicyKind,
  type PolicySet,
  compilePolicy,
  compilePolicyText,
  evaluateRequest,
  parsePolicy,
} from '../../../src/policy/index.js';

export const ACCOUNT = '111111111111';
export const USER = `arn:aws:iam::${ACCOUNT}:user/alice`;
export const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/app/sess`;

let counter = 0;

export function policy(
  statements: object | object[],
  kind: PolicyKind = 'identity',
  version = '2012-10-17',
): CompiledPolicy {
  const doc = { Version: version, Statement: statements };
  return compilePolicyText(JSON.stringify(doc, null, 2), { id: `${kind}-${counter++}`, kind });
}

export interface RequestOptions {
  principal?: string;
  action?: string;
  resource?: string;
  context?: Record<string, ContextValue>;
  resourceAccountId?: string;
}

export function decide(set: PolicySet, options: RequestOptions = {}): AuthorizationDecision {
  return evaluateRequest(
    {
      principal: { arn: options.principal ?? USER, accountId: ACCOUNT },
      action: options.action ?? 's3:GetObject',
      resource: options.resource ?? 'arn:aws:s3:::bucket/key',
      context: options.context ?? {},
      ...(options.resourceAccountId ? { resourceAccountId: options.resourceAccountId } : {}),
    },
    set,
  );
}

/** Decision of one Allow statement with this Condition block for this request context. */
export function conditionAllows(
  condition: object,
  context: Record<string, ContextValue>,
  version?: string,
): AuthorizationDecision['decision'] {
  const p = policy(
    { Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: condition },
    'identity',
    version,
  );
  return decide({ identity: [p] }, { context }).decision;
}

/**
 * Compiles without the kind-specific validation (which rejects unknown operators), to test
 * that the evaluator itself fails closed when handed such a policy.
 */
export function unvalidatedPolicy(statements: object | object[]): CompiledPolicy {
  const parsed = parsePolicy(
    JSON.stringify({ Version: '2012-10-17', Statement: statements }),
    'unvalidated.json',
  );
  if (!parsed.value) throw new Error(parsed.diagnostics.map((d) => d.message).join('; '));
  return compilePolicy(parsed.value, { id: `unvalidated-${counter++}`, kind: 'identity' });
}
