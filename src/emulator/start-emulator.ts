import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AuthorizationLog, DEFAULT_AUTHZ_LOG_CAPACITY } from './authz/authz-log.js';
import type { EnforcementMode } from './authz/enforcement.js';
import type { PolicyEngine } from './authz/policy-engine.js';
import { srcPolicyEngine } from './authz/src-policy-engine.js';
import { EmulatorState } from './emulator-core.js';
import { commonErrors } from './errors/common-errors.js';
import { IdentityStore } from './identity/identity-store.js';
import { requestId } from './identity/ids.js';
import { DEFAULT_ADMIN_CREDENTIALS, type AdminCredential } from './identity/resolve-caller.js';
import type { HttpResponseData } from './protocols/protocol.js';
import { protocolLayer } from './protocols/protocols.js';
import { decodeAwsChunkedWithTrailers, isAwsChunked } from './server/aws-chunked.js';
import { parseQueryString, type EmulatorRequest } from './server/emulator-request.js';
import { listenFirst, type ListeningServer } from './server/listen-first.js';
import {
  handleAwsRequest,
  type PipelineConfig,
  type ReceivedPayload,
} from './server/handle-request.js';
import { INTERNAL_TOKEN_HEADER } from './internal-client.js';
import {
  handleInternal,
  internalCallAllowed,
  INTERNAL_PREFIX,
} from './server/internal-endpoints.js';
import {
  BodyAborted,
  BodyBudget,
  discardBody,
  readBody,
  type BodyResult,
} from './server/read-body.js';
import {
  isUnsignedFormPost,
  routeFormPost,
  routeService,
  scopeService,
} from './server/route-service.js';
import { allServices } from './services/registry.js';
import type { LambdaStore } from './services/lambda/lambda-store.js';
import type { ServiceDefinition } from './services/service-types.js';
import type { ProbeResult } from './lambda/runtime/interpreter-probe.js';
import type { RuntimeFamily } from './lambda/runtime/types.js';

export interface EmulatorOptions {
  /** 4566 by default; 0 picks a free port. */
  port?: number;
  /** 127.0.0.1 by default: the emulator trusts its callers' network. */
  host?: string;
  enforcement?: EnforcementMode;
  account?: string;
  region?: string;
  /** Also append every authorization record to this JSONL file. */
  authzLogFile?: string;
  /**
   * Records kept in memory for /_iam-mutate/authz-log (DEFAULT_AUTHZ_LOG_CAPACITY, 20,000, by
   * default; the JSONL file keeps all).
   * A reader polling with its cursor between workload runs needs far fewer; a larger window
   * costs garbage-collection time on every enforced call.
   */
  authzLogCapacity?: number;
  /** Largest accepted request body for S3 (default 256 MiB) and other services (default 16 MiB). */
  maxBodyBytes?: { s3?: number; other?: number };
  /**
   * Request-body bytes held in memory at once across all requests (default 512 MiB); beyond it
   * an upload is answered SlowDown/Throttling (503) and its connection closed.
   */
  maxInFlightBodyBytes?: number;
  /**
   * The admin keys (full access, IAM bypassed; also the internal endpoints). Default: the
   * well-known `test`/`test` and `AKIAIOSFODNN7EXAMPLE`; `iam-mutate run` passes per-run random
   * ones so that a workload cannot sign as admin.
   */
  adminCredentials?: readonly AdminCredential[];
  /** The token that opens the internal endpoints (header x-iam-mutate-token); random by default. */
  internalToken?: string;
  /**
   * The environment Lambda workers draw their allow-listed host variables from (PATH, LANG,
   * LC_*, TMPDIR; nothing else reaches a handler). Default: this process's environment, read
   * here at the edge.
   */
  lambdaHostEnvironment?: Readonly<Record<string, string | undefined>>;
  /** The policy engine; src/policy by default. Tests may inject a scripted one. */
  engine?: PolicyEngine;
  /**
   * Lambda runtime families whose interpreter to look up at start, in the background (e.g.
   * `['python']` when a run will create a Python function): the first CreateFunction then
   * does not wait ~0.1–0.5 s for it. Default none, so an emulator that runs no function
   * spawns nothing.
   */
  lookUpLambdaRuntimes?: readonly RuntimeFamily[];
  /**
   * The lookup of `python3`, already started by the caller with `lambdaHostEnvironment`
   * (lambda/runtime/interpreter-probe.ts): `iam-mutate run` starts it before it loads the
   * emulator, since behind a version manager's shim it takes a good part of a second.
   */
  pythonLookUp?: Promise<ProbeResult>;
  /**
   * A server already listening (listen-first.ts), for a caller that started talking to the
   * address before loading the emulator; `port` and `host` are then ignored.
   */
  listening?: ListeningServer;
}

