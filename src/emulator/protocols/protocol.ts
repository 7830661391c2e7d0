import type { AwsError } from '../errors/aws-error.js';
import type { EmulatorRequest } from '../server/emulator-request.js';
import type { OperationInput, OperationOutput } from '../services/service-types.js';
import type { ProtocolName, ServiceModel } from './model-types.js';

/** A response ready to be written: the protocol layers produce these, never touch sockets. */
export interface HttpResponseData {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

export interface SerializeContext {
  requestId: string;
  model: ServiceModel;
  operation: string;
  /** rest-xml: root element for responses without a payload member. */
  xmlRoot?: string;
  /** HEAD responses carry headers only. */
  method: string;
}

export interface ErrorContext {
  requestId: string;
  model: ServiceModel;
  method: string;
  jsonErrorTypePrefix?: string;
}

/**
 * One wire protocol (query, json, rest-json, rest-xml), driven entirely by the service model:
 * which operation a request calls, its typed input, and the bytes of outputs and errors.
 * Adding an operation to a service never touches these.
 */
export interface ProtocolLayer {
  name: ProtocolName;
  /** The model operation this request calls; throws the protocol's unknown-operation AwsError. */
  operationOf(model: ServiceModel, request: EmulatorRequest): string;
  /** Typed input per the operation's input shape; throws AwsError for malformed or invalid input. */
  parseInput(model: ServiceModel, operation: string, request: EmulatorRequest): OperationInput;
  serializeOutput(output: OperationOutput, context: SerializeContext): HttpResponseData;
  serializeError(error: AwsError, context: ErrorContext): HttpResponseData;
}

/**
 * A handler sets `[RESPONSE_STATUS]: 206` (or 304, ...) on its output when the HTTP status
 * depends on the request (S3 ranged GetObject) and the model has no statusCode member for it.
 */
export const RESPONSE_STATUS: unique symbol = Symbol('response-status');

/**
 * Extra response headers a handler sets when the service sends a header its model lacks (S3
 * HeadObject's `Content-Range` on a ranged HEAD).
 */
export const RESPONSE_HEADERS: unique symbol = Symbol('response-headers');
