import type { ServiceDelivery } from '../authz/authorize-delivery.js';
import type { CompiledPolicy, ContextValue } from '../../policy/types.js';
import type { PolicyEngine } from '../authz/policy-engine.js';
import type { AwsError } from '../errors/aws-error.js';
import type { IdentityStore } from '../identity/identity-store.js';
import type { Principal } from '../identity/principal.js';
import type { ServiceModel } from '../protocols/model-types.js';
import type { HttpResponseData } from '../protocols/protocol.js';
import type { EmulatorRequest } from '../server/emulator-request.js';

/** Parsed operation input: member names of the model's input shape -> typed values. */
export type OperationInput = Record<string, unknown>;
/** Operation output, shaped like the model's output shape; the protocol layer serializes it. */
export type OperationOutput = Record<string, unknown>;

/**
 * One IAM authorization check an operation needs: the action, the resource ARN built from the
 * request, and the operation-specific context keys (global keys like aws:SourceIp are added by
 * the framework). Most operations need one; CopyObject needs two.
 */
export interface AuthorizationCheck {
  action: string;
  resource: string;
  context?: Record<string, ContextValue>;
  /** Account owning the resource, when not the caller's. */
  resourceAccountId?: string;
  /**
   * The resource as the service's AccessDenied message names it, when that differs from the
   * ARN evaluated (Secrets Manager echoes the SecretId as the caller wrote it).
   */
  messageResource?: string;
}

/** Everything a handler may use. `store` is the service's own state. */
export interface OperationContext<S> {
  store: S;
  emulator: EmulatorCore;
  principal: Principal;
  request: EmulatorRequest;
  requestId: string;
  /** Region from the SigV4 scope (or the emulator's default). */
  region: string;
  accountId: string;
  operation: string;
  now: Date;
  /**
   * Authorizes one more check from inside a handler, for calls AWS authorizes per item
   * (DeleteObjects: s3:DeleteObject per key). Logged like any decision; false when denied in
   * strict mode, so the handler reports that item as AccessDenied and goes on.
   */
  authorizeItem(check: AuthorizationCheck): boolean;
}

/**
 * One operation: how to authorize it and how to handle it. Lives in its own file
 * (`services/<service>/operations/<operation-name>.ts`), dynalite style.
 */
export interface OperationDefinition<S, I = OperationInput, O = OperationOutput> {
  /** The operation name exactly as in the service model (e.g. `GetObject`). */
  name: string;
  /** The IAM checks this call needs, built from its input; `[]` for calls AWS never authorizes. */
  authorize(input: I, ctx: OperationContext<S>): AuthorizationCheck[];
  handle(input: I, ctx: OperationContext<S>): O | Promise<O>;
  /** rest-xml only: the XML root element of the response body when there is no payload member. */
  xmlRoot?: string;
  /** Escape hatch for responses the model cannot describe (S3 GetBucketLocation's bare root text). */
  serialize?(output: O, ctx: OperationContext<S>): HttpResponseData;
}

/** Erases an operation's input/output types so services can list them together. */
export function defineOperation<S, I, O>(
  operation: OperationDefinition<S, I, O>,
): OperationDefinition<S, OperationInput, OperationOutput> {
  return operation as unknown as OperationDefinition<S, OperationInput, OperationOutput>;
}

/** What the authorizer tells a service so it can phrase its AccessDenied as AWS does. */
export interface DenialDetails {
  principalArn: string;
  action: string;
  resource: string;
  /** e.g. `because no identity-based policy allows the s3:GetObject action`; '' when AWS omits it. */
  reason: string;
}

/** The answer of a resourcePolicies hook when no resource policy applies: one shared list. */
export const NO_RESOURCE_POLICIES: readonly CompiledPolicy[] = Object.freeze([]);

export interface ServiceDefinition<S> {
  /** Service key: the model file name and SigV4 signing name, e.g. `s3`, `dynamodb`. */
  name: string;
  model: ServiceModel;
  createStore(core: EmulatorCore): S;
  /** Releases what the store holds outside memory (Lambda's worker processes) when the emulator stops. */
  disposeStore?(store: S): Promise<void> | void;
  operations: ReadonlyArray<OperationDefinition<S>>;
  /**
   * Resource-based policies governing `resourceArn` (bucket policy, trust policy, key policy...).
   * Asked on every enforced call: answer NO_RESOURCE_POLICIES, not a new `[]`, when there is none.
   */
  resourcePolicies?(resourceArn: string, store: S, core: EmulatorCore): readonly CompiledPolicy[];
  /** Overrides the protocol's default AccessDenied error (code, status, message phrasing). */
  accessDenied?(details: DenialDetails): AwsError;
  /** Rewrites a request before routing (S3: virtual-host-style -> path-style). */
  normalizeRequest?(request: EmulatorRequest): EmulatorRequest;
  /** Claims unsigned requests by host name (S3 virtual hosts). */
  claimsHost?(hostname: string): boolean;
  /** JSON protocols: `__type` prefix of error codes (DynamoDB: `com.amazonaws.dynamodb.v20120810#`). */
  jsonErrorTypePrefix?: string;
  /**
   * A second wire protocol older clients still speak (SQS: the query protocol next to awsJson).
   * Requests it `matches` are parsed and answered with its model and that model's protocol.
   */
  legacyProtocol?: { model: ServiceModel; matches(request: EmulatorRequest): boolean };
}

/** The emulator as services see it: identity, configuration, and other services' stores. */
export interface EmulatorCore {
  accountId: string;
  region: string;
  identity: IdentityStore;
  policyEngine: PolicyEngine;
  storeOf<T>(serviceName: string): T;
  /**
   * Decides and logs a service-to-service delivery by the target's resource policy (SNS to SQS
   * or Lambda); false when it must not happen. Absent in cores without an authorization log.
   */
  authorizeDelivery?(delivery: ServiceDelivery): boolean;
}
