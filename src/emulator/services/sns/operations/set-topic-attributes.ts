import { defineOperation } from '../../service-types.js';
import type { SnsStore } from '../sns-store.js';
import { setTopicAttribute } from '../topic-attributes.js';
import { topicCheck } from '../topic-check.js';

interface Input {
  TopicArn: string;
  AttributeName: string;
  AttributeValue?: string;
}

/** sns:SetTopicAttributes; `Policy` becomes the topic's resource policy. */
export const setTopicAttributes = defineOperation<SnsStore, Input, object>({
  name: 'SetTopicAttributes',
  authorize: (input, { store }) => topicCheck('sns:SetTopicAttributes', input.TopicArn, store),
  handle(input, { store, emulator }) {
    const topic = store.getTopic(input.TopicArn);
    setTopicAttribute(emulator, topic, input.AttributeName, input.AttributeValue ?? '', false);
    return {};
  },
});
