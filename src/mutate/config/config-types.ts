/**
 * The config's types. Its shape as written is the JSON schema's (config-schema.ts, the one
 * source, documented in docs/config.md); `IamMutateConfig` is that shape validated, with
 * defaults filled in, paths resolved and the emulator/workload choices made explicit.
 */
import type { SourcePosition } from '../../common/diagnostic.js';
import type { FromSchema } from '../../common/schema-type.js';
import type { configSchema } from './config-schema.js';

/** The config file as the schema accepts it, before defaults. */
export type RawConfig = FromSchema<typeof configSchema>;
export type RawTarget = RawConfig['targets'][number];

export type EmulatorChoice =
  { kind: 'embedded' } | { kind: 'localemu' } | { kind: 'endpoint'; url: string };

export type Workload =
  | { kind: 'lambda'; functionName: string; payloadFile?: string }
  | { kind: 'command'; command: string };

export interface TargetConfig {
  /** Policy path as written in the config (reports show this). */
  policy: RawTarget['policy'];
  /** Absolute path of the policy file. */
  policyPath: string;
  role: RawTarget['role'];
  policyName: NonNullable<RawTarget['policy-name']>;
  workload: Workload;
  timeoutMs: number;
  expect?: RawTarget['expect'];
  /** Commands that must stay denied; they prove Deny statements. */
  probes?: RawTarget['probes'];
}

export interface IamMutateConfig {
  /** Absolute path of the config file. */
  file: string;
  /** The directory relative paths resolve against (the repository root). */
  rootDir: string;
  version: RawConfig['version'];
  emulator: EmulatorChoice;
  enforcement: NonNullable<RawConfig['enforcement']>;
  /** Which mutants are re-run after the replay's prediction. */
  verify: NonNullable<RawConfig['verify']>;
  account: string;
  region: string;
  /** Absolute path of the setup script, when there is one. */
  setup?: string;
  substitute: NonNullable<RawConfig['substitute']>;
  /** Host variables passed to setup and command workloads beyond the built-in allow-list. */
  env: string[];
  targets: TargetConfig[];
  /** Lint findings accepted on purpose (`ignore:`); matching findings are marked suppressed. */
  ignore: IgnoreConfig[];
  /**
   * Where a key of the config file is (file as the user named it, line, column), for problems
   * found only while running (a `${KEY}` setup never wrote, a role setup never created).
   * Set by parseConfig; not enumerable, so it is not part of the config's value.
   */
  locate?: (keyPath: (string | number)[]) => ConfigLocation;
}

export interface ConfigLocation {
  file: string;
  position?: SourcePosition;
  /** Dotted path of the key, e.g. `targets[0].role`. */
  key: string;
}

export type IgnoreConfig = NonNullable<RawConfig['ignore']>[number];
