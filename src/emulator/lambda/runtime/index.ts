/**
 * Lambda function runtimes for the embedded emulator: handlers run as warm local processes (no
 * docker) with the execution role's credentials and AWS_ENDPOINT_URL pointing at the emulator.
 */
export { createWorkerPool, type WorkerPool, type WorkerPoolOptions } from './worker-pool.js';
export type {
  AwsCredentials,
  FunctionCode,
  FunctionConfig,
  FunctionErrorCause,
  InterpreterInfo,
  InvocationRecord,
  InvokeRequest,
  InvokeResult,
} from './types.js';
export type { ProbeResult } from './interpreter-probe.js';
export { logTailBase64 } from './bounded-log.js';
export { extractZip, ZipExtractionError, MAX_UNZIPPED_BYTES } from './zip-extract.js';
export { MAX_RESPONSE_BYTES } from './platform-errors.js';
export { parseRuntimeId } from './runtime-id.js';
