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
    private readonly capacity = 100_000,
    filePath?: string,
  ) {
    if (filePath !== undefined) this.file = createWriteStream(filePath, { flags: 'a' });
  }

  append(record: Omit<AuthorizationRecord, 'seq'>): AuthorizationRecord {
    const full = { seq: this.nextSeq++, ...record };
    this.records.push(full);
    if (this.records.length > this.capacity)
      this.records.splice(0, this.records.length - this.capacity);
    this.file?.write(`${JSON.stringify(full)}\n`);
    return full;
  }

  /** Records with seq > after (oldest first), at most `limit`; `cursor` is the last seq returned. */
  read(after = 0, limit = 1000): { records: AuthorizationRecord[]; cursor: number } {
    const start = this.records.findIndex((r) => r.seq > after);
    const records = start === -1 ? [] : this.records.slice(start, start + limit);
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
