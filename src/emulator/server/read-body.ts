import type { IncomingMessage } from 'node:http';

export type BodyResult =
  { ok: true; body: Buffer } | { ok: false; reason: 'too-large' | 'busy' | 'aborted' };

/**
 * The bytes of request bodies held in memory at once, across all requests. A flood of large
 * uploads is answered "slow down" once the budget is spent instead of exhausting memory.
 */
export class BodyBudget {
  inFlight = 0;
  constructor(readonly limit: number) {}
}

/**
 * Reads a request body (node has already undone `Transfer-Encoding: chunked`), stopping at
 * `limit` bytes so that a huge upload cannot exhaust memory, and charging what it buffers to
 * `budget` until `holder` closes.
 */
export function readBody(
  req: IncomingMessage,
  limit: number,
  budget?: BodyBudget,
  /** Emits `close` when the exchange is over (the response); the budget is charged until then. */
  holder: { once(event: 'close', listener: () => void): unknown } = req,
): Promise<BodyResult> {
  const length = req.headers['content-length'];
  // Neither Content-Length nor Transfer-Encoding: the request has no body (RFC 9112 section 6.3)
  // and node's parser has already ended the message; most calls (GETs) skip the stream events.
  if ((length === undefined || length === '0') && req.headers['transfer-encoding'] === undefined)
    return Promise.resolve({ ok: true, body: Buffer.alloc(0) });
  const declared = Number(length ?? '0');
  if (Number.isFinite(declared) && declared > limit)
    return Promise.resolve({ ok: false, reason: 'too-large' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    let charged = 0;
    const release = () => {
      if (budget !== undefined) budget.inFlight -= charged;
      charged = 0;
    };
    // The buffered body stays charged until the exchange is over (the handler holds it).
    holder.once('close', release);
    const finish = (result: BodyResult) => {
      if (done) return;
      done = true;
      if (!result.ok) {
        chunks.length = 0;
        release();
      }
      resolve(result);
    };
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        req.pause();
        finish({ ok: false, reason: 'too-large' });
        return;
      }
      if (budget !== undefined) {
        if (budget.inFlight + chunk.length > budget.limit) {
          req.pause();
          finish({ ok: false, reason: 'busy' });
          return;
        }
        budget.inFlight += chunk.length;
        charged += chunk.length;
      }
      chunks.push(chunk);
    });
    req.on('end', () =>
      finish({ ok: true, body: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks) }),
    );
    req.on('error', () => finish({ ok: false, reason: 'aborted' }));
    req.on('aborted', () => finish({ ok: false, reason: 'aborted' }));
  });
}

/**
 * Throws away the body of a request that is refused before it was read, without buffering it.
 * The answer also closes the connection, so an endless body stops there.
 */
export function discardBody(req: IncomingMessage): void {
  if (req.readableEnded) return;
  req.on('data', () => undefined);
  req.on('error', () => undefined);
  req.resume();
}

/** The client went away while its body was being read: nothing is answered. */
export class BodyAborted extends Error {
  constructor() {
    super('the client aborted the request body');
  }
}
