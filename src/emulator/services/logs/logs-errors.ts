import { AwsError } from '../../errors/aws-error.js';

/** CloudWatch Logs' errors (awsJson 1.1, HTTP 400) with AWS's messages. */
export const logsErrors = {
  groupNotFound(): AwsError {
    return new AwsError(
      'ResourceNotFoundException',
      'The specified log group does not exist.',
      400,
    );
  },
  streamNotFound(): AwsError {
    return new AwsError(
      'ResourceNotFoundException',
      'The specified log stream does not exist.',
      400,
    );
  },
  groupExists(): AwsError {
    return new AwsError(
      'ResourceAlreadyExistsException',
      'The specified log group already exists',
      400,
    );
  },
  streamExists(): AwsError {
    return new AwsError(
      'ResourceAlreadyExistsException',
      'The specified log stream already exists',
      400,
    );
  },
  invalidParameter(message: string): AwsError {
    return new AwsError('InvalidParameterException', message, 400);
  },
};
