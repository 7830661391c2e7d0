import { createWriteStream, type WriteStream } from 'node:fs';
import type { ContextValue } from '../../policy/types.js';
import type { AuthorizationRecord } from './authz-record.js';

/**
 * A record as kept in memory: `context` may be the caller's shared global-context object, with
 * the operation's own keys beside it in `extraContext`. Merging them only when a record is read
 * keeps one shared object, not one copy per call, alive in the window (garbage-collection time
 * is most of the cost of enforcement otherwise).
 */
type StoredRecord = AuthorizationRecord & { extraContext?: Readonly<Record<string, ContextValue>> };

/** Records kept in memory unless the emulator is started with another authzLogCapacity. */
export const DEFAULT_AUTHZ_LOG_CAPACITY = 20_000;

/** What append takes: a record, numbered in place; `extraContext` may already be one of its keys. */
export type LogEntry = Omit<StoredRecord, 'seq'> & { seq?: number };

function materialize(record: StoredRecord): AuthorizationRecord {
  if (!('extraContext' in record)) return record;
  const { extraContext, ...rest } = record;
  return extraContext === undefined
    ? rest
    : { ...rest, context: { ...record.context, ...extraContext } };
}

/**
 * The authorization log: every decision in order, kept in a bounded in-memory window (readable
 * with a cursor so pollers see only new records) and optionally appended to a JSONL file.
 */
export class AuthorizationLog {
  private readonly records: StoredRecord[] = [];
  private nextSeq = 1;
  private file: WriteStream | undefined;

  constructor(
    private readonly capacity = DEFAULT_AUTHZ_LOG_CAPACITY,
    filePath?: string,
  ) {
    if (filePath !== undefined) this.file = createWriteStream(filePath, { flags: 'a' });
  }

  /**
   * Appends a fresh record (numbered in place, not copied); `extraContext`, when given, is
   * merged into `context` whenever the record is read.
   */
  append(
    /**
     * May come whole, with `extraContext` (even undefined) and `seq: 0` as its last keys: it is
     * numbered in place, and no key added afterwards allocates a second object for it.
     */
    record: LogEntry,
    extraContext?: Readonly<Record<string, ContextValue>>,
  ): AuthorizationRecord {
    const full = record as StoredRecord;
    if (extraContext !== undefined) full.extraContext = extraContext;
    full.seq = this.nextSeq++;
    this.records.push(full);
    // Trim in batches: dropping one record per append would move the whole window every call.
    if (this.records.length > this.capacity + Math.ceil(this.capacity / 4)) {
      this.records.splice(0, this.records.length - this.capacity);
    }
    if (this.file !== undefined) {
      // JSON drops an undefined extraContext by itself: only a record with one needs the copy.
      const line = full.extraContext === undefined ? full : materialize(full);
      this.file.write(`${JSON.stringify(line)}\n`);
    }
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
    const records = this.records.slice(lo, lo + limit).map(materialize);
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
