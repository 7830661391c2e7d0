import { defineOperation } from '../../service-types.js';
import { groupCheck } from '../logs-checks.js';
import { logsErrors } from '../logs-errors.js';
import type { LogsStore } from '../logs-store.js';

interface Input {
  logGroupName: string;
  retentionInDays: number;
}

const ALLOWED = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288,
  3653,
];

export const putRetentionPolicy = defineOperation<LogsStore, Input, object>({
  name: 'PutRetentionPolicy',
  authorize: (input, { region, accountId, store }) =>
    groupCheck('logs:PutRetentionPolicy', region, accountId, input.logGroupName, store),
  handle(input, { store, region }) {
    if (!ALLOWED.includes(input.retentionInDays)) {
      throw logsErrors.invalidParameter(
        `1 validation error detected: Value '${input.retentionInDays}' at 'retentionInDays' failed to satisfy constraint: Member must satisfy enum value set: [${ALLOWED.join(', ')}]`,
      );
    }
    store.getGroup(region, input.logGroupName).retentionInDays = input.retentionInDays;
    return {};
  },
});
