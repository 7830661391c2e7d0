import { randomUUID } from 'node:crypto';
import { AwsError } from '../../../errors/aws-error.js';
import { defineOperation } from '../../service-types.js';
import { checkPackage, codeSha256, deploymentPackage, type CodeInput } from '../function-code.js';
import { functionConfiguration } from '../function-configuration.js';
import { invalidParameter, lambdaTimestamp, type LambdaStore } from '../lambda-store.js';
import { warmFunction } from '../start-invocation.js';
import { lambdaMayAssume } from '../trust-check.js';

interface Input {
  FunctionName: string;
  Runtime?: string;
  Role: string;
  Handler?: string;
  Code: CodeInput;
  Description?: string;
  Timeout?: number;
  MemorySize?: number;
  Environment?: { Variables?: Record<string, string> };
  Tags?: Record<string, string>;
  PackageType?: string;
}

/**
 * Needs lambda:CreateFunction on the function, iam:PassRole on its execution role, and for code
 * in S3 s3:GetObject on the package (Lambda reads it with the caller's permissions).
 */
export const createFunction = defineOperation<LambdaStore, Input, object>({
  name: 'CreateFunction',
  authorize: (input, { store, region }) => [
    { action: 'lambda:CreateFunction', resource: store.functionArn(input.FunctionName, region) },
    {
      action: 'iam:PassRole',
      resource: input.Role,
      context: { 'iam:PassedToService': 'lambda.amazonaws.com' },
    },
    ...(input.Code.S3Bucket !== undefined && input.Code.S3Key !== undefined
      ? [
          {
            action: 's3:GetObject',
            resource: `arn:aws:s3:::${input.Code.S3Bucket}/${input.Code.S3Key}`,
          },
        ]
      : []),
  ],
  async handle(input, { store, region, now, emulator }) {
    if (!/^[a-zA-Z0-9-_]{1,64}$/.test(input.FunctionName)) {
      throw invalidParameter(
        `1 validation error detected: Value '${input.FunctionName}' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: (arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?`,
      );
    }
    if (store.functions.has(input.FunctionName)) {
      throw new AwsError(
        'ResourceConflictException',
        `Function already exist: ${input.FunctionName}`,
        409,
      );
    }
    if (input.Runtime === undefined || input.Handler === undefined) {
      throw invalidParameter(
        'Runtime and Handler are mandatory parameters for functions created with deployment packages.',
      );
    }
    const role = emulator.identity.roleByArn(input.Role);
    if (role === undefined || !lambdaMayAssume(role)) {
      throw invalidParameter('The role defined for the function cannot be assumed by Lambda.');
    }
    const zip = deploymentPackage(input.Code, emulator);
    checkPackage(zip);
    // Fail now, with what to install, rather than at the first Invoke.
    const runtime = await store.pool.describeRuntime(input.Runtime);
    if (runtime.kind === 'missing') throw invalidParameter(runtime.message);
    const timeout = input.Timeout ?? 3;
    if (timeout < 1 || timeout > 900) {
      throw invalidParameter(
        `1 validation error detected: Value '${timeout}' at 'timeout' failed to satisfy constraint: Member must have value between 1 and 900`,
      );
    }
    const fn = {
      name: input.FunctionName,
      arn: store.functionArn(input.FunctionName, region),
      runtime: input.Runtime,
      handler: input.Handler,
      role: input.Role,
      description: input.Description ?? '',
      timeoutSeconds: timeout,
      memoryMb: input.MemorySize ?? 128,
      environment: { ...input.Environment?.Variables },
      zip,
      codeSha256: codeSha256(zip),
      lastModified: lambdaTimestamp(now),
      revisionId: randomUUID(),
      tags: { ...input.Tags },
      policyStatements: [],
    };
    store.functions.set(fn.name, fn);
    if (store.endpointUrl !== undefined) {
      warmFunction(store, fn, { region, endpointUrl: store.endpointUrl, now });
    }
    return functionConfiguration(fn);
  },
});
