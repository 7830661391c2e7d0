import { authorizeCall } from '../authz/authorize.js';
import type { AuthorizationLog } from '../authz/authz-log.js';
import type { EnforcementMode } from '../authz/enforcement.js';
import type { PolicyEngine } from '../authz/policy-engine.js';
import type { EmulatorState } from '../emulator-core.js';
import { AwsError, isAwsError } from '../errors/aws-error.js';
import { commonErrors } from '../errors/common-errors.js';
import type { Principal } from '../identity/principal.js';
import { resolveCaller, type AdminCredential } from '../identity/resolve-caller.js';
import {
  readSigV2Claim,
  sigV2StringToSign,
  verifySigV2,
  type SigV2Claim,
} from '../identity/sigv2.js';
import {
  declaredPayloadHashMatches,
  parseAmzDate,
  readSigV4Claim,
  verifySigV4,
} from '../identity/sigv4.js';
import type { HttpResponseData, ProtocolLayer } from '../protocols/protocol.js';
import { protocolLayer } from '../protocols/protocols.js';
import type {
  AuthorizationCheck,
  OperationContext,
  ServiceDefinition,
} from '../services/service-types.js';
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

/**
 * One AWS call through the pipeline: identity (SigV4 + caller), operation and typed input
 * (protocol layer), authorization (checks declared by the operation), handler, serialization.
 * Every failure becomes the protocol's AWS error; nothing here throws.
 */
export async function handleAwsRequest(
  config: PipelineConfig,
  service: ServiceDefinition<unknown>,
  received: EmulatorRequest,
  rawBody: Buffer,
): Promise<HttpResponseData> {
  const legacy =
    service.legacyProtocol?.matches(received) === true ? service.legacyProtocol : undefined;
  const protocol =
    legacy !== undefined
      ? protocolLayer(legacy.model.metadata.protocol)
      : config.protocolOf(service);
  const model = legacy?.model ?? service.model;
  const request = service.normalizeRequest?.(received) ?? received;
  try {
    const principal = await authenticate(config, service, protocol, received, request, rawBody);
    const operationName = protocol.operationOf(model, request);
    const input = protocol.parseInput(model, operationName, request);
    const operation = config.operations.get(service)?.get(operationName);
    const authorize = (checks: readonly AuthorizationCheck[]) =>
      authorizeCall({
        checks,
        service,
        protocol: protocol.name,
        ctx,
        mode: config.enforcement,
        engine: config.engine,
        log: config.log,
      });
    const ctx: OperationContext<unknown> = {
      store: config.state.storeOf(service.name),
      emulator: config.state,
      principal,
      request,
      requestId: request.id,
      region: signingRegion(request) ?? config.state.region,
      accountId: config.state.accountId,
      operation: operationName,
      now: new Date(),
      authorizeItem: (check) => authorize([check]) === undefined,
    };
    const checks =
      operation !== undefined
        ? operation.authorize(input, ctx)
        : [{ action: `${service.name}:${operationName}`, resource: '*' }];
    const denial = authorize(checks);
    if (denial !== undefined) throw denial;
    if (operation === undefined)
      throw commonErrors.notImplemented(model.metadata.serviceId, operationName);
    let output;
    try {
      output = await operation.handle(input, ctx);
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

/** Presigned URLs may be valid for at most 7 days. */
const MAX_PRESIGN_SECONDS = 7 * 24 * 3600;

async function authenticate(
  config: PipelineConfig,
  service: ServiceDefinition<unknown>,
  protocol: ProtocolLayer,
  request: EmulatorRequest,
  /** The request after the service's normalizeRequest (S3: path style). */
  normalized: EmulatorRequest,
  rawBody: Buffer,
): Promise<Principal> {
  const claim = readSigV4Claim(request);
  const state = config.state;
  const v2 = claim === undefined && service.name === 's3' ? readSigV2Claim(request) : undefined;
  if (v2 !== undefined) return authenticateSigV2(config, protocol, request, normalized, v2);
  if (claim === undefined) {
    // LocalEmu accepts unsigned calls when nothing is enforced; so do we, as the account root.
    if (config.enforcement === 'off') {
      return {
        kind: 'admin',
        arn: `arn:aws:iam::${state.accountId}:root`,
        accountId: state.accountId,
        accessKeyId: '',
      };
    }
    if (service.name === 's3') return { kind: 'anonymous', arn: '*', accountId: '' };
    throw commonErrors.missingAuthentication(protocol.name);
  }
  const now = new Date();
  const caller = resolveCaller(claim, state.identity, config.admins, protocol.name, now);
  const verified = caller.secrets.some((secret) => verifySigV4(request, claim, secret, rawBody));
  if (!verified) throw commonErrors.signatureMismatch(protocol.name);
  if (!declaredPayloadHashMatches(request, rawBody)) {
    if (protocol.name === 'rest-xml') {
      throw new AwsError(
        'XAmzContentSHA256Mismatch',
        "The provided 'x-amz-content-sha256' header does not match what was computed.",
        400,
      );
    }
    throw commonErrors.signatureMismatch(protocol.name);
  }
  if (claim.location === 'query') {
    const signedAt = parseAmzDate(claim.longDate);
    const expires = claim.expiresSeconds ?? NaN;
    if (
      signedAt === undefined ||
      !Number.isFinite(expires) ||
      expires < 1 ||
      expires > MAX_PRESIGN_SECONDS
    ) {
      throw new AwsError(
        'AuthorizationQueryParametersError',
        'X-Amz-Expires must be between 1 and 604800 seconds, and X-Amz-Date a valid ISO 8601 basic timestamp',
        400,
      );
    }
    if (signedAt.getTime() + expires * 1000 < now.getTime()) throw commonErrors.presignedExpired();
  }
  return caller.principal;
}

/** S3's legacy SigV2 (boto3's default for presigned S3 URLs). */
function authenticateSigV2(
  config: PipelineConfig,
  protocol: ProtocolLayer,
  request: EmulatorRequest,
  normalized: EmulatorRequest,
  claim: SigV2Claim,
): Principal {
  const now = new Date();
  const caller = resolveCaller(claim, config.state.identity, config.admins, protocol.name, now);
  // A bucket-level resource is signed as `/bucket/` by some clients (botocore) and `/bucket`
  // by others; S3 accepts both.
  const path = normalized.rawPath;
  const paths = /^\/[^/]+\/?$/.test(path)
    ? [path.replace(/\/$/, ''), path.replace(/\/?$/, '/')]
    : [path];
  const strings = paths.map((p) => sigV2StringToSign(request, claim, p));
  if (!caller.secrets.some((secret) => strings.some((text) => verifySigV2(text, claim, secret)))) {
    throw commonErrors.signatureMismatch(protocol.name);
  }
  if (
    claim.expires !== undefined &&
    (!Number.isFinite(claim.expires) || claim.expires * 1000 < now.getTime())
  ) {
    throw commonErrors.presignedExpired();
  }
  return caller.principal;
}
