import { randomUUID } from 'node:crypto';
import { defineOperation } from '../../service-types.js';
import { checkPackage, codeSha256, deploymentPackage, type CodeInput } from '../function-code.js';
import { functionConfiguration } from '../function-configuration.js';
import {
  invalidParameter,
  lambdaTimestamp,
  type LambdaFunction,
  type LambdaStore,
} from '../lambda-store.js';
import { lambdaMayAssume } from '../trust-check.js';

/** Marks a change: new revision, and the warm workers of the old version retire. */
function touched(fn: LambdaFunction, store: LambdaStore, now: Date): void {
  fn.lastModified = lambdaTimestamp(now);
  fn.revisionId = randomUUID();
  store.pool.restart(fn.arn);
}

export const updateFunctionCode = defineOperation<
  LambdaStore,
  CodeInput & { FunctionName: string; DryRun?: boolean },
  object
>({
  name: 'UpdateFunctionCode',
  authorize: (input, { store, region }) => [
    {
      action: 'lambda:UpdateFunctionCode',
      resource: store.functionArnOf(input.FunctionName, region),
    },
  ],
  handle(input, { store, region, now, emulator }) {
    const fn = store.find(input.FunctionName, region);
    const zip = deploymentPackage(input, emulator);
    checkPackage(zip);
    if (input.DryRun) return functionConfiguration({ ...fn, zip, codeSha256: codeSha256(zip) });
    fn.zip = zip;
    fn.codeSha256 = codeSha256(zip);
    touched(fn, store, now);
    return functionConfiguration(fn);
  },
});

interface ConfigurationInput {
  FunctionName: string;
  Role?: string;
  Handler?: string;
  Description?: string;
  Timeout?: number;
  MemorySize?: number;
  Environment?: { Variables?: Record<string, string> };
  Runtime?: string;
}

export const updateFunctionConfiguration = defineOperation<LambdaStore, ConfigurationInput, object>(
  {
    name: 'UpdateFunctionConfiguration',
    authorize: (input, { store, region }) => [
      {
        action: 'lambda:UpdateFunctionConfiguration',
        resource: store.functionArnOf(input.FunctionName, region),
      },
      ...(input.Role === undefined
        ? []
        : [
            {
              action: 'iam:PassRole',
              resource: input.Role,
              context: { 'iam:PassedToService': 'lambda.amazonaws.com' },
            },
          ]),
    ],
    handle(input, { store, region, now, emulator }) {
      const fn = store.find(input.FunctionName, region);
      if (input.Role !== undefined) {
        const role = emulator.identity.roleByArn(input.Role);
        if (role === undefined || !lambdaMayAssume(role)) {
          throw invalidParameter('The role defined for the function cannot be assumed by Lambda.');
        }
        fn.role = input.Role;
        store.sessions.delete(fn.name);
      }
      if (input.Handler !== undefined) fn.handler = input.Handler;
      if (input.Description !== undefined) fn.description = input.Description;
      if (input.Timeout !== undefined) fn.timeoutSeconds = input.Timeout;
      if (input.MemorySize !== undefined) fn.memoryMb = input.MemorySize;
      if (input.Runtime !== undefined) fn.runtime = input.Runtime;
      if (input.Environment !== undefined) fn.environment = { ...input.Environment.Variables };
      touched(fn, store, now);
      return functionConfiguration(fn);
    },
  },
);
