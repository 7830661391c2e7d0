import type { AwsCredentials, InterpreterInfo } from './types.js';
import type { RuntimeId } from './runtime-id.js';

/**
 * The environment a worker process starts with. It is built from an allow-list, never by
 * copying the host's environment minus a few names: the host's AWS_PROFILE, access keys,
 * AWS_CA_BUNDLE, proxies, NODE_OPTIONS or PYTHONPATH must not change what the handler does or
 * which identity it calls with. HOME points at an empty directory and AWS_CONFIG_FILE /
 * AWS_SHARED_CREDENTIALS_FILE at empty files, so no SDK ever reads the host's ~/.aws.
 */

/** Host variables a process needs to run at all (locale, temp dir, Windows system paths). */
const HOST_ALLOWED = new Set([
  'PATH',
  'USER',
  'LOGNAME',
  'LANG',
  'LANGUAGE',
  'TMPDIR',
  'TEMP',
  'TMP',
  'SYSTEMROOT',
  'SystemRoot',
  'WINDIR',
  'COMSPEC',
  'PATHEXT',
]);

export interface SandboxPaths {
  /** An empty directory used as HOME. */
  readonly home: string;
  /** An empty file used as AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE. */
  readonly emptyAwsFile: string;
}

export interface WorkerEnvInput {
  readonly runtime: RuntimeId;
  readonly interpreter: InterpreterInfo;
  readonly handler: string;
  readonly codeDir: string;
  readonly functionName: string;
  readonly functionVersion: string;
  readonly memoryMb: number;
  readonly region: string;
  readonly endpointUrl: string;
  readonly logGroupName: string;
  readonly logStreamName: string;
  readonly functionEnvironment: Readonly<Record<string, string>>;
  /** The first invocation's credentials, so code run at import time already has some. */
  readonly credentials: AwsCredentials;
  readonly sandbox: SandboxPaths;
  /** Variables only the bootstrap reads (it deletes them before the handler module loads). */
  readonly bootstrapPrivate: Readonly<Record<string, string>>;
}

export function hostBaseEnvironment(
  hostEnv: Readonly<Record<string, string | undefined>>,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(hostEnv)) {
    if (value === undefined) continue;
    if (HOST_ALLOWED.has(key) || key.startsWith('LC_')) env[key] = value;
  }
  return env;
}

/** What every worker of a runtime family starts with, before its function's own variables. */
function runtimeBaseEnvironment(
  family: RuntimeId['family'],
  interpreter: InterpreterInfo,
  hostEnv: Readonly<Record<string, string | undefined>>,
): Record<string, string> {
  const env: Record<string, string> = {
    ...hostBaseEnvironment(hostEnv),
    LANG: hostEnv.LANG ?? 'en_US.UTF-8',
    TZ: 'UTC',
    // Nothing should wait a second for an instance-metadata endpoint that is not there.
    AWS_EC2_METADATA_DISABLED: 'true',
  };
  if (family === 'python' && interpreter.userBase) {
    // HOME is replaced below; keep `pip install --user` packages (boto3 ...) importable.
    env.PYTHONUSERBASE = interpreter.userBase;
  }
  return env;
}

/** Reserved variables that are the same for every function: the sandbox's HOME and ~/.aws. */
function sandboxVariables(sandbox: SandboxPaths): Record<string, string> {
  return {
    HOME: sandbox.home,
    AWS_CONFIG_FILE: sandbox.emptyAwsFile,
    AWS_SHARED_CREDENTIALS_FILE: sandbox.emptyAwsFile,
  };
}

/**
 * What a Python standby (standby.ts) starts with: a worker's environment without anything of a
 * function's (no function variables, no credentials, no handler). Adoption replaces it with
 * the function's whole environment; standby-policy.ts says which variables must already agree.
 */
export function standbyEnvironment(
  interpreter: InterpreterInfo,
  sandbox: SandboxPaths,
  hostEnv: Readonly<Record<string, string | undefined>>,
): Record<string, string> {
  return {
    ...runtimeBaseEnvironment('python', interpreter, hostEnv),
    ...sandboxVariables(sandbox),
  };
}

export function buildWorkerEnvironment(
  input: WorkerEnvInput,
  hostEnv: Readonly<Record<string, string | undefined>>,
): Record<string, string> {
  const env = runtimeBaseEnvironment(input.runtime.family, input.interpreter, hostEnv);
  Object.assign(env, input.functionEnvironment);
  // Reserved variables, as Lambda sets them; they win over the function's own.
  Object.assign(env, {
    ...sandboxVariables(input.sandbox),
    AWS_ENDPOINT_URL: input.endpointUrl,
    AWS_REGION: input.region,
    AWS_DEFAULT_REGION: input.region,
    AWS_EXECUTION_ENV: `AWS_Lambda_${input.runtime.id}`,
    AWS_LAMBDA_FUNCTION_NAME: input.functionName,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(input.memoryMb),
    AWS_LAMBDA_FUNCTION_VERSION: input.functionVersion,
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    AWS_LAMBDA_LOG_GROUP_NAME: input.logGroupName,
    AWS_LAMBDA_LOG_STREAM_NAME: input.logStreamName,
    LAMBDA_TASK_ROOT: input.codeDir,
    LAMBDA_RUNTIME_DIR: input.codeDir,
    _HANDLER: input.handler,
    ...credentialVariables(input.credentials),
    ...input.bootstrapPrivate,
  });
  if (!input.credentials.sessionToken) delete env.AWS_SESSION_TOKEN;
  return env;
}

export function credentialVariables(credentials: AwsCredentials): Record<string, string> {
  const vars: Record<string, string> = {
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
  };
  if (credentials.sessionToken) vars.AWS_SESSION_TOKEN = credentials.sessionToken;
  return vars;
}
