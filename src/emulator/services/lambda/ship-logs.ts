import type { InvokeResult } from '../../lambda/runtime/index.js';
import type { LambdaStore } from './lambda-store.js';

/** What the CloudWatch Logs service offers other services, when it is registered. */
interface LogsSink {
  appendLogEvents?(
    group: string,
    stream: string,
    events: { timestamp: number; message: string }[],
  ): void;
}

/**
 * Ships an invocation's log to CloudWatch Logs (`/aws/lambda/NAME`) when the emulator serves
 * that service; without it the log is still returned by `LogType: Tail`.
 */
export function shipLogs(store: LambdaStore, functionName: string, result: InvokeResult): void {
  if (result.kind === 'environment-error') return;
  let sink: LogsSink;
  try {
    sink = store.core.storeOf<LogsSink>('logs');
  } catch {
    return;
  }
  if (typeof sink.appendLogEvents !== 'function') return;
  const timestamp = Date.now();
  const events = result.logs
    .split('\n')
    .filter((line) => line !== '')
    .map((message) => ({ timestamp, message }));
  if (events.length > 0)
    sink.appendLogEvents(
      result.logGroupName ?? `/aws/lambda/${functionName}`,
      result.logStreamName,
      events,
    );
}
