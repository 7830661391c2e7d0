import type { InvokeResult } from '../../lambda/runtime/index.js';
import { appendLogEvents } from '../logs/logs-api.js';
import type { LambdaStore } from './lambda-store.js';

/**
 * Ships an invocation's log to CloudWatch Logs (`/aws/lambda/NAME`, one stream per worker) as
 * Lambda does; `LogType: Tail` returns the same text.
 */
export function shipLogs(store: LambdaStore, functionName: string, result: InvokeResult): void {
  if (result.kind === 'environment-error') return;
  const timestamp = Date.now();
  const events = result.logs
    .split('\n')
    .filter((line) => line !== '')
    .map((message) => ({ timestamp, message }));
  if (events.length === 0) return;
  appendLogEvents(
    store.core,
    result.logGroupName || `/aws/lambda/${functionName}`,
    result.logStreamName,
    events,
  );
}
