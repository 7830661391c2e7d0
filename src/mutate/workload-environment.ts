/**
 * The environment a workload (setup script or command) runs in: built from an allow-list of the
 * host's variables, never by copying the host's environment minus a few names, plus the
 * emulator's endpoint and the credentials it should act with. This keeps "never touch real
 * AWS" and "no secret reaches the code under test": a CI runner's ACTIONS_ID_TOKEN_REQUEST_TOKEN
 * (exchangeable for real AWS credentials), GITHUB_TOKEN, INPUT_* or AWS_PROFILE never reach the
 * workload, and no proxy sees its signed emulator traffic.
 */
export interface EmulatorCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** Host variables a workload needs to run at all: shell, locale, temp dir, toolchains. */
const ALLOWED = new Set([
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'SHELL',
  'TERM',
  'LANG',
  'LANGUAGE',
  'TZ',
  'TMPDIR',
  'TEMP',
  'TMP',
  // Language toolchains: where interpreters and their libraries are.
  'PYTHONPATH',
  'PYTHONHOME',
  'PYTHONUSERBASE',
  'VIRTUAL_ENV',
  'CONDA_PREFIX',
  'NODE_PATH',
  'JAVA_HOME',
  'GOPATH',
  'GOROOT',
  'GOCACHE',
  'GOMODCACHE',
  'GOFLAGS',
  'CARGO_HOME',
  'RUSTUP_HOME',
  'GEM_HOME',
  'GEM_PATH',
  'BUNDLE_PATH',
  'DOTNET_ROOT',
  'NVM_DIR',
  'PYENV_ROOT',
  'RBENV_ROOT',
  // Windows system paths.
  'SYSTEMROOT',
  'SystemRoot',
  'WINDIR',
  'COMSPEC',
  'PATHEXT',
]);

/**
 * Never passed, even when the config's `env:` names them: tokens of the CI runner, action
 * inputs, and anything that would make an SDK reach real AWS or route traffic via a proxy.
 */
const NEVER =
  /^(AWS_|AMAZON_|BOTO_|BOTOCORE_|INPUT_|ACTIONS_|HTTPS?_PROXY$|ALL_PROXY$|NO_PROXY$)|^(https?_proxy|all_proxy|no_proxy|GITHUB_TOKEN|GH_TOKEN)$/i;

/** Whether a host variable named in the config's `env:` may be passed on at all. */
export function forbiddenWorkloadVariable(name: string): boolean {
  return NEVER.test(name);
}

/** The host variables a workload gets: the allow-list, LC_*, and the config's `env:` names. */
export function allowedHostEnvironment(
  hostEnv: Readonly<Record<string, string | undefined>>,
  extraNames: readonly string[] = [],
): Record<string, string> {
  const extra = new Set(extraNames);
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(hostEnv)) {
    if (value === undefined || NEVER.test(key)) continue;
    if (ALLOWED.has(key) || key.startsWith('LC_') || extra.has(key)) env[key] = value;
  }
  return env;
}

export function workloadEnvironment(
  hostEnv: Readonly<Record<string, string | undefined>>,
  endpointUrl: string,
  region: string,
  credentials: EmulatorCredentials,
  extra: Readonly<Record<string, string>> = {},
  emptyConfigFile: string,
  /** Further host variables to pass (the config's `env:`). */
  extraNames: readonly string[] = [],
): Record<string, string> {
  const noProxy = noProxyFor(endpointUrl);
  return {
    ...allowedHostEnvironment(hostEnv, extraNames),
    ...extra,
    // The proxies were dropped above; NO_PROXY also covers tools that read proxy settings
    // from elsewhere (git config, .npmrc) or a proxy a toolchain variable points at.
    NO_PROXY: noProxy,
    no_proxy: noProxy,
    AWS_ENDPOINT_URL: endpointUrl,
    AWS_REGION: region,
    AWS_DEFAULT_REGION: region,
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    ...(credentials.sessionToken !== undefined && { AWS_SESSION_TOKEN: credentials.sessionToken }),
    // Never read ~/.aws: an empty file for both, so no profile can leak in.
    AWS_CONFIG_FILE: emptyConfigFile,
    AWS_SHARED_CREDENTIALS_FILE: emptyConfigFile,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_PAGER: '',
  };
}

/** The emulator's host, loopback names, and nothing else. */
function noProxyFor(endpointUrl: string): string {
  let host = '';
  try {
    host = new URL(endpointUrl).hostname.replace(/^\[|\]$/g, '');
  } catch {
    // Not a URL: loopback still bypasses any proxy.
  }
  return [...new Set([host, 'localhost', '127.0.0.1', '::1'].filter((h) => h !== ''))].join(',');
}
