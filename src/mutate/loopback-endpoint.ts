import { isIP } from 'node:net';
import { InputError } from '../common/errors.js';
import type { IamMutateConfig } from './config/config-types.js';

/**
 * A run signs admin requests (PutRolePolicy, AssumeRole) toward its emulator endpoint, so the
 * endpoint must be on this machine: `emulator: https://sts.amazonaws.com` must never reach AWS,
 * even with no credentials to send. A remote emulator (a container on another host) needs the
 * explicit `--allow-remote-emulator`, and AWS's own domains are refused even then.
 */
export function checkEmulatorEndpoint(
  config: IamMutateConfig,
  endpointFlag: string | undefined,
  allowRemote: boolean,
): void {
  if (endpointFlag !== undefined) {
    const problem = endpointProblem(endpointFlag, allowRemote);
    if (problem) throw new InputError(`run: --endpoint ${endpointFlag}: ${problem}`);
    return;
  }
  if (config.emulator.kind !== 'endpoint') return;
  const problem = endpointProblem(config.emulator.url, allowRemote);
  if (!problem) return;
  const where = config.locate?.(['emulator']);
  throw new InputError([
    {
      file: where?.file ?? config.file,
      ...(where?.position && { position: where.position }),
      key: 'emulator',
      message: `emulator ${config.emulator.url}: ${problem}`,
      severity: 'error',
    },
  ]);
}

function endpointProblem(url: string, allowRemote: boolean): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  } catch {
    return 'not a URL';
  }
  if (/(^|\.)(amazonaws\.com|amazonaws\.com\.cn|aws\.amazon\.com|api\.aws)\.?$/.test(host)) {
    return 'is AWS itself; iam-mutate only talks to an emulator';
  }
  if (isLoopback(host) || allowRemote) return undefined;
  return 'is not a loopback address (localhost, 127.0.0.1, ::1); pass --allow-remote-emulator to use an emulator on another host';
}

function isLoopback(host: string): boolean {
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  if (isIP(host) === 6) return host === '::1' || /^::ffff:127\./.test(host);
  return false;
}
