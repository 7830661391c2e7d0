import path from 'node:path';
import type {
  EmulatorChoice,
  IamMutateConfig,
  RawConfig,
  TargetConfig,
  Workload,
} from './config-types.js';
import type { ConfigSource } from './load-config.js';

/** The schema-valid config with its defaults filled in and its paths resolved. */
export function toConfig(raw: RawConfig, source: ConfigSource): IamMutateConfig {
  const resolve = (p: string) => path.resolve(source.rootDir, p);
  return {
    file: path.resolve(source.rootDir, source.file),
    rootDir: path.resolve(source.rootDir),
    version: 1,
    emulator: toEmulatorChoice(raw.emulator ?? 'embedded'),
    enforcement: raw.enforcement ?? 'strict',
    verify: raw.verify ?? 'all',
    account: raw.account ?? '000000000000',
    region: raw.region ?? 'us-east-1',
    ...(raw.setup !== undefined && { setup: resolve(raw.setup) }),
    substitute: { ...raw.substitute },
    env: [...(raw.env ?? [])],
    ignore: (raw.ignore ?? []).map((e) => ({ ...e })),
    targets: raw.targets.map((t): TargetConfig => {
      const workload: Workload =
        t.workload.command !== undefined
          ? { kind: 'command', command: t.workload.command }
          : {
              kind: 'lambda',
              functionName: t.workload.lambda as string,
              ...(t.workload.payload !== undefined && { payloadFile: resolve(t.workload.payload) }),
            };
      return {
        policy: t.policy,
        policyPath: resolve(t.policy),
        role: t.role,
        policyName: t['policy-name'] ?? 'iam-mutate-policy',
        workload,
        timeoutMs: parseDuration(t.timeout ?? '30s'),
        ...(t.expect !== undefined && { expect: t.expect }),
        ...(t.probes !== undefined && { probes: t.probes }),
      };
    }),
  };
}

function toEmulatorChoice(value: string): EmulatorChoice {
  if (value === 'embedded' || value === 'localemu') return { kind: value };
  return { kind: 'endpoint', url: value };
}

/** `500ms`, `30s`, `2m` -> milliseconds (the schema has already checked the shape). */
export function parseDuration(text: string): number {
  const match = /^([0-9]+)(ms|s|m)$/.exec(text);
  if (!match) throw new Error(`not a duration: ${text}`);
  const n = Number(match[1]);
  return match[2] === 'ms' ? n : match[2] === 's' ? n * 1000 : n * 60_000;
}
