import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { AwsError } from '../../errors/aws-error.js';
import type { StoredDocument, StsSession } from '../../identity/identity-store.js';
import { createWorkerPool, type WorkerPool } from '../../lambda/runtime/index.js';
import type { ProbeResult } from '../../lambda/runtime/interpreter-probe.js';
import type { EmulatorCore } from '../service-types.js';
import { startInvocation } from './start-invocation.js';
import { partitionOfRegion } from '../../../policy/partition.js';

/** One function as the Lambda API describes it; code is kept as the deployment zip. */
export interface LambdaFunction {
  name: string;
  arn: string;
  runtime: string;
  handler: string;
  role: string;
  description: string;
  timeoutSeconds: number;
  memoryMb: number;
  environment: Record<string, string>;
  zip: Uint8Array;
  codeSha256: string;
  lastModified: string;
  revisionId: string;
  tags: Record<string, string>;
  /** The function's resource-based policy (AddPermission statements). */
  policyStatements: Record<string, unknown>[];
  policyDocument?: StoredDocument;
}

/**
 * The Lambda service's state: functions, the warm worker pool that runs their code as local
 * processes, and the execution-role sessions handed to invocations.
 */
export class LambdaStore {
  readonly functions = new Map<string, LambdaFunction>();
  /** Execution role sessions by function name, reused until close to expiry. */
  readonly sessions = new Map<string, StsSession>();
  private workerPool: WorkerPool | undefined;
  /** The emulator's own bound address (set by startEmulator): where function code sends its calls. */
  endpointUrl: string | undefined;
  /** The host environment workers draw PATH and locale from (set by startEmulator, the edge). */
  hostEnvironment: Readonly<Record<string, string | undefined>> = {};
  /** The Python interpreter's lookup if the emulator's starter began it (set by startEmulator). */
  pythonLookUp: Promise<ProbeResult> | undefined;

  constructor(readonly core: EmulatorCore) {}

  /**
   * An asynchronous invocation by another service (an SNS subscription): runs in the
   * background like InvocationType Event; a missing function is dropped, as AWS does.
   */
  invokeEvent(functionArn: string, event: string): void {
    const fn = this.functions.get(parseFunctionName(functionArn).name);
    if (fn === undefined || this.endpointUrl === undefined) return;
    void startInvocation(this, fn, {
      event,
      region: this.core.region,
      endpointUrl: this.endpointUrl,
      now: new Date(),
    }).catch(() => undefined);
  }

  /** Started on first invoke, so an emulator that runs no function spawns nothing. */
  get pool(): WorkerPool {
    this.workerPool ??= createWorkerPool({
      hostEnvironment: this.hostEnvironment,
      ...(this.pythonLookUp && { pythonLookUp: this.pythonLookUp }),
      tmpRoot: path.join(
        os.tmpdir(),
        `iam-mutate-lambda-${process.pid}-${randomUUID().slice(0, 8)}`,
      ),
    });
    return this.workerPool;
  }

  async dispose(): Promise<void> {
    await this.workerPool?.stop();
    this.workerPool = undefined;
  }

  functionArn(name: string, region: string): string {
    return `arn:${partitionOfRegion(region)}:lambda:${region}:${this.core.accountId}:function:${name}`;
  }

  /** The ARN a FunctionName parameter names, whether or not the function exists (for authorization). */
  functionArnOf(functionName: string, region: string): string {
    return this.functionArn(parseFunctionName(functionName).name, region);
  }

  /** Resolves a FunctionName parameter: a name, a full or partial ARN, with or without qualifier. */
  find(functionName: string, region: string): LambdaFunction {
    const name = parseFunctionName(functionName).name;
    const fn = this.functions.get(name);
    if (fn === undefined) throw functionNotFound(this.functionArn(name, region));
    return fn;
  }
}

/** `name`, `name:qualifier`, `ACCOUNT:function:name[:q]`, `arn:aws:lambda:REGION:ACCOUNT:function:name[:q]`. */
export function parseFunctionName(value: string): { name: string; qualifier?: string } {
  const parts = value.split(':');
  let rest: string[];
  if (parts[0] === 'arn') rest = parts.slice(6);
  else if (parts[1] === 'function') rest = parts.slice(2);
  else rest = parts;
  const [name = value, qualifier] = rest;
  return { name, ...(qualifier !== undefined && { qualifier }) };
}

export function functionNotFound(arn: string): AwsError {
  return new AwsError('ResourceNotFoundException', `Function not found: ${arn}`, 404);
}

export function invalidParameter(message: string): AwsError {
  return new AwsError('InvalidParameterValueException', message, 400);
}

/** Lambda's timestamp format, e.g. `2026-11-23T10:00:00.000+0000`. */
export function lambdaTimestamp(date: Date): string {
  return date.toISOString().replace('Z', '+0000');
}
