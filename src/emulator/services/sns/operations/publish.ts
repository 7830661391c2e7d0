import { randomUUID } from 'node:crypto';
import { defineOperation } from '../../service-types.js';
import { publishEntry, type PublishEntry } from '../publish-message.js';
import { snsErrors } from '../sns-errors.js';
import type { SnsStore } from '../sns-store.js';
import { topicCheck } from '../topic-check.js';

interface Input extends PublishEntry {
  TopicArn?: string;
  TargetArn?: string;
  PhoneNumber?: string;
}

/**
 * sns:Publish on the topic ARN (TopicArn or TargetArn). SMS (PhoneNumber) is authorized on `*`
 * and accepted without sending anything.
 */
export const publish = defineOperation<SnsStore, Input, object>({
  name: 'Publish',
  authorize: (input, { store }) =>
    topicCheck('sns:Publish', input.TopicArn ?? input.TargetArn ?? '*', store),
  handle(input, ctx) {
    const arn = input.TopicArn ?? input.TargetArn;
    if (arn === undefined) {
      if (input.PhoneNumber === undefined)
        throw snsErrors.invalidParameter(
          'TopicArn or TargetArn Reason: no value for required parameter',
        );
      if (input.Message === '') throw snsErrors.invalidParameter('Empty message');
      return { MessageId: randomUUID() };
    }
    if (input.TopicArn !== undefined && input.TargetArn !== undefined) {
      throw snsErrors.invalidParameter(
        'TopicArn Reason: Only one of topicArn or targetArn may be specified',
      );
    }
    const topic = ctx.store.getTopic(arn);
    const sent = publishEntry(topic, input, ctx);
    return {
      MessageId: sent.messageId,
      ...(sent.sequenceNumber !== undefined && { SequenceNumber: sent.sequenceNumber }),
    };
  },
});