export interface RunningEmulator {
  /** e.g. http://127.0.0.1:4566 */
  url: string;
  port: number;
  host: string;
  enforcement: EnforcementMode;
  accountId: string;
  region: string;
  log: AuthorizationLog;
  state: EmulatorState;
  /** Opens the internal endpoints (`x-iam-mutate-token`); known only to whoever started it. */
  internalToken: string;
  /** Stops accepting connections, closes idle keep-alive sockets, flushes the JSONL log. */
  stop(): Promise<void>;
}

/** Starts the in-process AWS emulator and resolves once it listens. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = options.host ?? '127.0.0.1';
  const accountId = options.account ?? '000000000000';
  const region = options.region ?? 'us-east-1';
  const enforcement = options.enforcement ?? 'strict';
  const engine = options.engine ?? srcPolicyEngine;
  const log = new AuthorizationLog(
    options.authzLogCapacity ?? DEFAULT_AUTHZ_LOG_CAPACITY,
    options.authzLogFile,
  );
  const services = new Map<string, ServiceDefinition<unknown>>(allServices.map((s) => [s.name, s]));
  const identity = new IdentityStore(accountId, engine);
  const state = new EmulatorState(accountId, region, identity, engine, services, {
    log,
    mode: enforcement,
  });
  const config: PipelineConfig = {
    state,
    services,
    operations: new Map(allServices.map((s) => [s, new Map(s.operations.map((o) => [o.name, o]))])),
    protocolOf: (service) => protocolLayer(service.model.metadata.protocol),
    engine,
    log,
    enforcement,
    admins: options.adminCredentials ?? DEFAULT_ADMIN_CREDENTIALS,
  };
  const limits = {
    s3: options.maxBodyBytes?.s3 ?? 256 * 1024 * 1024,
    other: options.maxBodyBytes?.other ?? 16 * 1024 * 1024,
  };
  const internalToken = options.internalToken ?? randomBytes(24).toString('base64url');
  const budget = new BodyBudget(options.maxInFlightBodyBytes ?? 512 * 1024 * 1024);
  const info = { enforcement, services: [...services.keys()], accountId, region };

  // Bound before anything is served (or already bound by the caller: listen-first.ts).
  const listening = options.listening ?? (await listenFirst(options.port ?? 4566, host));
  listening.attach((req, res) => {
    serve(req, res).catch((error: unknown) => {
      // Last resort: the pipeline answers AWS errors itself; this only guards the socket.
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`internal error: ${error instanceof Error ? error.message : String(error)}`);
      } else {
        res.destroy();
      }
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const request = describeRequest(req);
    if (request.rawPath.startsWith(INTERNAL_PREFIX)) {
      // The evidence (the authorization log) is for the orchestrator, never for the workload.
      if (!internalCallAllowed(request, config.admins, internalToken)) {
        return refuse(req, res, {
          status: 403,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            error: `${request.rawPath} needs admin credentials: a SigV4 signature by an admin key or the ${INTERNAL_TOKEN_HEADER} header`,
          }),
        });
      }
      discardBody(req);
      return send(res, handleInternal(request, log, info));
    }
    let early: BodyResult | undefined;
    let service: ServiceDefinition<unknown> | undefined;
    if (isUnsignedFormPost(request)) {
      early = await readBody(req, limits.other, budget, res);
      service = early.ok ? routeFormPost(early.body, services) : services.get('iam');
    } else {
      service = routeService(request, services);
    }
    if (service === undefined) {
      const error = commonErrors.unknownService(scopeService(request));
      return refuse(
        req,
        res,
        protocolLayer('rest-json').serializeError(error, {
          requestId: request.id,
          model: allServices[0]!.model,
          method: request.method,
        }),
      );
    }
    const protocol = protocolLayer(service.model.metadata.protocol);
    const limit = service.name === 's3' ? limits.s3 : limits.other;
    let read = early !== undefined;
    const readPayload = async (): Promise<ReceivedPayload> => {
      read = true;
      const body = early ?? (await readBody(req, limit, budget, res));
      if (!body.ok) {
        if (body.reason === 'aborted') throw new BodyAborted();
        throw body.reason === 'busy'
          ? commonErrors.slowDown(protocol.name)
          : commonErrors.requestTooLarge(protocol.name, limit);
      }
      if (!isAwsChunked(request.headers))
        return { raw: body.body, body: body.body, headers: request.headers };
      const decoded = decodeAwsChunkedWithTrailers(body.body);
      return {
        raw: body.body,
        body: decoded.body,
        headers: { ...request.headers, ...decoded.trailers },
      };
    };
    const response = await handleAwsRequest(config, service, request, readPayload);
    if (req.destroyed && !req.complete) return void res.destroy();
    // A body refused unread (or cut short) is never buffered: discard it and close the connection.
    if (!read || !req.complete) return refuse(req, res, response);
    send(res, response);
  }

  const { url, port } = listening;
  const lambda = state.storeOf('lambda') as LambdaStore | undefined;
  if (lambda !== undefined) {
    lambda.endpointUrl = url;
    lambda.hostEnvironment = { ...(options.lambdaHostEnvironment ?? process.env) };
    lambda.pythonLookUp = options.pythonLookUp;
    for (const family of options.lookUpLambdaRuntimes ?? []) lambda.pool.lookUpEarly(family);
  }
  return {
    url,
    port,
    host: listening.host,
    enforcement,
    accountId,
    region,
    log,
    state,
    internalToken,
    async stop() {
      await listening.close();
      await state.dispose();
      await log.close();
    },
  };
}

function describeRequest(req: IncomingMessage): EmulatorRequest {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const rawPath = q === -1 ? url : url.slice(0, q);
  const rawQuery = q === -1 ? '' : url.slice(q + 1);
  // Only set-cookie is an array in node's headers; a plain loop, no entries() arrays (hot path).
  const received = req.headers;
  const headers: Record<string, string> = {};
  for (const name in received) {
    const value = received[name];
    if (value !== undefined) headers[name] = typeof value === 'string' ? value : value.join(', ');
  }
  const hostHeader = headers['host'] ?? '';
  const colon = hostHeader.indexOf(':');
  const hostname = hostHeader.startsWith('[')
    ? hostHeader.slice(0, hostHeader.indexOf(']') + 1)
    : colon === -1
      ? hostHeader
      : hostHeader.slice(0, colon);
  const address = req.socket.remoteAddress ?? '127.0.0.1';
  return {
    id: requestId(),
    method: req.method ?? 'GET',
    rawPath: rawPath === '' ? '/' : rawPath,
    rawQuery,
    query: parseQueryString(rawQuery),
    headers,
    body: Buffer.alloc(0),
    hostname: hostname.toLowerCase(),
    sourceIp: address.startsWith('::ffff:') ? address.slice(7) : address,
    secureTransport: false,
    receivedAt: new Date(),
  };
}

/** Answers a request whose body was not (fully) read: the rest is discarded, the connection closed. */
function refuse(req: IncomingMessage, res: ServerResponse, response: HttpResponseData): void {
  discardBody(req);
  response.headers['connection'] = 'close';
  send(res, response);
}

function send(res: ServerResponse, response: HttpResponseData): void {
  res.writeHead(response.status, response.headers);
  res.end(response.body);
}
