import { AwsError } from '../../errors/aws-error.js';

/** SNS's error codes (query protocol) with AWS's messages. */
export const snsErrors = {
  topicNotFound(): AwsError {
    return new AwsError('NotFound', 'Topic does not exist', 404);
  },
  subscriptionNotFound(): AwsError {
    return new AwsError('NotFound', 'Subscription does not exist', 404);
  },
  invalidParameter(what: string): AwsError {
    return new AwsError('InvalidParameter', `Invalid parameter: ${what}`, 400);
  },
  resourceNotFound(): AwsError {
    return new AwsError('ResourceNotFound', 'Resource does not exist', 404);
  },
};
