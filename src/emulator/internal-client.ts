import { Agent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { NodeSha256 } from './identity/node-sha256.js';

/** How a client proves it may use the emulator's internal endpoints. */
export type InternalAuth =
  | { accessKeyId: string; secretAccessKey: string }
  /** The per-run token of an emulator started in this process (`RunningEmulator.internalToken`). */
  | { token: string };

/** The well-known admin key every `iam-mutate emulator` accepts (LocalEmu's `test`/`test`). */
export const WELL_KNOWN_ADMIN: InternalAuth = { accessKeyId: 'test', secretAccessKey: 'test' };

/** The header carrying the per-run token. */
export const INTERNAL_TOKEN_HEADER = 'x-iam-mutate-token';

/**
 * Calls an internal endpoint (`/_iam-mutate/...`) with admin credentials: a SigV4 signature by
 * an admin key (scope service `iam-mutate`), or the per-run token.
 */
export async function internalFetch(
  endpoint: string,
  pathAndQuery: string,
  auth: InternalAuth = WELL_KNOWN_ADMIN,
  method = 'GET',
): Promise<Response> {
  const url = internalUrl(endpoint, pathAndQuery);
  return fetch(url, { method, headers: await internalHeaders(url, auth, method) });
}

/**
 * GET of an internal endpoint over node:http with a keep-alive agent: what the run does
 * between every two workload runs, where fetch's own machinery cost more than the request.
 */
export async function internalGet(
  endpoint: string,
  pathAndQuery: string,
  auth: InternalAuth = WELL_KNOWN_ADMIN,
): Promise<{ status: number; body: string }> {
  const url = internalUrl(endpoint, pathAndQuery);
  const headers = await internalHeaders(url, auth, 'GET');
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', headers, agent: keepAlive(url.protocol) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** `pathAndQuery` under the endpoint, whether or not the endpoint ends with a slash. */
function internalUrl(endpoint: string, pathAndQuery: string): URL {
  return new URL(pathAndQuery, endpoint.replace(/\/?$/, '/'));
}

const agents = new Map<string, Agent>();
function keepAlive(protocol: string): Agent {
  let agent = agents.get(protocol);
  if (agent === undefined) {
    agent =
      protocol === 'https:' ? new HttpsAgent({ keepAlive: true }) : new Agent({ keepAlive: true });
    // An idle keep-alive socket is unref'd by the agent: it never keeps the process alive.
    agents.set(protocol, agent);
  }
  return agent;
}

async function internalHeaders(
  url: URL,
  auth: InternalAuth,
  method: string,
): Promise<Record<string, string>> {
  if ('token' in auth) return { [INTERNAL_TOKEN_HEADER]: auth.token };
  // Loaded on first use: a run imports this module before its setup starts, and needs the
  // signer only after.
  const { SignatureV4 } = await import('@smithy/signature-v4');
  const signer = new SignatureV4({
    service: 'iam-mutate',
    region: 'us-east-1',
    credentials: auth,
    sha256: NodeSha256,
  });
  const query: Record<string, string> = {};
  for (const [k, v] of url.searchParams) query[k] = v;
  const signed = await signer.sign({
    method,
    protocol: url.protocol,
    hostname: url.hostname,
    port: Number(url.port),
    path: url.pathname,
    query,
    headers: { host: url.host },
  });
  const headers = { ...(signed.headers as Record<string, string>) };
  delete headers['host'];
  return headers;
}
