import { logsErrors } from './logs-errors.js';
import type { LogGroup, LogsStore } from './logs-store.js';

/** The log group a tagging ARN names (`...:log-group:NAME`, with or without `:*`). */
export function groupOfArn(store: LogsStore, region: string, arn: string): LogGroup {
  const m = /^arn:aws[a-z-]*:logs:([^:]*):(\d{12}):log-group:(.+?)(:\*)?$/.exec(arn);
  if (m === null || m[2] !== store.accountId) throw logsErrors.groupNotFound();
  return store.getGroup(m[1] || region, m[3]!);
}
