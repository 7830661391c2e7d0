import type { AwsError } from '../errors/aws-error.js';
import { commonErrors } from '../errors/common-errors.js';
import type { OperationInput } from '../services/service-types.js';
import { readJsonValue, writeJsonValue } from './json-codec.js';
import type {
  ErrorContext,
  HttpResponseData,
  ProtocolLayer,
  SerializeContext,
} from './protocol.js';
import { checkRequired } from './required.js';

/**
 * The awsJson 1.0/1.1 protocol (DynamoDB, KMS, SSM, Secrets Manager, CloudWatch Logs, SQS):
 * `X-Amz-Target: Prefix.Operation`, a JSON body in, a JSON body out, errors as
 * `{"__type": "...", "message": "..."}`.
 */
export const jsonProtocol: ProtocolLayer = {
  name: 'json',

  operationOf(model, request) {
    const target = request.headers['x-amz-target'] ?? '';
    const dot = target.lastIndexOf('.');
    const prefix = target.slice(0, dot);
    const operation = target.slice(dot + 1);
    if (
      dot === -1 ||
      prefix !== model.metadata.targetPrefix ||
      model.operations[operation] === undefined
    ) {
      throw commonErrors.unknownOperation(
        'json',
        model.metadata.serviceId,
        target === '' ? '(no X-Amz-Target header)' : target,
      );
    }
    return operation;
  },

  parseInput(model, operation, request) {
    const inputShape = model.operations[operation]?.input;
    const text = request.body.toString('utf8');
    let raw: unknown = {};
    if (text.trim() !== '') {
      try {
        raw = JSON.parse(text);
      } catch {
        throw commonErrors.serialization(
          'json',
          'Start of structure or map found where not expected.',
        );
      }
    }
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      throw commonErrors.serialization(
        'json',
        'Start of structure or map found where not expected.',
      );
    }
    if (inputShape === undefined) return {};
    const input = readJsonValue(model, inputShape, raw, 'json', operation) as OperationInput;
    checkRequired(model, inputShape, input, 'json');
    return input;
  },

  serializeOutput(output, context: SerializeContext): HttpResponseData {
    const { model, operation, requestId } = context;
    const outputShape = model.operations[operation]?.output;
    const body = outputShape === undefined ? {} : writeJsonValue(model, outputShape, output);
    return {
      status: 200,
      headers: {
        'content-type': `application/x-amz-json-${model.metadata.jsonVersion ?? '1.0'}`,
        'x-amzn-requestid': requestId,
      },
      body: JSON.stringify(body ?? {}),
    };
  },

  serializeError(error: AwsError, context: ErrorContext): HttpResponseData {
    const headers: Record<string, string> = {
      'content-type': `application/x-amz-json-${context.model.metadata.jsonVersion ?? '1.0'}`,
      'x-amzn-requestid': context.requestId,
    };
    // awsQueryCompatible services (SQS) also name the legacy query error code in a header.
    if (context.model.metadata.awsQueryCompatible !== undefined) {
      headers['x-amzn-query-error'] = `${error.queryCode ?? error.code};${error.fault}`;
    }
    return {
      status: error.status,
      headers,
      body: JSON.stringify({
        __type: `${context.jsonErrorTypePrefix ?? ''}${error.code}`,
        message: error.message,
        ...error.fields,
        ...error.jsonMembers,
      }),
    };
  },
};
