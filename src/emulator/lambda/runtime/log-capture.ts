import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import { BoundedLog } from './bounded-log.js';

/**
 * Splits a warm worker's stdout and stderr into per-invocation logs. The bootstrap writes an
 * end marker (a per-worker random token) on both streams once the handler has returned, before
 * it sends the result frame; everything up to the markers belongs to that invocation, anything
 * after it (a background thread still printing) to the next one, as on Lambda. The two pipes are
 * merged in arrival order, as CloudWatch merges them.
 */
export class LogCapture {
  readonly #marker: string;
  readonly #maxChars: number;
  readonly #streams: StreamState[] = [];
  #current: BoundedLog;
  #next: BoundedLog;
  #waiters: Array<() => void> = [];

  constructor(marker: string, maxChars: number) {
    this.#marker = marker;
    this.#maxChars = maxChars;
    this.#current = new BoundedLog(maxChars);
    this.#next = new BoundedLog(maxChars);
  }

  attach(stream: Readable): void {
    const state: StreamState = {
      decoder: new StringDecoder('utf8'),
      carry: '',
      ended: false,
      closed: false,
    };
    this.#streams.push(state);
    stream.on('data', (chunk: Buffer) => this.#onText(state, state.decoder.write(chunk)));
    stream.on('close', () => {
      this.#onText(state, state.decoder.end() + state.carry);
      state.carry = '';
      state.closed = true;
      this.#notify();
    });
  }

  /** Text the platform itself adds to the current invocation's log (timeouts, exits). */
  appendPlatformLine(line: string): void {
    this.#current.append(line.endsWith('\n') ? line : `${line}\n`);
  }

  /**
   * Resolves once every stream has delivered its end marker (or closed), or after `limitMs`
   * (a handler that swallowed its marker, e.g. by closing fd 1, must not hang the invoke).
   */
  async waitForMarkers(limitMs: number): Promise<void> {
    if (this.#allEnded()) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, limitMs);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.#waiters.push(done);
    });
  }

  /** Hands out the finished invocation's log and starts the next one. */
  take(): string {
    for (const state of this.#streams) {
      if (!state.ended && state.carry !== '') {
        this.#current.append(state.carry);
        state.carry = '';
      }
      state.ended = false;
    }
    const text = this.#current.toString();
    this.#current = this.#next;
    this.#next = new BoundedLog(this.#maxChars);
    return text;
  }

  #onText(state: StreamState, text: string): void {
    if (text === '') return;
    const target = (): BoundedLog => (state.ended ? this.#next : this.#current);
    let pending = state.carry + text;
    state.carry = '';
    for (;;) {
      const at = pending.indexOf(this.#marker);
      if (at < 0) break;
      target().append(pending.slice(0, at));
      pending = pending.slice(at + this.#marker.length);
      if (!state.ended) {
        state.ended = true;
        this.#notify();
      }
    }
    // Keep back what could be the start of a marker split across two chunks.
    const keep = Math.min(pending.length, this.#marker.length - 1);
    let cut = pending.length - keep;
    while (cut < pending.length && !this.#marker.startsWith(pending.slice(cut))) cut++;
    target().append(pending.slice(0, cut));
    state.carry = pending.slice(cut);
  }

  #allEnded(): boolean {
    return this.#streams.every((s) => s.ended || s.closed);
  }

  #notify(): void {
    if (!this.#allEnded()) return;
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const w of waiters) w();
  }
}

interface StreamState {
  readonly decoder: StringDecoder;
  /** Tail that may be the beginning of a marker. */
  carry: string;
  /** The current invocation's marker has been seen on this stream. */
  ended: boolean;
  closed: boolean;
}
