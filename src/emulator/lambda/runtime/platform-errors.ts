/**
 * Error payloads that the Lambda *platform* (not the language runtime) answers, worded as AWS
 * words them, together with the line it writes to the function's log. The language runtimes'
 * own errors (handler exceptions, ImportModuleError, ...) come from the bootstraps.
 *
 * Sources: Invoke responses and CloudWatch lines quoted in public bug reports, e.g.
 *   {"errorMessage": "2020-11-10T05:46:57.874Z 160788cd-... Task timed out after 3.07 seconds"}
 *   "RequestId: <id> Error: Runtime exited with error: signal: killed\nRuntime.ExitError"
 * and the API reference's 6 MB response limit (Function.ResponseSizeTooLarge).
 */

export interface PlatformError {
  readonly errorType: string;
  /** The Invoke response body. */
  readonly payload: string;
  /** What the platform appends to the function's log stream. */
  readonly logLine: string;
}

/** AWS's limit on a synchronous invocation's response: 6 MB (6,291,556 bytes exactly). */
export const MAX_RESPONSE_BYTES = 6_291_556;

/**
 * The timeout answer: only `errorMessage`, with the time the platform gave up, the request id
 * and the elapsed seconds to two decimals. There is no errorType in the body, so the record
 * carries `Sandbox.Timedout`, the type AWS reports for timeouts elsewhere.
 */
export function timeoutError(requestId: string, elapsedMs: number, at: Date): PlatformError {
  const seconds = (Math.floor(elapsedMs / 10) / 100).toFixed(2);
  const line = `${at.toISOString()} ${requestId} Task timed out after ${seconds} seconds`;
  return {
    errorType: 'Sandbox.Timedout',
    payload: JSON.stringify({ errorMessage: line }),
    logLine: line,
  };
}

/** Go's os.ProcessState wording, which the Lambda service (written in Go) prints. */
const SIGNAL_WORDS: Readonly<Record<string, string>> = {
  SIGKILL: 'killed',
  SIGSEGV: 'segmentation fault',
  SIGABRT: 'aborted',
  SIGTERM: 'terminated',
  SIGBUS: 'bus error',
  SIGILL: 'illegal instruction',
  SIGFPE: 'floating point exception',
  SIGINT: 'interrupt',
  SIGHUP: 'hangup',
  SIGPIPE: 'broken pipe',
};

/** The runtime process died while an invocation was running (or before it answered). */
export function exitError(
  requestId: string,
  code: number | null,
  signal: NodeJS.Signals | null,
): PlatformError {
  const how =
    signal !== null
      ? `Runtime exited with error: signal: ${SIGNAL_WORDS[signal] ?? signal.toLowerCase()}`
      : code === 0 || code === null
        ? 'Runtime exited without providing a reason'
        : `Runtime exited with error: exit status ${code}`;
  const errorMessage = `RequestId: ${requestId} Error: ${how}`;
  return {
    errorType: 'Runtime.ExitError',
    payload: JSON.stringify({ errorType: 'Runtime.ExitError', errorMessage }),
    logLine: `${errorMessage}\nRuntime.ExitError`,
  };
}

/** The handler answered more than the synchronous invocation limit allows. */
export function responseTooLargeError(requestId: string): PlatformError {
  const errorMessage = `Response payload size exceeded maximum allowed payload size (${MAX_RESPONSE_BYTES} bytes).`;
  return {
    errorType: 'Function.ResponseSizeTooLarge',
    payload: JSON.stringify({ errorMessage, errorType: 'Function.ResponseSizeTooLarge' }),
    logLine: `RequestId: ${requestId} Error: ${errorMessage}\nFunction.ResponseSizeTooLarge`,
  };
}
