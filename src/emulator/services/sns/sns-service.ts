import { AwsError } from '../../errors/aws-error.js';
import model from '../../models/sns.generated.json' with { type: 'json' };
import type { ServiceModel } from '../../protocols/model-types.js';
import {
  NO_RESOURCE_POLICIES,
  type DenialDetails,
  type ServiceDefinition,
} from '../service-types.js';
import { createTopic } from './operations/create-topic.js';
import { deleteTopic } from './operations/delete-topic.js';
import { getSubscriptionAttributes } from './operations/get-subscription-attributes.js';
import { getTopicAttributes } from './operations/get-topic-attributes.js';
import { listSubscriptionsByTopic } from './operations/list-subscriptions-by-topic.js';
import { listSubscriptions } from './operations/list-subscriptions.js';
import { listTagsForResource } from './operations/list-tags-for-resource.js';
import { listTopics } from './operations/list-topics.js';
import { publishBatch } from './operations/publish-batch.js';
import { publish } from './operations/publish.js';
import { setSubscriptionAttributes } from './operations/set-subscription-attributes.js';
import { setTopicAttributes } from './operations/set-topic-attributes.js';
import { subscribe } from './operations/subscribe.js';
import { tagResource } from './operations/tag-resource.js';
import { unsubscribe } from './operations/unsubscribe.js';
import { untagResource } from './operations/untag-resource.js';
import { SnsStore } from './sns-store.js';

/**
 * SNS denies with `AuthorizationError` (HTTP 403) and writes the action with an upper-case
 * service prefix: `User: ARN is not authorized to perform: SNS:Publish on resource: ARN because
 * no identity-based policy allows the SNS:Publish action`.
 */
function snsAccessDenied(details: DenialDetails): AwsError {
  const action = details.action.replace(/^sns:/, 'SNS:');
  const reason = details.reason.replace(details.action, action);
  const message = `User: ${details.principalArn} is not authorized to perform: ${action} on resource: ${details.resource}${reason === '' ? '' : ` ${reason}`}`;
  return new AwsError('AuthorizationError', message, 403);
}

/** SNS (query protocol): topics, subscriptions, publishing with delivery to SQS queues. */
export const snsService: ServiceDefinition<SnsStore> = {
  name: 'sns',
  model: model as unknown as ServiceModel,
  createStore: (core) => new SnsStore(core.accountId),
  operations: [
    createTopic,
    deleteTopic,
    getSubscriptionAttributes,
    getTopicAttributes,
    listSubscriptions,
    listSubscriptionsByTopic,
    listTagsForResource,
    listTopics,
    publish,
    publishBatch,
    setSubscriptionAttributes,
    setTopicAttributes,
    subscribe,
    tagResource,
    unsubscribe,
    untagResource,
  ],
  resourcePolicies(resourceArn, store) {
    const policy = store.topics.get(resourceArn)?.policy;
    return policy === undefined ? NO_RESOURCE_POLICIES : [policy];
  },
  accessDenied: snsAccessDenied,
};
