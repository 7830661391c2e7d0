import { randomUUID } from 'node:crypto';
import type { AwsCredentials, FunctionConfig, InvokeResult } from '../../lambda/runtime/index.js';
import { executionCredentials } from './execution-credentials.js';
import type { LambdaFunction, LambdaStore } from './lambda-store.js';
import { shipLogs } from './ship-logs.js';

/**
 * Runs one invocation of a function's code in a warm local worker, with the execution role's
 * session and the emulator as its AWS endpoint, and ships its log to CloudWatch Logs. Shared
 * by Invoke and by services that invoke functions themselves (SNS subscriptions).
 */
export function startInvocation(
  store: LambdaStore,
  fn: LambdaFunction,
  options: {
    event: string;
    requestId?: string;
    region: string;
    endpointUrl: string;
    now: Date;
    clientContext?: string;
  },
): Promise<InvokeResult> {
  const run = store.pool.invoke({
    ...workerSpec(fn, options),
    credentials: executionCredentials(fn, store, options.now),
    invokedFunctionArn: fn.arn,
    requestId: options.requestId ?? randomUUID(),
    event: options.event,
    timeoutMs: fn.timeoutSeconds * 1000,
    ...(options.clientContext !== undefined && { clientContext: options.clientContext }),
  });
  return run.then((result) => {
    shipLogs(store, fn.name, result);
    return result;
  });
}

/**
 * Starts the function's worker as soon as it exists (CreateFunction), as Lambda prepares an
 * execution environment before the first request is routed to it: the first Invoke then finds
 * its code already loaded instead of paying the cold start. The credentials are the execution
 * role's session the first invoke reuses (executionCredentials caches it).
 */
export function warmFunction(
  store: LambdaStore,
  fn: LambdaFunction,
  options: { region: string; endpointUrl: string; now: Date },
): void {
  let credentials: AwsCredentials;
  try {
    credentials = executionCredentials(fn, store, options.now);
  } catch {
    return; // the first Invoke reports it
  }
  void store.pool
    .warm({ ...workerSpec(fn, options), credentials, invokedFunctionArn: fn.arn })
    .catch(() => undefined);
}

/**
 * What a worker is started from, the same for Invoke and for the warm start at CreateFunction:
 * the pool reuses a warm worker only when this configuration matches, so both must build it
 * alike.
 */
function workerSpec(
  fn: LambdaFunction,
  options: { region: string; endpointUrl: string },
): FunctionConfig {
  return {
    functionId: fn.arn,
    functionName: fn.name,
    runtime: fn.runtime,
    handler: fn.handler,
    code: { kind: 'zip', bytes: fn.zip },
    environment: fn.environment,
    region: options.region,
    endpointUrl: options.endpointUrl,
    memoryMb: fn.memoryMb,
  };
}
