import type { EmulatorCore } from '../service-types.js';
import { snsErrors } from './sns-errors.js';
import type { Topic } from './sns-store.js';

const SETTABLE = new Set([
  'Policy',
  'DisplayName',
  'DeliveryPolicy',
  'KmsMasterKeyId',
  'SignatureVersion',
  'TracingConfig',
  'ContentBasedDeduplication',
  'FifoTopic',
  'ArchivePolicy',
  'FifoThroughputScope',
  'HTTPSuccessFeedbackRoleArn',
  'HTTPFailureFeedbackRoleArn',
  'HTTPSuccessFeedbackSampleRate',
  'SQSSuccessFeedbackRoleArn',
  'SQSFailureFeedbackRoleArn',
  'SQSSuccessFeedbackSampleRate',
  'LambdaSuccessFeedbackRoleArn',
  'LambdaFailureFeedbackRoleArn',
  'LambdaSuccessFeedbackSampleRate',
]);

/**
 * Sets one topic attribute. `Policy` is compiled as the topic's resource policy and takes
 * part in authorization from the next call on (the default policy AWS shows grants nothing
 * to direct callers: its AWS:SourceOwner condition only holds for service deliveries).
 */
export function setTopicAttribute(
  core: EmulatorCore,
  topic: Topic,
  name: string,
  value: string,
  creating: boolean,
): void {
  if (!SETTABLE.has(name)) throw snsErrors.invalidParameter('AttributeName');
  if (name === 'FifoTopic') {
    if (!creating || (value === 'true') !== topic.fifo)
      throw snsErrors.invalidParameter('Attributes - Invalid parameter: FifoTopic');
    return;
  }
  if (name === 'ContentBasedDeduplication' && !topic.fifo) {
    throw snsErrors.invalidParameter('Attributes - Invalid parameter: ContentBasedDeduplication');
  }
  if (name === 'Policy') {
    // Compiled with the id `sns/TOPIC/topic-policy`, which the authorization log shows.
    const result = core.policyEngine.compile(value, {
      id: `sns/${topic.name}/topic-policy`,
      kind: 'resource',
    });
    if (result.policy === undefined)
      throw snsErrors.invalidParameter(`Policy Error: ${result.errors.join('; ')}`);
    topic.policy = result.policy;
  }
  topic.attributes.set(name, value);
}
