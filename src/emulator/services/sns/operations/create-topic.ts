import type { Tag } from '../../../identity/identity-store.js';
import { requestTagContext } from '../../common/tag-context.js';
import { defineOperation } from '../../service-types.js';
import { snsErrors } from '../sns-errors.js';
import type { SnsStore, Topic } from '../sns-store.js';
import { setTopicAttribute } from '../topic-attributes.js';

interface Input {
  Name: string;
  Attributes?: Record<string, string>;
  Tags?: Tag[];
}

const NAME = /^[A-Za-z0-9_-]{1,256}$/;

/** sns:CreateTopic on the new topic's ARN; creating an existing topic answers its ARN. */
export const createTopic = defineOperation<SnsStore, Input, object>({
  name: 'CreateTopic',
  authorize: (input, { store, region }) => [
    {
      action: 'sns:CreateTopic',
      resource: store.topicArn(region, input.Name),
      context: requestTagContext(input.Tags),
    },
  ],
  handle(input, { store, region, emulator }) {
    const fifo = input.Name.endsWith('.fifo');
    const base = fifo ? input.Name.slice(0, -'.fifo'.length) : input.Name;
    if (!NAME.test(base) || input.Name.length > 256) throw snsErrors.invalidParameter('Topic Name');
    if ((input.Attributes?.['FifoTopic'] === 'true') !== fifo) {
      throw snsErrors.invalidParameter(
        fifo
          ? 'Topic Name'
          : 'Fifo Topic names must end with .fifo and must be made up of only uppercase and lowercase ASCII letters, numbers, underscores, and hyphens, and must be between 1 and 256 characters long.',
      );
    }
    const arn = store.topicArn(region, input.Name);
    const existing = store.topics.get(arn);
    if (existing !== undefined) {
      // Idempotent for the same attributes; AWS refuses to redefine a topic through CreateTopic.
      for (const [name, value] of Object.entries(input.Attributes ?? {})) {
        if (name !== 'FifoTopic' && (existing.attributes.get(name) ?? '') !== value) {
          throw snsErrors.invalidParameter(
            'Attributes Reason: Topic already exists with different attributes',
          );
        }
      }
      return { TopicArn: existing.arn };
    }
    const topic: Topic = {
      arn,
      name: input.Name,
      region,
      fifo,
      attributes: new Map([['DisplayName', '']]),
      tags: new Map((input.Tags ?? []).map((t) => [t.Key, t.Value])),
      nextSequence: 10000000000000000000n,
      deduplication: new Map(),
    };
    if (fifo) topic.attributes.set('ContentBasedDeduplication', 'false');
    for (const [name, value] of Object.entries(input.Attributes ?? {}))
      setTopicAttribute(emulator, topic, name, value, true);
    store.topics.set(arn, topic);
    return { TopicArn: arn };
  },
});
