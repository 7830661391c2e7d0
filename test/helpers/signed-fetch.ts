import { request as httpRequest } from 'node:http';
import { SignatureV4 } from '@smithy/signature-v4';
import { NodeSha256 } from '../../src/emulator/identity/node-sha256.js';

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
}

/**
 * Sends a hand-made request signed with SigV4, for inputs no SDK would send (malformed bodies,
 * unknown operations). Unsigned when `credentials` is null.
 */
export async function signedFetch(
  url: string,
  request: {
    service: string;
    method?: string;
    path?: string;
    query?: Record<string, string>;
    headers?: Record<string, string>;
    body?: string | Buffer;
  },
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string } | null = {
    accessKeyId: 'test',
    secretAccessKey: 'test',
  },
): Promise<RawResponse> {
  const target = new URL(url);
  const path = request.path ?? '/';
  let headers: Record<string, string> = { host: target.host, ...request.headers };
  if (credentials !== null) {
    const signer = new SignatureV4({
      service: request.service,
      region: 'us-east-1',
      credentials,
      sha256: NodeSha256,
      uriEscapePath: request.service !== 's3',
    });
    const signed = await signer.sign({
      method: request.method ?? 'POST',
      protocol: 'http:',
      hostname: target.hostname,
      port: Number(target.port),
      path,
      query: request.query ?? {},
      headers,
      ...(request.body !== undefined && { body: request.body }),
    });
    headers = signed.headers as Record<string, string>;
  }
  const query = new URLSearchParams(request.query ?? {}).toString();
  // node:http rather than fetch: fetch refuses to send a Host header of our choosing, and
  // virtual-host-style S3 is addressed by exactly that.
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method: request.method ?? 'POST',
        path: `${path}${query ? `?${query}` : ''}`,
        headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const responseHeaders = new Headers();
          for (const [k, v] of Object.entries(res.headers))
            if (typeof v === 'string') responseHeaders.set(k, v);
          resolve({
            status: res.statusCode ?? 0,
            headers: responseHeaders,
            text: Buffer.concat(chunks).toString('utf8'),
          });
        });
      },
    );
    req.on('error', reject);
    req.end(request.body);
  });
}
