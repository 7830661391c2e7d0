import { defineOperation } from '../../service-types.js';
import { groupCheck } from '../logs-checks.js';
import type { LogsStore } from '../logs-store.js';

interface Input {
  logGroupName: string;
}

export const deleteRetentionPolicy = defineOperation<LogsStore, Input, object>({
  name: 'DeleteRetentionPolicy',
  authorize: (input, { region, accountId, store }) =>
    groupCheck('logs:DeleteRetentionPolicy', region, accountId, input.logGroupName, store),
  handle(input, { store, region }) {
    delete store.getGroup(region, input.logGroupName).retentionInDays;
    return {};
  },
});
