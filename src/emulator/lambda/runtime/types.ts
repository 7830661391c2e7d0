/**
 * The runtime layer's public vocabulary: what the Lambda service hands a worker pool for one
 * invocation, and what comes back. Everything here is plain data, so the service can log it,
 * persist it, or turn it into an Invoke HTTP answer without knowing about processes.
 */

/** The execution role's session credentials for one invocation (they may change between invokes). */
export interface AwsCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
}

/** Where the function's code is: an unpacked directory, or the deployment package bytes. */
export type FunctionCode =
  | { readonly kind: 'dir'; readonly dir: string }
  | { readonly kind: 'zip'; readonly bytes: Uint8Array };

/**
 * Everything that defines a function's execution environment (a Lambda "sandbox"). A warm worker
 * is reused only while all of these stay the same; any change starts a fresh worker, as an
 * UpdateFunctionCode / UpdateFunctionConfiguration does on AWS.
 */
export interface FunctionConfig {
  /** Stable key of the function in the emulator (its ARN is a good choice). */
  readonly functionId: string;
  readonly functionName: string;
  /** `python3.11`, `nodejs20.x`, ... */
  readonly runtime: string;
  /** `module.function` (Python) or `path/module.export` (Node). */
  readonly handler: string;
  readonly code: FunctionCode;
  /** The function's own environment variables (Environment.Variables). */
  readonly environment?: Readonly<Record<string, string>>;
  readonly region: string;
  /** The emulator's endpoint, exported as AWS_ENDPOINT_URL so SDK calls come back to it. */
  readonly endpointUrl: string;
  readonly memoryMb?: number;
  /** `$LATEST` unless a published version is invoked. */
  readonly version?: string;
}

export interface InvokeRequest extends FunctionConfig {
  readonly requestId: string;
  /** The Invoke payload, JSON text (`null` when the caller sent none). */
  readonly event: string;
  readonly timeoutMs: number;
  readonly credentials: AwsCredentials;
  readonly invokedFunctionArn: string;
  /** Base64-decoded ClientContext JSON, when the caller sent one. */
  readonly clientContext?: string;
}

/** Facts every answered invocation carries, whatever its outcome. */
export interface InvocationRecord {
  readonly requestId: string;
  /** Captured stdout + stderr with Lambda's START / END / REPORT lines, bounded in size. */
  readonly logs: string;
  readonly logGroupName: string;
  readonly logStreamName: string;
  readonly durationMs: number;
  /** Present on a cold start: how long loading the handler module took. */
  readonly initDurationMs?: number;
  readonly workerPid?: number;
}

/** Why a function error happened; the payload is the same JSON AWS would answer in each case. */
export type FunctionErrorCause =
  | 'handler' // the handler raised / rejected, or the runtime refused its answer
  | 'init' // loading the handler failed (ImportModuleError, HandlerNotFound, syntax errors ...)
  | 'timeout' // the invocation (or init) ran past its limit; the process tree was killed
  | 'exit'; // the runtime process died mid-invocation (os._exit, segfault, out of memory)

export type InvokeResult =
  | (InvocationRecord & { readonly kind: 'ok'; readonly payload: string })
  | (InvocationRecord & {
      readonly kind: 'function-error';
      /** Value of the X-Amz-Function-Error header; AWS answers `Unhandled` for all of these. */
      readonly functionError: 'Unhandled';
      /** `errorType` of the payload (absent from AWS's timeout payload, so `Sandbox.Timedout` then). */
      readonly errorType: string;
      readonly cause: FunctionErrorCause;
      /** The response body, AWS's error JSON. */
      readonly payload: string;
    })
  | {
      /** This machine cannot run the function at all (no interpreter, no boto3, unknown runtime). */
      readonly kind: 'environment-error';
      readonly requestId: string;
      readonly message: string;
    };

/** What the pool found out about a local interpreter. */
export interface InterpreterInfo {
  readonly family: RuntimeFamily;
  readonly executable: string;
  readonly version: string;
  /** boto3 / botocore versions for Python (null when not importable). */
  readonly boto3Version?: string | null;
  readonly botocoreVersion?: string | null;
  /** Python's user site base, kept reachable although HOME is replaced (see invocation-env.ts). */
  readonly userBase?: string | null;
}

export type RuntimeFamily = 'python' | 'node';
