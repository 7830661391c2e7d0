import { AwsError } from '../../errors/aws-error.js';

/** Secrets Manager's errors (awsJson 1.1, all HTTP 400) with AWS's messages. */
export const secretsErrors = {
  notFound(): AwsError {
    return new AwsError(
      'ResourceNotFoundException',
      "Secrets Manager can't find the specified secret.",
      400,
    );
  },
  valueNotFound(detail: string): AwsError {
    return new AwsError(
      'ResourceNotFoundException',
      `Secrets Manager can't find the specified secret value for ${detail}`,
      400,
    );
  },
  markedForDeletion(): AwsError {
    return new AwsError(
      'InvalidRequestException',
      "You can't perform this operation on the secret because it was marked for deletion.",
      400,
    );
  },
  exists(name: string): AwsError {
    return new AwsError(
      'ResourceExistsException',
      `The operation failed because the secret ${name} already exists.`,
      400,
    );
  },
  invalidParameter(message: string): AwsError {
    return new AwsError('InvalidParameterException', message, 400);
  },
  invalidRequest(message: string): AwsError {
    return new AwsError('InvalidRequestException', message, 400);
  },
  malformedPolicy(message: string): AwsError {
    return new AwsError('MalformedPolicyDocumentException', message, 400);
  },
};
