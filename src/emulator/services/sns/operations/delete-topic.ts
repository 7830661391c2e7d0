import { defineOperation } from '../../service-types.js';
import type { SnsStore } from '../sns-store.js';
import { topicCheck } from '../topic-check.js';

interface Input {
  TopicArn: string;
}

/** sns:DeleteTopic; deleting a topic that does not exist is not an error (AWS docs). */
export const deleteTopic = defineOperation<SnsStore, Input, object>({
  name: 'DeleteTopic',
  authorize: (input, { store }) => topicCheck('sns:DeleteTopic', input.TopicArn, store),
  handle(input, { store }) {
    store.topics.delete(input.TopicArn);
    for (const s of store.subscriptionsOf(input.TopicArn)) store.subscriptions.delete(s.arn);
    return {};
  },
});
