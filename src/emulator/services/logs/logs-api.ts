import type { EmulatorCore } from '../service-types.js';
import { storeEvents, type LogGroup, type LogStream, type LogsStore } from './logs-store.js';

/**
 * CloudWatch Logs as other services use it (the Lambda service ships function output to
 * `/aws/lambda/NAME`). These write straight to the store: no IAM check, as AWS's own delivery
 * is authorized separately (the function role's logs:* permissions are the Lambda service's
 * business). Everything answers undefined / does nothing when the logs service is not registered.
 */
export interface LogLine {
  /** Epoch milliseconds. */
  timestamp: number;
  message: string;
}

function logsStore(core: EmulatorCore): LogsStore | undefined {
  try {
    return core.storeOf<LogsStore>('logs');
  } catch {
    return undefined;
  }
}

/** The group, created when missing (as Lambda's first invocation does). */
export function ensureLogGroup(
  core: EmulatorCore,
  groupName: string,
  region: string = core.region,
): LogGroup | undefined {
  const store = logsStore(core);
  if (store === undefined) return undefined;
  const groups = store.groups(region);
  let group = groups.get(groupName);
  if (group === undefined) {
    group = {
      name: groupName,
      region,
      createdAt: Date.now(),
      logGroupClass: 'STANDARD',
      tags: new Map(),
      streams: new Map(),
    };
    groups.set(groupName, group);
  }
  return group;
}

export function ensureLogStream(
  core: EmulatorCore,
  groupName: string,
  streamName: string,
  region: string = core.region,
): LogStream | undefined {
  const group = ensureLogGroup(core, groupName, region);
  if (group === undefined) return undefined;
  let stream = group.streams.get(streamName);
  if (stream === undefined) {
    stream = { name: streamName, createdAt: Date.now(), events: [], uploadSequence: 0 };
    group.streams.set(streamName, stream);
  }
  return stream;
}

/** Appends events to GROUP/STREAM, creating both when missing; the events keep their timestamps. */
export function appendLogEvents(
  core: EmulatorCore,
  groupName: string,
  streamName: string,
  events: readonly LogLine[],
  region: string = core.region,
): void {
  const store = logsStore(core);
  const stream = ensureLogStream(core, groupName, streamName, region);
  const group = store?.groups(region).get(groupName);
  if (store === undefined || stream === undefined || group === undefined) return;
  storeEvents(store, group, stream, events, Date.now());
}

/** The events of one stream, oldest first (tests and the CLI's log tail). */
export function readLogEvents(
  core: EmulatorCore,
  groupName: string,
  streamName: string,
  region: string = core.region,
): LogLine[] {
  const stream = logsStore(core)?.groups(region).get(groupName)?.streams.get(streamName);
  return (stream?.events ?? []).map((e) => ({ timestamp: e.timestamp, message: e.message }));
}
