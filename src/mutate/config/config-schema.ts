/**
 * JSON Schema of `.github/iam-mutate.yml`: the one source of the config's shape. The types
 * (config-types.ts), the published `schema/config.schema.json` and docs/config.md are all
 * generated or derived from this object (`npm run schemas`), and tests keep them fresh.
 */
const duration = {
  type: 'string',
  pattern: '^[0-9]+(ms|s|m)$',
  description: 'A duration such as 500ms, 30s or 2m.',
} as const;

const workload = {
  type: 'object',
  description: 'What to run under the policy: invoke a Lambda function, or run a command.',
  additionalProperties: false,
  properties: {
    lambda: { type: 'string', minLength: 1, description: 'Name of the function to invoke.' },
    payload: {
      type: 'string',
      minLength: 1,
      description: 'Path of a JSON file sent as the invocation payload.',
    },
    command: {
      type: 'string',
      minLength: 1,
      description:
        "Shell command run with the role's session credentials and the emulator endpoint.",
    },
  },
  oneOf: [
    { required: ['lambda'], not: { required: ['command'] } },
    {
      required: ['command'],
      not: { anyOf: [{ required: ['lambda'] }, { required: ['payload'] }] },
    },
  ],
} as const;

const target = {
  type: 'object',
  additionalProperties: false,
  required: ['policy', 'role', 'workload'],
  properties: {
    policy: { type: 'string', minLength: 1, description: 'Path of the policy JSON file.' },
    role: { type: 'string', minLength: 1, description: 'Name of the role the policy is put on.' },
    'policy-name': {
      type: 'string',
      // IAM's own rule for PutRolePolicy's PolicyName (API reference, PutRolePolicy).
      pattern: '^[\\w+=,.@-]{1,128}$',
      default: 'iam-mutate-policy',
      description: 'Name of the inline policy (PutRolePolicy) that holds the policy under test.',
    },
    workload,
    timeout: { ...duration, default: '30s' },
    expect: {
      description:
        'A JSON subset the workload response must contain for the run to count as passed.',
    },
    probes: {
      type: 'array',
      minItems: 1,
      items: { type: 'string', minLength: 1 },
      description:
        "Commands run with the role's credentials that the policy must deny. They prove Deny statements: a Deny is justified only if some probe succeeds without it.",
    },
  },
} as const;

const ignoreEntry = {
  type: 'object',
  additionalProperties: false,
  required: ['reason'],
  properties: {
    policy: { type: 'string', minLength: 1, description: 'Policy file, as in targets[].policy.' },
    sid: { type: 'string', description: 'Sid of the statement.' },
    code: {
      type: 'string',
      pattern: '^[A-Z][A-Z_]*$',
      description: 'Finding code, e.g. WILDCARD_RESOURCE (docs/lint-rules.md).',
    },
    reason: { type: 'string', minLength: 1, description: 'Why the finding is acceptable.' },
  },
  anyOf: [{ required: ['policy'] }, { required: ['sid'] }, { required: ['code'] }],
  description: 'One accepted finding: at least one of policy, sid or code, and the reason.',
} as const;

export const configSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/org/iam-mutate/schema/config.schema.json',
  title: 'iam-mutate configuration',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'targets'],
  properties: {
    version: { const: 1, description: 'Version of this file format.' },
    emulator: {
      type: 'string',
      default: 'embedded',
      pattern: '^(embedded|localemu|https?://.+)$',
      description:
        'embedded (in-process, no docker), localemu (boot the LocalEmu container with docker), or the http(s) endpoint of a running emulator.',
    },
    enforcement: {
      enum: ['strict', 'soft'],
      default: 'strict',
      description:
        'How the embedded emulator enforces IAM: strict denies as AWS would; soft logs denials and lets them through.',
    },
    verify: {
      enum: ['all', 'survivors', 'none'],
      default: 'all',
      description:
        "Which mutants are re-run after the offline replay predicts them: all (default), only predicted survivors, or none (trust the replay; needs the embedded emulator's authorization log).",
    },
    account: {
      type: 'string',
      pattern: '^[0-9]{12}$',
      default: '000000000000',
      description: "The emulator's account id (quote it in YAML so the digits stay a string).",
    },
    region: {
      type: 'string',
      pattern: '^[a-z]{2}(-[a-z]+)+-[0-9]+$',
      default: 'us-east-1',
      description: 'The region workloads and setup are pointed at.',
    },
    setup: {
      type: 'string',
      minLength: 1,
      description:
        'Script run once as admin against the emulator; may append KEY=VALUE lines to $IAM_MUTATE_OUTPUT.',
    },
    env: {
      type: 'array',
      items: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
      uniqueItems: true,
      description:
        "Names of host environment variables passed on to the setup script and command workloads, beyond the built-in allow-list (PATH, HOME, locale, TZ, TMPDIR, language toolchains' variables such as PYTHONPATH, VIRTUAL_ENV, NODE_PATH, JAVA_HOME, GOPATH). AWS_*, proxies, INPUT_*, ACTIONS_* and GITHUB_TOKEN are never passed.",
    },
    substitute: {
      type: 'object',
      additionalProperties: { type: 'string' },
      description:
        'Text replacements applied to policy text before it is attached; values may use ${KEY} from setup outputs.',
    },
    targets: {
      type: 'array',
      minItems: 1,
      items: target,
      description: 'The policies under test, each with the role it is put on and its workload.',
    },
    ignore: {
      type: 'array',
      items: ignoreEntry,
      description:
        'Lint findings accepted on purpose. A matching finding stays in the report, marked suppressed with the reason; it no longer fails --fail-on finding.',
    },
  },
} as const;
