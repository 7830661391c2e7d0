import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The emulator's HTTP server, listening before the emulator behind it exists. `iam-mutate run`
 * binds it first, starts the setup script against its address, and loads the emulator while the
 * script's interpreter starts: requests that arrive before `attach` wait for it rather than
 * being refused. startEmulator uses the same server when started on its own.
 */
export interface ListeningServer {
  readonly server: Server;
  /** e.g. http://127.0.0.1:4566 */
  readonly url: string;
  readonly port: number;
  readonly host: string;
  /** Hands every request to `handler`, the ones that arrived before it included. */
  attach(handler: RequestListener): void;
  /**
   * The emulator could not start: waiting and later requests are answered 503 with `reason`,
   * and the server closes.
   */
  abandon(reason: string): Promise<void>;
  /** Stops accepting connections; in-flight requests get two seconds, then their sockets close. */
  close(): Promise<void>;
}

/** Listens on `host:port` (0: a free port) and resolves once bound. Loads nothing else. */
export async function listenFirst(port: number, host: string): Promise<ListeningServer> {
  let handler: RequestListener | undefined;
  let waiting: Array<[IncomingMessage, ServerResponse]> = [];
  const server = createServer({ keepAlive: true }, (req, res) => {
    if (handler) handler(req, res);
    else waiting.push([req, res]);
  });
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 70_000;
  server.on('clientError', (_error, socket) => {
    if (socket.writable)
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
      // A request still in flight (a long poll) gets two seconds, then its socket is closed.
      setTimeout(() => server.closeAllConnections(), 2000).unref();
    });
  const take = (next: RequestListener) => {
    handler = next;
    const early = waiting;
    waiting = [];
    for (const [req, res] of early) next(req, res);
  };
  return {
    server,
    url: `http://${urlHost}:${bound}`,
    port: bound,
    host,
    attach: take,
    abandon(reason) {
      take((_req, res) => {
        res.writeHead(503, { 'content-type': 'text/plain', connection: 'close' });
        res.end(`the emulator could not start: ${reason}\n`);
      });
      return close();
    },
    close,
  };
}
