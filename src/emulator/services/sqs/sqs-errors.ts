import { AwsError } from '../../errors/aws-error.js';

/**
 * SQS speaks awsJson 1.0 with awsQueryCompatible: `__type` carries the modern error name
 * (`com.amazonaws.sqs#QueueDoesNotExist`) and the `x-amzn-query-error` header the legacy query
 * code (`AWS.SimpleQueueService.NonExistentQueue;Sender`), which boto3 and the CLI report as
 * the error code. Each error here names both.
 */
export const sqsErrors = {
  nonExistentQueue(): AwsError {
    return new AwsError('QueueDoesNotExist', 'The specified queue does not exist.', 400, {
      queryCode: 'AWS.SimpleQueueService.NonExistentQueue',
    });
  },
  queueNameExists(name: string): AwsError {
    return new AwsError(
      'QueueNameExists',
      `A queue already exists with the same name and a different value for attribute(s) ${name}`,
      400,
      { queryCode: 'QueueAlreadyExists' },
    );
  },
  invalidAttributeName(name: string): AwsError {
    return new AwsError('InvalidAttributeName', `Unknown Attribute ${name}.`, 400);
  },
  invalidAttributeValue(message: string): AwsError {
    return new AwsError('InvalidAttributeValue', message, 400);
  },
  invalidParameterValue(message: string): AwsError {
    return new AwsError('InvalidParameterValueException', message, 400, {
      queryCode: 'InvalidParameterValue',
    });
  },
  missingParameter(message: string): AwsError {
    return new AwsError('MissingRequiredParameterException', message, 400, {
      queryCode: 'MissingParameter',
    });
  },
  invalidMessageContents(): AwsError {
    return new AwsError(
      'InvalidMessageContents',
      'Invalid characters found. Valid unicode characters are #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF',
      400,
    );
  },
  receiptHandleIsInvalid(handle: string): AwsError {
    return new AwsError(
      'ReceiptHandleIsInvalid',
      `The input receipt handle "${handle}" is not a valid receipt handle.`,
      400,
    );
  },
  messageNotInflight(): AwsError {
    return new AwsError(
      'MessageNotInflight',
      'Message does not exist or is not available for visibility timeout change.',
      400,
      {
        queryCode: 'AWS.SimpleQueueService.MessageNotInflight',
      },
    );
  },
  emptyBatch(entryMember: string): AwsError {
    return new AwsError(
      'EmptyBatchRequest',
      `There should be at least one ${entryMember} in the request.`,
      400,
      {
        queryCode: 'AWS.SimpleQueueService.EmptyBatchRequest',
      },
    );
  },
  tooManyEntries(count: number): AwsError {
    return new AwsError(
      'TooManyEntriesInBatchRequest',
      `Maximum number of entries per request are 10. You have sent ${count}.`,
      400,
      { queryCode: 'AWS.SimpleQueueService.TooManyEntriesInBatchRequest' },
    );
  },
  batchIdsNotDistinct(id: string): AwsError {
    return new AwsError('BatchEntryIdsNotDistinct', `Id ${id} repeated.`, 400, {
      queryCode: 'AWS.SimpleQueueService.BatchEntryIdsNotDistinct',
    });
  },
  purgeInProgress(name: string): AwsError {
    return new AwsError(
      'PurgeQueueInProgress',
      `Only one PurgeQueue operation on ${name} is allowed every 60 seconds.`,
      403,
      { queryCode: 'AWS.SimpleQueueService.PurgeQueueInProgress' },
    );
  },
};
