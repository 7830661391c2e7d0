import { createWriteStream, type WriteStream } from 'node:fs';
import type { AuthorizationRecord } from './authz-record.js';

/**
 * The authorization log: every decision in order, kept in a bounded in-memory window (readable
 * with a cursor so pollers see only new records) and optionally appended to a JSONL file.
 */
export class AuthorizationLog {
  private readonly records: AuthorizationRecord[] = [];
  private nextSeq = 1;
  private file: WriteStream | undefined;

  constructor(
    private readonly capacity = 20_000,
    filePath?: string,
  ) {
    if (filePath !== undefined) this.file = createWriteStream(filePath, { flags: 'a' });
  }

  append(record: Omit<AuthorizationRecord, 'seq'>): AuthorizationRecord {
    // The caller hands over a fresh record: number it in place rather than copy it.
    const full = record as AuthorizationRecord;
    full.seq = this.nextSeq++;
    this.records.push(full);
    // Trim in batches: dropping one record per append would move the whole window every call.
    if (this.records.length > this.capacity + Math.ceil(this.capacity / 4)) {
      this.records.splice(0, this.records.length - this.capacity);
    }
    this.file?.write(`${JSON.stringify(full)}\n`);
    return full;
  }

  /** Records with seq > after (oldest first), at most `limit`; `cursor` is the last seq returned. */
  read(after = 0, limit = 1000): { records: AuthorizationRecord[]; cursor: number } {
    // Sequence numbers increase, so the first record after the cursor is found by bisection.
    let lo = 0;
    let hi = this.records.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.records[mid]!.seq > after) hi = mid;
      else lo = mid + 1;
    }
    const records = this.records.slice(lo, lo + limit);
    return {
      records,
      cursor: records.length > 0 ? records[records.length - 1]!.seq : Math.max(after, 0),
    };
  }

  /** The seq of the newest record (0 when empty): read(after = latest()) returns only later ones. */
  latest(): number {
    return this.nextSeq - 1;
  }

  clear(): void {
    this.records.length = 0;
  }

  close(): Promise<void> {
    const file = this.file;
    this.file = undefined;
    return new Promise((resolve) => (file === undefined ? resolve() : file.end(() => resolve())));
  }
}
