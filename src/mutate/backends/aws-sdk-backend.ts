import { readFile } from 'node:fs/promises';
import {
  DeleteRolePolicyCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  NoSuchEntityException,
  PutRolePolicyCommand,
} from '@aws-sdk/client-iam';
import { LambdaClient } from '@aws-sdk/client-lambda';
import type { STSClient } from '@aws-sdk/client-sts';
import { InputError, RunError } from '../../common/errors.js';
import type { AuthorizationLogReader, MutationBackend, WorkloadResult } from '../backend.js';
import type { TargetConfig } from '../config/config-types.js';
import { workloadEnvironment, type EmulatorCredentials } from '../workload-environment.js';
import { runCommandWorkload } from './command-workload.js';
import { invokeFunction } from './invoke-function.js';

export interface AwsSdkBackendOptions {
  endpoint: string;
  region: string;
  accountId: string;
  /** Credentials that may manage IAM and invoke functions on the emulator. */
  admin: EmulatorCredentials;
  /** The host environment, for command workloads (AWS settings are stripped from it). */
  hostEnv: Readonly<Record<string, string | undefined>>;
  /** Host variables passed beyond the allow-list (the config's `env:`). */
  envNames?: readonly string[];
  rootDir: string;
  /** An empty file used as AWS_CONFIG_FILE so no profile from ~/.aws is ever read. */
  emptyConfigFile: string;
  authorizationLog?: AuthorizationLogReader;
  /** The run's stop signal: stops a running workload (restores are never aborted). */
  signal?: AbortSignal;
}

/**
 * Drives any AWS-compatible endpoint with the AWS SDK: the embedded emulator and an external
 * LocalEmu container take the same code path. Clients are built with the endpoint and
 * explicit credentials only, so nothing from the host's AWS configuration is used.
 */
export function awsSdkBackend(options: AwsSdkBackendOptions): MutationBackend {
  const clientConfig = {
    endpoint: options.endpoint,
    region: options.region,
    credentials: options.admin,
    maxAttempts: 1,
  };
  const iam = new IAMClient(clientConfig);
  const lambda = new LambdaClient(clientConfig);
  // Only command workloads assume the role: a run of Lambda targets never loads the STS client.
  let sts: Promise<STSClient> | undefined;
  const stsClient = () =>
    (sts ??= import('@aws-sdk/client-sts').then(({ STSClient }) => new STSClient(clientConfig)));

  return {
    ...(options.authorizationLog && { authorizationLog: options.authorizationLog }),
    ...(options.signal && { signal: options.signal }),

    async putRolePolicy(role, policyName, policyText) {
      await iam.send(
        new PutRolePolicyCommand({
          RoleName: role,
          PolicyName: policyName,
          PolicyDocument: policyText,
        }),
      );
    },

    async getRolePolicy(role, policyName) {
      await requireRole(iam, role);
      try {
        const out = await iam.send(
          new GetRolePolicyCommand({ RoleName: role, PolicyName: policyName }),
        );
        // IAM returns the document URL-encoded (RFC 3986), as AWS does.
        return out.PolicyDocument === undefined
          ? undefined
          : decodeURIComponent(out.PolicyDocument);
      } catch (error) {
        if (error instanceof NoSuchEntityException) return undefined;
        throw error;
      }
    },

    async deleteRolePolicy(role, policyName) {
      await iam.send(new DeleteRolePolicyCommand({ RoleName: role, PolicyName: policyName }));
    },

    async runWorkload(target: TargetConfig): Promise<WorkloadResult> {
      if (target.workload.kind === 'lambda') {
        const payload =
          target.workload.payloadFile === undefined
            ? undefined
            : await readFile(target.workload.payloadFile);
        return invokeFunction(
          lambda,
          target.workload.functionName,
          payload,
          target.timeoutMs,
          options.signal,
        );
      }
      const credentials = await assumeRole(await stsClient(), options.accountId, target.role);
      return runCommandWorkload(target.workload.command, {
        cwd: options.rootDir,
        timeoutMs: target.timeoutMs,
        ...(options.signal && { signal: options.signal }),
        env: workloadEnvironment(
          options.hostEnv,
          options.endpoint,
          options.region,
          credentials,
          {},
          options.emptyConfigFile,
          options.envNames,
        ),
      });
    },
  };
}

/** The target's role is not on the emulator; the run locates it at the target's `role:`. */
export class RoleNotFoundError extends InputError {
  constructor(readonly role: string) {
    super(RoleNotFoundError.message(role));
  }
  static message(role: string): string {
    return `role '${role}' does not exist on the emulator: create it in the setup script, or fix the target's role`;
  }
}

/** A missing role is the config's fault (or setup's): say which, instead of an SDK trace. */
async function requireRole(iam: IAMClient, role: string): Promise<void> {
  try {
    await iam.send(new GetRoleCommand({ RoleName: role }));
  } catch (error) {
    if (error instanceof NoSuchEntityException) {
      throw new RoleNotFoundError(role);
    }
    throw error;
  }
}

async function assumeRole(
  sts: STSClient,
  accountId: string,
  role: string,
): Promise<EmulatorCredentials> {
  const { AssumeRoleCommand } = await import('@aws-sdk/client-sts');
  const out = await sts.send(
    new AssumeRoleCommand({
      RoleArn: `arn:aws:iam::${accountId}:role/${role}`,
      RoleSessionName: 'iam-mutate-workload',
    }),
  );
  const c = out.Credentials;
  if (!c?.AccessKeyId || !c.SecretAccessKey) {
    throw new RunError(`AssumeRole on ${role} returned no credentials`);
  }
  return {
    accessKeyId: c.AccessKeyId,
    secretAccessKey: c.SecretAccessKey,
    ...(c.SessionToken !== undefined && { sessionToken: c.SessionToken }),
  };
}
