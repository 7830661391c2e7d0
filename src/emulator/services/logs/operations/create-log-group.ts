import { requestTagContext } from '../../common/tag-context.js';
import { defineOperation } from '../../service-types.js';
import { groupCheck } from '../logs-checks.js';
import { logsErrors } from '../logs-errors.js';
import type { LogsStore } from '../logs-store.js';

interface Input {
  logGroupName: string;
  kmsKeyId?: string;
  tags?: Record<string, string>;
  logGroupClass?: string;
}

const NAME = /^[.\-_/#A-Za-z0-9]{1,512}$/;

/** logs:CreateLogGroup on `log-group:NAME:log-stream:`, tags as aws:RequestTag/*. */
export const createLogGroup = defineOperation<LogsStore, Input, object>({
  name: 'CreateLogGroup',
  authorize: (input, { region, accountId, store }) =>
    groupCheck('logs:CreateLogGroup', region, accountId, input.logGroupName, store).map((c) => ({
      ...c,
      context: requestTagContext(
        Object.entries(input.tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
      ),
    })),
  handle(input, { store, region, now }) {
    if (!NAME.test(input.logGroupName)) {
      throw logsErrors.invalidParameter(
        `1 validation error detected: Value '${input.logGroupName}' at 'logGroupName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+`,
      );
    }
    const groups = store.groups(region);
    if (groups.has(input.logGroupName)) throw logsErrors.groupExists();
    groups.set(input.logGroupName, {
      name: input.logGroupName,
      region,
      createdAt: now.getTime(),
      ...(input.kmsKeyId !== undefined && { kmsKeyId: input.kmsKeyId }),
      logGroupClass: input.logGroupClass ?? 'STANDARD',
      tags: new Map(Object.entries(input.tags ?? {})),
      streams: new Map(),
    });
    return {};
  },
});
