import model from '../../models/logs.generated.json' with { type: 'json' };
import type { ServiceModel } from '../../protocols/model-types.js';
import type { ServiceDefinition } from '../service-types.js';
import { LogsStore } from './logs-store.js';
import { createLogGroup } from './operations/create-log-group.js';
import { createLogStream } from './operations/create-log-stream.js';
import { deleteLogGroup } from './operations/delete-log-group.js';
import { deleteLogStream } from './operations/delete-log-stream.js';
import { deleteRetentionPolicy } from './operations/delete-retention-policy.js';
import { describeLogGroups } from './operations/describe-log-groups.js';
import { describeLogStreams } from './operations/describe-log-streams.js';
import { filterLogEvents } from './operations/filter-log-events.js';
import { getLogEvents } from './operations/get-log-events.js';
import { listTagsForResource } from './operations/list-tags-for-resource.js';
import { listTagsLogGroup } from './operations/list-tags-log-group.js';
import { putLogEvents } from './operations/put-log-events.js';
import { putRetentionPolicy } from './operations/put-retention-policy.js';
import { tagLogGroup } from './operations/tag-log-group.js';
import { tagResource } from './operations/tag-resource.js';
import { untagResource } from './operations/untag-resource.js';

/**
 * CloudWatch Logs (awsJson 1.1): groups, streams, events, filtering, retention, tags. Denials
 * use the framework's json default (AccessDeniedException, HTTP 400), which is AWS's phrasing.
 */
export const logsService: ServiceDefinition<LogsStore> = {
  name: 'logs',
  model: model as unknown as ServiceModel,
  createStore: (core) => new LogsStore(core.accountId, core.region),
  operations: [
    createLogGroup,
    createLogStream,
    deleteLogGroup,
    deleteLogStream,
    deleteRetentionPolicy,
    describeLogGroups,
    describeLogStreams,
    filterLogEvents,
    getLogEvents,
    listTagsForResource,
    listTagsLogGroup,
    putLogEvents,
    putRetentionPolicy,
    tagLogGroup,
    tagResource,
    untagResource,
  ],
};
