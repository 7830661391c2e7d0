import { authorizeCall } from '../authz/authorize.js';
import type { AuthorizationLog } from '../authz/authz-log.js';
import type { EnforcementMode } from '../authz/enforcement.js';
import type { PolicyEngine } from '../authz/policy-engine.js';
import type { EmulatorState } from '../emulator-core.js';
import { isAwsError } from '../errors/aws-error.js';
import { commonErrors } from '../errors/common-errors.js';
import type { AdminCredential } from '../identity/resolve-caller.js';
import type { HttpResponseData, ProtocolLayer } from '../protocols/protocol.js';
import { protocolLayer } from '../protocols/protocols.js';
import { resolveShape, shapeType, type ServiceModel } from '../protocols/model-types.js';
import type {
  AuthorizationCheck,
  OperationContext,
  OperationInput,
  ServiceDefinition,
} from '../services/service-types.js';
import { authenticateHeaders } from './authenticate.js';
import type { EmulatorRequest } from './emulator-request.js';

export interface PipelineConfig {
  state: EmulatorState;
  services: ReadonlyMap<string, ServiceDefinition<unknown>>;
  operations: ReadonlyMap<
    ServiceDefinition<unknown>,
    ReadonlyMap<string, ServiceDefinition<unknown>['operations'][number]>
  >;
  protocolOf(service: ServiceDefinition<unknown>): ProtocolLayer;
  engine: PolicyEngine;
  log: AuthorizationLog;
  enforcement: EnforcementMode;
  admins: readonly AdminCredential[];
}

/** The body as received (`raw`, what was signed) and as the service reads it (aws-chunked undone). */
export interface ReceivedPayload {
  raw: Buffer;
  body: Buffer;
  /** The headers with aws-chunked trailers merged in. */
  headers: Record<string, string>;
}

/**
 * One AWS call through the pipeline: identity (SigV4 + caller), operation and typed input
 * (protocol layer), authorization (checks declared by the operation), handler, serialization.
 * `headersOnly` is the request before its body is read; `readPayload` reads the body only once
 * the headers have authenticated the caller (it throws the AwsError of an oversized body).
 * Every failure becomes the protocol's AWS error; nothing here throws.
 */
export async function handleAwsRequest(
  config: PipelineConfig,
  service: ServiceDefinition<unknown>,
  headersOnly: EmulatorRequest,
  readPayload: () => Promise<ReceivedPayload>,
): Promise<HttpResponseData> {
  let received = headersOnly;
  const legacy =
    service.legacyProtocol?.matches(received) === true ? service.legacyProtocol : undefined;
  const protocol =
    legacy !== undefined
      ? protocolLayer(legacy.model.metadata.protocol)
      : config.protocolOf(service);
  const model = legacy?.model ?? service.model;
  let request = service.normalizeRequest?.(received) ?? received;
  try {
    const identity = authenticateHeaders(config, service.name, protocol.name, headersOnly, request);
    const principal = identity.principal;
    const authorize = (ctx: OperationContext<unknown>, checks: readonly AuthorizationCheck[]) =>
      authorizeCall({
        checks,
        service,
        protocol: protocol.name,
        ctx,
        mode: config.enforcement,
        engine: config.engine,
        log: config.log,
      });
    const contextFor = (req: EmulatorRequest, operationName: string) => {
      const ctx: OperationContext<unknown> = {
        store: config.state.storeOf(service.name),
        emulator: config.state,
        principal,
        request: req,
        requestId: req.id,
        region: signingRegion(req) ?? config.state.region,
        accountId: config.state.accountId,
        operation: operationName,
        now: new Date(),
        authorizeItem: (check) => authorize(ctx, [check]) === undefined,
      };
      return ctx;
    };
    const checksOf = (
      operationName: string,
      input: OperationInput,
      ctx: OperationContext<unknown>,
    ) => {
      const operation = config.operations.get(service)?.get(operationName);
      return operation !== undefined
        ? operation.authorize(input, ctx)
        : [{ action: `${service.name}:${operationName}`, resource: '*' }];
    };
    // An anonymous upload (S3 PutObject, UploadPart) is authorized before its body is read: the
    // decision never depends on the bytes, and a refused upload must not cost their memory.
    let authorizedEarly = false;
    if (principal.kind === 'anonymous' && hasBlobPayload(protocol, model, request)) {
      const operationName = protocol.operationOf(model, request);
      const ctx = contextFor(request, operationName);
      const early = protocol.parseInput(model, operationName, request);
      const denial = authorize(ctx, checksOf(operationName, early, ctx));
      if (denial !== undefined) throw denial;
      authorizedEarly = true;
    }
    const payload = await readPayload();
    received = { ...headersOnly, headers: payload.headers, body: payload.body };
    request = service.normalizeRequest?.(received) ?? received;
    identity.verifyBody(payload.raw);
    const operationName = protocol.operationOf(model, request);
    const input = protocol.parseInput(model, operationName, request);
    const operation = config.operations.get(service)?.get(operationName);
    const ctx = contextFor(request, operationName);
    if (!authorizedEarly) {
      const denial = authorize(ctx, checksOf(operationName, input, ctx));
      if (denial !== undefined) throw denial;
    }
    if (operation === undefined)
      throw commonErrors.notImplemented(model.metadata.serviceId, operationName);
    let output;
    try {
      // Most handlers answer synchronously: await only a promise (each await is a tick).
      const handled = operation.handle(input, ctx);
      output = isThenable(handled) ? await handled : handled;
    } finally {
      // IAM and STS handlers change identities and policies in place: invalidate caches.
      if (ctx.store === config.state.identity) config.state.identity.generation++;
    }
    if (operation.serialize !== undefined) return operation.serialize(output, ctx);
    return protocol.serializeOutput(output ?? {}, {
      requestId: request.id,
      model,
      operation: operationName,
      method: request.method,
      ...(operation.xmlRoot !== undefined && { xmlRoot: operation.xmlRoot }),
    });
  } catch (error) {
    const awsError = isAwsError(error) ? error : commonErrors.internal(describe(error));
    return protocol.serializeError(awsError, {
      requestId: request.id,
      model,
      method: request.method,
      ...(service.jsonErrorTypePrefix !== undefined && {
        jsonErrorTypePrefix: service.jsonErrorTypePrefix,
      }),
    });
  }
}

/** Whether the call is a rest operation whose body is one blob (an upload), not a document. */
function hasBlobPayload(
  protocol: ProtocolLayer,
  model: ServiceModel,
  request: EmulatorRequest,
): boolean {
  if (protocol.name !== 'rest-xml' && protocol.name !== 'rest-json') return false;
  if (request.method !== 'PUT' && request.method !== 'POST') return false;
  let operationName: string;
  try {
    operationName = protocol.operationOf(model, request);
  } catch {
    return false;
  }
  const inputRef = model.operations[operationName]?.input;
  if (inputRef === undefined) return false;
  const input = resolveShape(model, inputRef);
  if (input.payload === undefined) return false;
  const payload = resolveShape(model, input.members?.[input.payload] ?? {});
  return shapeType(payload) === 'blob' || payload.streaming === true;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function signingRegion(request: EmulatorRequest): string | undefined {
  const auth = request.headers['authorization'];
  const credential =
    auth !== undefined
      ? /Credential=([^,\s]+)/.exec(auth)?.[1]
      : request.query.get('X-Amz-Credential')?.[0];
  return credential?.split('/')[2];
}
