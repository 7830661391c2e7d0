/** The validated, defaulted configuration the rest of the run works from. */
export type EmulatorChoice =
  { kind: 'embedded' } | { kind: 'localemu' } | { kind: 'endpoint'; url: string };

export type Workload =
  | { kind: 'lambda'; functionName: string; payloadFile?: string }
  | { kind: 'command'; command: string };

export interface TargetConfig {
  /** Policy path as written in the config (reports show this). */
  policy: string;
  /** Absolute path of the policy file. */
  policyPath: string;
  role: string;
  policyName: string;
  workload: Workload;
  timeoutMs: number;
  expect?: unknown;
  /** Commands that must stay denied; they prove Deny statements. */
  probes?: string[];
}

export interface IamMutateConfig {
  /** Absolute path of the config file. */
  file: string;
  /** The directory relative paths resolve against (the repository root). */
  rootDir: string;
  version: 1;
  emulator: EmulatorChoice;
  enforcement: 'strict' | 'soft';
  /** Which mutants are re-run after the replay's prediction. */
  verify: 'all' | 'survivors' | 'none';
  account: string;
  region: string;
  /** Absolute path of the setup script, when there is one. */
  setup?: string;
  substitute: Record<string, string>;
  targets: TargetConfig[];
  /** Lint findings accepted on purpose (`ignore:`); matching findings are marked suppressed. */
  ignore: IgnoreConfig[];
}

export interface IgnoreConfig {
  policy?: string;
  sid?: string;
  code?: string;
  reason: string;
}
