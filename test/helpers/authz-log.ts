import { internalFetch } from '../../src/emulator/internal-client.js';

/** The emulator's authorization log, read over its HTTP endpoint. */
export interface LogRecord {
  operation: string;
  action: string;
  resource: string;
  decision: string;
  enforced: boolean;
  principal: { arn: string };
  context: Record<string, unknown>;
  matched: Array<{ policyId: string; policyName: string; sid?: string }>;
}

/** Reads the whole authorization log over HTTP, following the cursor. */
export async function readAuthzLog(url: string): Promise<LogRecord[]> {
  const records: LogRecord[] = [];
  let cursor = 0;
  for (let page = 0; page < 100; page++) {
    const response = await internalFetch(url, `/_iam-mutate/authz-log?after=${cursor}&limit=500`);
    const body = (await response.json()) as { records: LogRecord[]; cursor: number };
    records.push(...body.records);
    if (body.records.length === 0) break;
    cursor = body.cursor;
  }
  return records;
}

/** The records of one principal, in log order. */
export async function authzRecordsOf(url: string, principalArn: string): Promise<LogRecord[]> {
  return (await readAuthzLog(url)).filter((r) => r.principal.arn === principalArn);
}
