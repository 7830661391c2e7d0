/**
 * The worker protocol's framing: each message is a 4-byte big-endian length followed by that
 * many bytes of UTF-8 JSON. It runs over dedicated pipes (fd 3 parent->worker, fd 4
 * worker->parent), so whatever the handler prints on stdout/stderr stays log text.
 */

/** Frames larger than this are a protocol violation (AWS caps responses at 6 MB anyway). */
export const MAX_FRAME_BYTES = 16 * 1024 * 1024;

export function encodeFrame(message: unknown): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  const header = Buffer.alloc(4);
  header.writeUInt32BE(body.length, 0);
  return Buffer.concat([header, body]);
}

export class FrameDecoder {
  #buffered: Buffer[] = [];
  #size = 0;

  /** Feeds bytes; returns every complete message. Throws on an oversized or non-JSON frame. */
  push(chunk: Buffer): unknown[] {
    this.#buffered.push(chunk);
    this.#size += chunk.length;
    const messages: unknown[] = [];
    for (;;) {
      if (this.#size < 4) break;
      const all = this.#buffered.length === 1 ? this.#buffered[0]! : Buffer.concat(this.#buffered);
      this.#buffered = [all];
      const length = all.readUInt32BE(0);
      if (length > MAX_FRAME_BYTES) throw new Error(`worker sent a ${length}-byte frame`);
      if (all.length < 4 + length) break;
      messages.push(JSON.parse(all.subarray(4, 4 + length).toString('utf8')));
      const rest = all.subarray(4 + length);
      this.#buffered = rest.length > 0 ? [rest] : [];
      this.#size = rest.length;
    }
    return messages;
  }
}
