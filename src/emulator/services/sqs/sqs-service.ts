import { AwsError } from '../../errors/aws-error.js';
import model from '../../models/sqs.generated.json' with { type: 'json' };
import type { ServiceModel } from '../../protocols/model-types.js';
import { parseQueryString, type EmulatorRequest } from '../../server/emulator-request.js';
import {
  NO_RESOURCE_POLICIES,
  type DenialDetails,
  type ServiceDefinition,
} from '../service-types.js';
import { addPermission } from './operations/add-permission.js';
import { changeMessageVisibilityBatch } from './operations/change-message-visibility-batch.js';
import { changeMessageVisibility } from './operations/change-message-visibility.js';
import { createQueue } from './operations/create-queue.js';
import { deleteMessageBatch } from './operations/delete-message-batch.js';
import { deleteMessage } from './operations/delete-message.js';
import { deleteQueue } from './operations/delete-queue.js';
import { getQueueAttributes } from './operations/get-queue-attributes.js';
import { getQueueUrl } from './operations/get-queue-url.js';
import { listDeadLetterSourceQueues } from './operations/list-dead-letter-source-queues.js';
import { listQueueTags } from './operations/list-queue-tags.js';
import { listQueues } from './operations/list-queues.js';
import { purgeQueue } from './operations/purge-queue.js';
import { receiveMessage } from './operations/receive-message.js';
import { removePermission } from './operations/remove-permission.js';
import { sendMessageBatch } from './operations/send-message-batch.js';
import { sendMessage } from './operations/send-message.js';
import { setQueueAttributes } from './operations/set-queue-attributes.js';
import { tagQueue } from './operations/tag-queue.js';
import { untagQueue } from './operations/untag-queue.js';
import { sqsQueryModel } from './sqs-query-model.js';
import { SqsStore } from './sqs-store.js';

/**
 * SQS denies as `AccessDenied` (the query code, in x-amzn-query-error; HTTP 403) and, unlike
 * most services, names the action in lower case: `... is not authorized to perform:
 * sqs:sendmessage on resource: arn:aws:sqs:... because no identity-based policy allows the
 * sqs:sendmessage action`.
 */
function sqsAccessDenied(details: DenialDetails): AwsError {
  const action = details.action.toLowerCase();
  const reason = details.reason.replace(details.action, action);
  const message = `User: ${details.principalArn} is not authorized to perform: ${action} on resource: ${details.resource}${reason === '' ? '' : ` ${reason}`}`;
  return new AwsError('AccessDeniedException', message, 403, { queryCode: 'AccessDenied' });
}

/** Query-protocol calls carry no X-Amz-Target; awsJson calls always do. */
function isQueryCall(request: EmulatorRequest): boolean {
  return request.headers['x-amz-target'] === undefined;
}

/**
 * Older query clients may send a call to the queue URL itself (`POST /ACCOUNT/NAME`) without a
 * QueueUrl parameter; the path then names the queue.
 */
function queueUrlFromPath(request: EmulatorRequest): EmulatorRequest {
  const m = /^\/(\d{12})\/([^/]+)\/?$/.exec(request.rawPath);
  if (m === null || !isQueryCall(request)) return request;
  const url = `http://${request.headers['host'] ?? '127.0.0.1'}/${m[1]}/${decodeURIComponent(m[2]!)}`;
  const type = request.headers['content-type'] ?? '';
  const form =
    request.body.length > 0 &&
    (type === '' || type.startsWith('application/x-www-form-urlencoded'));
  if (form) {
    if (parseQueryString(request.body.toString('utf8')).has('QueueUrl')) return request;
    const body = Buffer.from(
      `${request.body.toString('utf8')}&QueueUrl=${encodeURIComponent(url)}`,
    );
    return { ...request, body };
  }
  if (request.query.has('QueueUrl')) return request;
  return { ...request, query: new Map([...request.query, ['QueueUrl', [url]]]) };
}

/**
 * SQS over AWS JSON 1.0 (`X-Amz-Target: AmazonSQS.*`, what boto3 >= 1.31 and SDK v3 speak) and,
 * for older SDKs, the query protocol (`Action=SendMessage&...`, XML answers) on the same
 * operations through a query-named copy of the model.
 */
export const sqsService: ServiceDefinition<SqsStore> = {
  name: 'sqs',
  model: model as unknown as ServiceModel,
  createStore: (core) => new SqsStore(core.accountId),
  operations: [
    addPermission,
    changeMessageVisibility,
    changeMessageVisibilityBatch,
    createQueue,
    deleteMessage,
    deleteMessageBatch,
    deleteQueue,
    getQueueAttributes,
    getQueueUrl,
    listDeadLetterSourceQueues,
    listQueueTags,
    listQueues,
    purgeQueue,
    receiveMessage,
    removePermission,
    sendMessage,
    sendMessageBatch,
    setQueueAttributes,
    tagQueue,
    untagQueue,
  ],
  resourcePolicies(resourceArn, store) {
    const policy = store.byArn(resourceArn)?.policy;
    return policy === undefined ? NO_RESOURCE_POLICIES : [policy];
  },
  accessDenied: sqsAccessDenied,
  jsonErrorTypePrefix: 'com.amazonaws.sqs#',
  legacyProtocol: { model: sqsQueryModel(model as unknown as ServiceModel), matches: isQueryCall },
  normalizeRequest: queueUrlFromPath,
  // Unsigned calls (enforcement off) to LocalStack-style queue hosts: sqs.REGION.localhost...
  claimsHost: (hostname) => /^sqs[.-]/.test(hostname),
};
