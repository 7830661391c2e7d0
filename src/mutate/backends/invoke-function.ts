import {
  InvokeCommand,
  type LambdaClient,
  ResourceNotFoundException,
} from '@aws-sdk/client-lambda';
import { InputError, interruptionOf, RunError } from '../../common/errors.js';
import type { WorkloadResult } from '../backend.js';

/**
 * One synchronous invoke of a Lambda workload, cut off at the target's timeout. A missing
 * function is the config's fault (or setup's) and says which; anything else the SDK throws
 * is a broken run.
 */
export async function invokeFunction(
  lambda: LambdaClient,
  functionName: string,
  payload: Uint8Array | undefined,
  timeoutMs: number,
  /** The run's stop signal: an interrupted run stops waiting for the function. */
  signal?: AbortSignal,
): Promise<WorkloadResult> {
  const started = Date.now();
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const out = await lambda.send(
      new InvokeCommand({
        FunctionName: functionName,
        InvocationType: 'RequestResponse',
        LogType: 'Tail',
        ...(payload !== undefined && { Payload: payload }),
      }),
      { abortSignal: signal ? AbortSignal.any([abort.signal, signal]) : abort.signal },
    );
    const text = out.Payload === undefined ? '' : Buffer.from(out.Payload).toString('utf8');
    const parsed = parseJson(text);
    const log =
      out.LogResult === undefined
        ? undefined
        : Buffer.from(out.LogResult, 'base64').toString('utf8');
    if (out.FunctionError !== undefined) {
      const body = (parsed ?? {}) as { errorType?: string; errorMessage?: string };
      return {
        kind: 'returned',
        payload: parsed,
        functionError: {
          type: body.errorType ?? out.FunctionError,
          message: body.errorMessage ?? text.slice(0, 500),
        },
        ...(log !== undefined && { log }),
      };
    }
    return { kind: 'returned', payload: parsed, ...(log !== undefined && { log }) };
  } catch (error) {
    const interrupted = interruptionOf(undefined, signal);
    if (interrupted) {
      interrupted.during.push(`invoking ${functionName}`);
      throw interrupted;
    }
    if (abort.signal.aborted) return { kind: 'timeout', afterMs: Date.now() - started };
    if (error instanceof ResourceNotFoundException) {
      throw new InputError(
        `function '${functionName}' does not exist on the emulator: create it in the setup script, or fix the target's workload.lambda`,
      );
    }
    const name = (error as { name?: string }).name ?? 'Error';
    throw new RunError(`invoking ${functionName} failed: ${name}: ${(error as Error).message}`, {
      cause: error,
    });
  } finally {
    clearTimeout(timer);
  }
}

function parseJson(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
