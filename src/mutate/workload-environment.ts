/**
 * The environment a workload (setup script or command) runs in: the host's environment with
 * every AWS credential and profile setting removed, plus the emulator's endpoint and the
 * credentials it should act with. This is how "never touch real AWS" is kept: nothing the
 * workload can read points at a real account.
 */
export interface EmulatorCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** Variables that could make an SDK reach real AWS or use other credentials. */
const STRIPPED = /^(AWS_|AMAZON_|BOTO_|BOTOCORE_)/;

export function workloadEnvironment(
  hostEnv: Readonly<Record<string, string | undefined>>,
  endpointUrl: string,
  region: string,
  credentials: EmulatorCredentials,
  extra: Readonly<Record<string, string>> = {},
  emptyConfigFile: string,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(hostEnv)) {
    if (value !== undefined && !STRIPPED.test(key)) env[key] = value;
  }
  return {
    ...env,
    ...extra,
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
