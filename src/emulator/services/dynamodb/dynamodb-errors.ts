import { AwsError } from '../../errors/aws-error.js';
import type { Item } from './attribute-value.js';
import { itemToWire } from './dynamodb-wire.js';

/**
 * DynamoDB's error table (awsJson 1.0; `__type` prefixed `com.amazonaws.dynamodb.v20120810#`,
 * all HTTP 400). Messages are AWS's, word for word, typos included ("An string set  may not be
 * empty"), because clients and tests match on them.
 */
export const ddbErrors = {
  validation: (message: string) => new AwsError('ValidationException', message),
  resourceNotFound: () => new AwsError('ResourceNotFoundException', 'Requested resource not found'),
  tableNotFound: (name: string) =>
    new AwsError(
      'ResourceNotFoundException',
      `Requested resource not found: Table: ${name} not found`,
    ),
  tableExists: (name: string) =>
    new AwsError('ResourceInUseException', `Table already exists: ${name}`),
  /** With ReturnValuesOnConditionCheckFailure ALL_OLD, the item as it was comes back too. */
  conditionalCheckFailed: (item?: Item) =>
    new AwsError('ConditionalCheckFailedException', 'The conditional request failed', 400, {
      ...(item !== undefined && { jsonMembers: { Item: itemToWire(item) } }),
    }),
  keySchemaMismatch: () =>
    new AwsError('ValidationException', 'The provided key element does not match the schema'),
  missingKey: (name: string) =>
    new AwsError(
      'ValidationException',
      `One or more parameter values were invalid: Missing the key ${name} in the item`,
    ),
  keyTypeMismatch: (name: string, expected: string, actual: string) =>
    new AwsError(
      'ValidationException',
      `One or more parameter values were invalid: Type mismatch for key ${name} expected: ${expected} actual: ${actual}`,
    ),
  emptyKeyString: (name: string) =>
    new AwsError(
      'ValidationException',
      `One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: ${name}`,
    ),
  cannotUpdateKey: (name: string) =>
    new AwsError(
      'ValidationException',
      `One or more parameter values were invalid: Cannot update attribute ${name}. This attribute is part of the key`,
    ),
  itemTooLarge: () =>
    new AwsError('ValidationException', 'Item size has exceeded the maximum allowed size'),
  invalidExpression: (kind: string, detail: string) =>
    new AwsError('ValidationException', `Invalid ${kind}: ${detail}`),
  indexNotFound: () =>
    new AwsError('ValidationException', 'The table does not have the specified index'),
  deletionProtected: (name: string) =>
    new AwsError(
      'ValidationException',
      `Resource cannot be deleted as it is currently protected against manual deletion. Table: ${name}`,
    ),
  policyNotFound: (message: string) => new AwsError('PolicyNotFoundException', message),
  /** One reason per transaction member, in order: `None` or `ConditionalCheckFailed` (with Item when asked). */
  transactionCanceled: (reasons: { Code: string; Message?: string; Item?: Item }[]) =>
    new AwsError(
      'TransactionCanceledException',
      `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.map((r) => r.Code).join(', ')}]`,
      400,
      {
        jsonMembers: {
          CancellationReasons: reasons.map((r) => ({
            Code: r.Code,
            ...(r.Message !== undefined && { Message: r.Message }),
            ...(r.Item !== undefined && { Item: itemToWire(r.Item) }),
          })),
        },
      },
    ),
};
