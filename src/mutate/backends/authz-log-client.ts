import {
  internalGet,
  WELL_KNOWN_ADMIN,
  type InternalAuth,
} from '../../emulator/internal-client.js';
import { DEFAULT_AUTHZ_LOG_CAPACITY } from '../../emulator/authz/authz-log.js';
import type { LoggedCall } from '../logged-call.js';
import type { AuthorizationLogReader } from '../backend.js';

/** The fields of an emulator authorization record this client relies on. */
interface LogRecord {
  seq: number;
  principal: { arn: string };
  action: string;
  resource: string;
  decision: LoggedCall['decision'];
  bypass?: string;
  context: LoggedCall['context'];
  matched: { policyId: string; policyKind: string; index: number; sid?: string }[];
}

const PAGE = 5_000;

/**
 * The authorization log of an endpoint, when it keeps one: probed once (the emulator's health
 * answer carries the log's cursor), so the run carries the capability as a typed reader
 * rather than discovering its absence call by call.
 */
export async function connectAuthorizationLog(
  endpoint: string,
  accountId: string,
  /** Admin credentials for the internal endpoints (they refuse anyone else). */
  auth: InternalAuth = WELL_KNOWN_ADMIN,
): Promise<AuthorizationLogReader | undefined> {
  const health = await readHealth(endpoint, auth);
  return health === undefined ? undefined : authorizationLogClient(endpoint, accountId, auth);
}

/** `/_iam-mutate/health`: the log's cursor; undefined when the endpoint is not one that logs. */
export async function readHealth(
  endpoint: string,
  auth: InternalAuth = WELL_KNOWN_ADMIN,
): Promise<{ cursor: number } | undefined> {
  try {
    const response = await internalGet(endpoint, '/_iam-mutate/health', auth);
    if (response.status !== 200) return undefined;
    const body = JSON.parse(response.body) as { cursor?: unknown };
    return typeof body.cursor === 'number' ? { cursor: body.cursor } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads the embedded emulator's authorization log over HTTP (`/_iam-mutate/authz-log`),
 * keeping only the decisions made for sessions of one role, and of their matched statements
 * only those of the policy under test (the inline policy `policyName` on that role).
 */
export function authorizationLogClient(
  endpoint: string,
  accountId: string,
  auth: InternalAuth = WELL_KNOWN_ADMIN,
): AuthorizationLogReader {
  const base = endpoint.replace(/\/$/, '');
  return {
    async mark() {
      const health = await readHealth(base, auth);
      if (health === undefined) throw new Error(`${base}/_iam-mutate/health gave no log cursor`);
      return String(health.cursor);
    },
    async readSince(cursor, role, policyName) {
      const sessionPrefix = `arn:aws:sts::${accountId}:assumed-role/${role}/`;
      const inlineSuffix = `role/${role}/inline/${policyName}`;
      const calls: LoggedCall[] = [];
      let after = Number(cursor);
      for (;;) {
        const page = (await getJson(
          base,
          `/_iam-mutate/authz-log?after=${after}&limit=${PAGE}`,
          auth,
        )) as {
          records: LogRecord[];
          cursor: number;
        };
        const first = page.records[0];
        // Every decision is numbered one after another: a first record past after + 1 means the
        // ones between left the emulator's window unread, and a run judged without them could
        // call a statement unused. Fail the run instead.
        if (first !== undefined && first.seq > after + 1)
          throw new Error(
            `the authorization log lost records ${after + 1}..${first.seq - 1} before they ` +
              `were read: the emulator keeps only its newest records in memory ` +
              `(${DEFAULT_AUTHZ_LOG_CAPACITY.toLocaleString('en-US')} unless started with another ` +
              `authzLogCapacity), and one workload run made more calls ` +
              `than that, or the log was cleared during the run`,
          );
        for (const r of page.records) {
          if (!r.principal.arn.startsWith(sessionPrefix) || r.bypass !== undefined) continue;
          const ours = r.matched.filter(
            (m) => m.policyKind === 'identity' && m.policyId.endsWith(inlineSuffix),
          );
          calls.push({
            action: r.action,
            resource: r.resource,
            decision: r.decision,
            principalArn: r.principal.arn,
            context: r.context,
            // Only other identity policies are known to grant on their own: a resource policy
            // statement may merely delegate to IAM (a KMS key policy naming the account), and
            // boundary and session statements only limit. Counting less here can only make a
            // prediction more pessimistic, which the re-run then corrects and reports.
            grantedElsewhere:
              r.decision === 'allow'
                ? r.matched.filter((m) => m.policyKind === 'identity').length - ours.length
                : 0,
            matched: ours.map((m) => ({
              policyId: m.policyId,
              index: m.index,
              ...(m.sid !== undefined && { sid: m.sid }),
            })),
          });
        }
        if (page.records.length < PAGE) return calls;
        after = page.cursor;
      }
    },
  };
}

async function getJson(base: string, path: string, auth: InternalAuth): Promise<unknown> {
  const response = await internalGet(base, path, auth);
  if (response.status !== 200) {
    throw new Error(
      `GET ${base}${path} answered ${response.status}: ${response.body.slice(0, 200)}`,
    );
  }
  return JSON.parse(response.body) as unknown;
}
