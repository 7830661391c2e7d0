import { logsErrors } from './logs-errors.js';
import { partitionOfRegion } from '../../../policy/partition.js';

export interface LogEvent {
  timestamp: number;
  message: string;
  ingestionTime: number;
  /** Order of arrival across the group, for FilterLogEvents event ids. */
  seq: number;
}

export interface LogStream {
  name: string;
  createdAt: number;
  /** Kept sorted by timestamp (then arrival), as GetLogEvents reads them. */
  events: LogEvent[];
  lastIngestionTime?: number;
  uploadSequence: number;
}

export interface LogGroup {
  name: string;
  region: string;
  createdAt: number;
  retentionInDays?: number;
  kmsKeyId?: string;
  logGroupClass: string;
  tags: Map<string, string>;
  streams: Map<string, LogStream>;
}

/** Log groups of the emulator's account, per region. */
export class LogsStore {
  private readonly regions = new Map<string, Map<string, LogGroup>>();
  private seq = 0;

  constructor(
    readonly accountId: string,
    readonly defaultRegion: string = 'us-east-1',
  ) {}

  /** The group, created when missing (as Lambda's first invocation does). */
  ensureGroup(name: string, region: string = this.defaultRegion): LogGroup {
    const groups = this.groups(region);
    let group = groups.get(name);
    if (group === undefined) {
      group = {
        name,
        region,
        createdAt: Date.now(),
        logGroupClass: 'STANDARD',
        tags: new Map(),
        streams: new Map(),
      };
      groups.set(name, group);
    }
    return group;
  }

  ensureStream(
    groupName: string,
    streamName: string,
    region: string = this.defaultRegion,
  ): LogStream {
    const group = this.ensureGroup(groupName, region);
    let stream = group.streams.get(streamName);
    if (stream === undefined) {
      stream = { name: streamName, createdAt: Date.now(), events: [], uploadSequence: 0 };
      group.streams.set(streamName, stream);
    }
    return stream;
  }

  /**
   * Appends events to GROUP/STREAM, creating both when missing. A method on the store because
   * the Lambda service ships function logs through `storeOf('logs').appendLogEvents(...)`;
   * logs-api.ts offers the same for callers holding the emulator core.
   */
  appendLogEvents(
    groupName: string,
    streamName: string,
    events: ReadonlyArray<{ timestamp: number; message: string }>,
    region: string = this.defaultRegion,
  ): void {
    const stream = this.ensureStream(groupName, streamName, region);
    storeEvents(this, this.ensureGroup(groupName, region), stream, events, Date.now());
  }

  groups(region: string): Map<string, LogGroup> {
    let groups = this.regions.get(region);
    if (groups === undefined) this.regions.set(region, (groups = new Map()));
    return groups;
  }

  getGroup(region: string, name: string): LogGroup {
    const group = this.groups(region).get(name);
    if (group === undefined) throw logsErrors.groupNotFound();
    return group;
  }

  getStream(region: string, groupName: string, streamName: string): LogStream {
    const stream = this.getGroup(region, groupName).streams.get(streamName);
    if (stream === undefined) throw logsErrors.streamNotFound();
    return stream;
  }

  nextSeq(): number {
    return ++this.seq;
  }

  groupArn(region: string, group: string): string {
    return `arn:${partitionOfRegion(region)}:logs:${region}:${this.accountId}:log-group:${group}`;
  }
}

/**
 * Adds events to a stream in timestamp order and drops events past the group's retention.
 * Answers how many were stored.
 */
export function storeEvents(
  store: LogsStore,
  group: LogGroup,
  stream: LogStream,
  events: ReadonlyArray<{ timestamp: number; message: string }>,
  now: number,
): void {
  for (const e of events)
    stream.events.push({
      timestamp: e.timestamp,
      message: e.message,
      ingestionTime: now,
      seq: store.nextSeq(),
    });
  stream.events.sort((a, b) => a.timestamp - b.timestamp || a.seq - b.seq);
  if (group.retentionInDays !== undefined) {
    const cutoff = now - group.retentionInDays * 86_400_000;
    stream.events = stream.events.filter((e) => e.timestamp >= cutoff);
  }
  if (events.length > 0) stream.lastIngestionTime = now;
  stream.uploadSequence += 1;
}

/** A group name from logGroupName or logGroupIdentifier (a name or the group's ARN). */
export function groupNameOf(input: { logGroupName?: string; logGroupIdentifier?: string }): string {
  if (input.logGroupName !== undefined && input.logGroupIdentifier !== undefined) {
    throw logsErrors.invalidParameter(
      'LogGroup name and LogGroup ARN are mutually exclusive parameters.',
    );
  }
  const id = input.logGroupName ?? input.logGroupIdentifier;
  if (id === undefined)
    throw logsErrors.invalidParameter(
      'Either LogGroupName or LogGroupIdentifier must be provided.',
    );
  const m = /^arn:aws[a-z-]*:logs:[^:]*:\d{12}:log-group:(.+?)(:\*)?$/.exec(id);
  return m !== null ? m[1]! : id;
}
