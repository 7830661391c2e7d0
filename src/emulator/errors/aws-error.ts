/**
 * An error answered to the client in the AWS wire format of the service's protocol. Handlers,
 * the identity layer and the authorizer throw these; the protocol layer serializes them.
 */
export class AwsError extends Error {
  readonly code: string;
  readonly status: number;
  /** `Sender` (the caller's fault) or `Receiver` (ours); query-protocol `<Type>`. */
  readonly fault: 'Sender' | 'Receiver';
  /** Extra fields some errors carry (S3 `<BucketName>`, `<Key>`, ...), serialized as elements/members. */
  readonly fields: Readonly<Record<string, string>>;
  /**
   * awsQueryCompatible services (SQS): the legacy query-protocol code clients read from the
   * `x-amzn-query-error` header (`AWS.SimpleQueueService.NonExistentQueue` for `QueueDoesNotExist`).
   */
  readonly queryCode: string | undefined;
  /**
   * JSON protocols only: structured members beyond strings, already in wire form (DynamoDB's
   * `CancellationReasons` of TransactionCanceledException, `Item` of ConditionalCheckFailed).
   */
  readonly jsonMembers: Readonly<Record<string, unknown>>;
  constructor(
    code: string,
    message: string,
    status = 400,
    options: {
      fault?: 'Sender' | 'Receiver';
      fields?: Record<string, string>;
      queryCode?: string;
      jsonMembers?: Record<string, unknown>;
    } = {},
  ) {
    super(message);
    this.name = 'AwsError';
    this.code = code;
    this.status = status;
    this.fault = options.fault ?? (status >= 500 ? 'Receiver' : 'Sender');
    this.fields = options.fields ?? {};
    this.queryCode = options.queryCode;
    this.jsonMembers = options.jsonMembers ?? {};
  }
}

export function isAwsError(error: unknown): error is AwsError {
  return error instanceof AwsError;
}
