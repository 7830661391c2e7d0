import type { EmulatorCore } from '../service-types.js';
import type { LogGroup, LogStream, LogsStore } from './logs-store.js';

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
  return logsStore(core)?.ensureGroup(groupName, region);
}

export function ensureLogStream(
  core: EmulatorCore,
  groupName: string,
  streamName: string,
  region: string = core.region,
): LogStream | undefined {
  return logsStore(core)?.ensureStream(groupName, streamName, region);
}

/** Appends events to GROUP/STREAM, creating both when missing; the events keep their timestamps. */
export function appendLogEvents(
  core: EmulatorCore,
  groupName: string,
  streamName: string,
  events: readonly LogLine[],
  region: string = core.region,
): void {
  logsStore(core)?.appendLogEvents(groupName, streamName, events, region);
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
