/**
 * One invocation's log text, bounded: a handler that prints megabytes must not make the
 * emulator hold megabytes per invoke. The first and the last halves of the budget are kept
 * (the start says what ran, the end says how it failed; LogType Tail shows the end) and the
 * middle is replaced by one line saying how much was dropped.
 */
export class BoundedLog {
  readonly #half: number;
  #head = '';
  #tail = '';
  #dropped = 0;

  constructor(maxChars: number) {
    this.#half = Math.max(1, Math.floor(maxChars / 2));
  }

  append(text: string): void {
    if (text.length === 0) return;
    if (this.#head.length < this.#half) {
      const room = this.#half - this.#head.length;
      this.#head += text.slice(0, room);
      text = text.slice(room);
      if (text.length === 0) return;
    }
    const joined = this.#tail + text;
    if (joined.length > this.#half) {
      this.#dropped += joined.length - this.#half;
      this.#tail = joined.slice(joined.length - this.#half);
    } else {
      this.#tail = joined;
    }
  }

  get droppedChars(): number {
    return this.#dropped;
  }

  toString(): string {
    if (this.#dropped === 0) return this.#head + this.#tail;
    const note = `\n[iam-mutate: ${this.#dropped} characters of log output dropped]\n`;
    return this.#head + note + this.#tail;
  }
}

/** `LogType: Tail`: the last 4 KB of the invocation's log, base64 (X-Amz-Log-Result). */
export function logTailBase64(logs: string): string {
  const bytes = Buffer.from(logs, 'utf8');
  return bytes.subarray(Math.max(0, bytes.length - 4096)).toString('base64');
}
