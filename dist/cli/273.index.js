export const id = 273;
export const ids = [273];
export const modules = {

/***/ 7059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ loadConfigFile)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(1922);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/mutate/config/config-diagnostics.ts

function schemaDiagnostics(errors, doc, file, at) {
    const seen = new Set();
    const out = [];
    for (const error of errors) {
        const described = describeSchemaError(error);
        if (!described)
            continue;
        const position = locate(doc, described.path, described.onKey, at);
        const key = formatKeyPath(described.path);
        const id = `${key}\u0000${described.message}`;
        if (seen.has(id))
            continue;
        seen.add(id);
        out.push({
            file,
            position,
            key: key || undefined,
            message: described.message,
            severity: 'error',
        });
    }
    return out.sort((a, b) => (a.position?.line ?? 0) - (b.position?.line ?? 0) ||
        (a.position?.column ?? 0) - (b.position?.column ?? 0));
}
function describeSchemaError(error) {
    const path = instancePath(error.instancePath);
    const name = path.length > 0 ? String(path[path.length - 1]) : 'config';
    // A failed oneOf also reports why each branch failed; its own summary says it better.
    if (error.schemaPath.includes('/oneOf/'))
        return undefined;
    switch (error.keyword) {
        case 'additionalProperties': {
            const extra = String(error.params.additionalProperty);
            return { path: [...path, extra], onKey: true, message: `unknown key '${extra}'` };
        }
        case 'required':
            return {
                path,
                onKey: false,
                message: `'${name}' is missing required key '${String(error.params.missingProperty)}'`,
            };
        case 'oneOf':
            if (path[path.length - 1] === 'workload') {
                return {
                    path,
                    onKey: false,
                    message: "workload needs exactly one of 'lambda' (with optional 'payload') or 'command'",
                };
            }
            return { path, onKey: false, message: `'${name}' ${error.message ?? 'is invalid'}` };
        case 'type': {
            // YAML reads `account: 000000000000` as the number 0; say how to keep the digits.
            const hint = name === 'account' ? ' (quote it: account: "000000000000")' : '';
            return {
                path,
                onKey: false,
                message: `'${name}' must be a ${String(error.params.type)}${hint}`,
            };
        }
        case 'const':
            return {
                path,
                onKey: false,
                message: `'${name}' must be ${JSON.stringify(error.params.allowedValue)}`,
            };
        case 'enum':
            return {
                path,
                onKey: false,
                message: `'${name}' must be one of: ${error.params.allowedValues.join(', ')}`,
            };
        case 'pattern':
            return { path, onKey: false, message: patternMessage(name) };
        default:
            return { path, onKey: false, message: `'${name}' ${error.message ?? 'is invalid'}` };
    }
}
function patternMessage(name) {
    switch (name) {
        case 'emulator':
            return "'emulator' must be embedded, localemu, or an http(s):// endpoint URL";
        case 'account':
            return "'account' must be a 12-digit AWS account id";
        case 'region':
            return "'region' must be a region name such as us-east-1";
        case 'timeout':
            return "'timeout' must be a duration such as 500ms, 30s or 2m";
        case 'policy-name':
            return "'policy-name' must be 1 to 128 letters, digits and +=,.@_- (IAM's rule for policy names)";
        default:
            return `'${name}' has an invalid format`;
    }
}
function instancePath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((seg) => seg.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((seg) => (/^[0-9]+$/.test(seg) ? Number(seg) : seg));
}
function formatKeyPath(path) {
    return path
        .map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? seg : `.${seg}`))
        .join('');
}
/** Finds the YAML node for a JSON path; falls back to the nearest ancestor that exists. */
function locate(doc, path, onKey, at) {
    for (let depth = path.length; depth >= 0; depth--) {
        const prefix = path.slice(0, depth);
        if (onKey && depth === path.length && depth > 0) {
            const parent = depth === 1 ? doc.contents : doc.getIn(prefix.slice(0, -1), true);
            const keyOffset = findKeyOffset(parent, prefix[prefix.length - 1]);
            if (keyOffset !== undefined)
                return at(keyOffset);
            continue;
        }
        const node = depth === 0 ? doc.contents : doc.getIn(prefix, true);
        if ((0,dist/* isNode */.Ll)(node) && node.range)
            return at(node.range[0]);
    }
    return { line: 1, column: 1 };
}
function findKeyOffset(parent, key) {
    if (!parent || typeof parent !== 'object' || !('items' in parent))
        return undefined;
    for (const item of parent.items) {
        const pairKey = item.key;
        if ((0,dist/* isNode */.Ll)(pairKey) && pairKey.value === key && pairKey.range) {
            return pairKey.range[0];
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/mutate/config/config-schema.ts
/**
 * JSON Schema of `.github/iam-mutate.yml`: the one source of the config's shape. The types
 * (config-types.ts), the published `schema/config.schema.json` and docs/config.md are all
 * generated or derived from this object (`npm run schemas`), and tests keep them fresh.
 */
const duration = {
    type: 'string',
    pattern: '^[0-9]+(ms|s|m)$',
    description: 'A duration such as 500ms, 30s or 2m.',
};
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
            description: "Shell command run with the role's session credentials and the emulator endpoint.",
        },
    },
    oneOf: [
        { required: ['lambda'], not: { required: ['command'] } },
        {
            required: ['command'],
            not: { anyOf: [{ required: ['lambda'] }, { required: ['payload'] }] },
        },
    ],
};
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
            description: 'A JSON subset the workload response must contain for the run to count as passed.',
        },
        probes: {
            type: 'array',
            minItems: 1,
            items: { type: 'string', minLength: 1 },
            description: "Commands run with the role's credentials that the policy must deny. They prove Deny statements: a Deny is justified only if some probe succeeds without it.",
        },
    },
};
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
};
const configSchema = {
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
            description: 'embedded (in-process, no docker), localemu (boot the LocalEmu container with docker), or the http(s) endpoint of a running emulator.',
        },
        enforcement: {
            enum: ['strict', 'soft'],
            default: 'strict',
            description: 'How the embedded emulator enforces IAM: strict denies as AWS would; soft logs denials and lets them through.',
        },
        verify: {
            enum: ['all', 'survivors', 'none'],
            default: 'all',
            description: "Which mutants are re-run after the offline replay predicts them: all (default), only predicted survivors, or none (trust the replay; needs the embedded emulator's authorization log).",
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
            description: 'Script run once as admin against the emulator; may append KEY=VALUE lines to $IAM_MUTATE_OUTPUT.',
        },
        env: {
            type: 'array',
            items: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
            uniqueItems: true,
            description: "Names of host environment variables passed on to the setup script and command workloads, beyond the built-in allow-list (PATH, HOME, locale, TZ, TMPDIR, language toolchains' variables such as PYTHONPATH, VIRTUAL_ENV, NODE_PATH, JAVA_HOME, GOPATH). AWS_*, proxies, INPUT_*, ACTIONS_* and GITHUB_TOKEN are never passed.",
        },
        substitute: {
            type: 'object',
            additionalProperties: { type: 'string' },
            description: 'Text replacements applied to policy text before it is attached; values may use ${KEY} from setup outputs.',
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
            description: 'Lint findings accepted on purpose. A matching finding stays in the report, marked suppressed with the reason; it no longer fails --fail-on finding.',
        },
    },
};

// EXTERNAL MODULE: ./src/mutate/workload-environment.ts
var workload_environment = __webpack_require__(1417);
;// CONCATENATED MODULE: ./src/mutate/config/to-config.ts

/** The schema-valid config with its defaults filled in and its paths resolved. */
function toConfig(raw, source) {
    const resolve = (p) => external_node_path_default().resolve(source.rootDir, p);
    return {
        file: external_node_path_default().resolve(source.rootDir, source.file),
        rootDir: external_node_path_default().resolve(source.rootDir),
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
        targets: raw.targets.map((t) => {
            const workload = t.workload.command !== undefined
                ? { kind: 'command', command: t.workload.command }
                : {
                    kind: 'lambda',
                    functionName: t.workload.lambda,
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
function toEmulatorChoice(value) {
    if (value === 'embedded' || value === 'localemu')
        return { kind: value };
    return { kind: 'endpoint', url: value };
}
/** `500ms`, `30s`, `2m` -> milliseconds (the schema has already checked the shape). */
function parseDuration(text) {
    const match = /^([0-9]+)(ms|s|m)$/.exec(text);
    if (!match)
        throw new Error(`not a duration: ${text}`);
    const n = Number(match[1]);
    return match[2] === 'ms' ? n : match[2] === 's' ? n * 1000 : n * 60_000;
}

;// CONCATENATED MODULE: ./src/mutate/config/semantic-checks.ts



/** Lambda's own limits on a function's timeout: what a workload may be given. */
const MIN_TIMEOUT_MS = 1_000;
const MAX_TIMEOUT_MS = 15 * 60_000;
/**
 * What the schema cannot say about a schema-valid config, located like schema errors:
 * timeouts out of bounds, `env:` names that are never passed on, and emulator endpoints that
 * are not on this machine (a run signs admin requests toward it; never toward AWS).
 */
function semanticDiagnostics(raw, doc, file, at) {
    const out = [];
    const report = (keyPath, message) => out.push({
        file,
        position: locate(doc, keyPath, false, at),
        key: formatKeyPath(keyPath),
        message,
        severity: 'error',
    });
    raw.targets.forEach((t, i) => {
        if (t.timeout === undefined)
            return;
        const ms = parseDuration(t.timeout);
        if (ms < MIN_TIMEOUT_MS || ms > MAX_TIMEOUT_MS) {
            report(['targets', i, 'timeout'], `timeout ${t.timeout} is out of bounds: between 1s and 15m (Lambda's maximum)`);
        }
    });
    (raw.env ?? []).forEach((name, i) => {
        if ((0,workload_environment/* forbiddenWorkloadVariable */.tr)(name)) {
            report(['env', i], `${name} is never passed to workloads (AWS settings, proxies, CI tokens and action inputs stay with iam-mutate)`);
        }
    });
    return out;
}

;// CONCATENATED MODULE: ./src/mutate/config/load-config.ts









let compiled;
/** Compiled on first use so `--help` and `--version` do not pay for it. */
function validator() {
    // strictRequired is off because the workload's oneOf names keys inside `not` on purpose.
    compiled ??= new ajv.Ajv({ allErrors: true, strict: true, strictRequired: false }).compile(configSchema);
    return compiled;
}
/**
 * Parses and validates the config text. Pure: the caller reads the file. Throws InputError
 * with every problem found, each located at file:line:column of the offending key.
 */
function parseConfig(text, source) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { line, column: col };
    };
    const syntax = doc.errors.map((e) => ({
        file: source.file,
        position: at(e.pos[0]),
        message: `invalid YAML: ${firstLine(e.message)}`,
        severity: 'error',
    }));
    if (syntax.length > 0)
        throw new errors/* InputError */.dz(syntax);
    const data = toData(doc, source.file, at);
    if (data === null || data === undefined) {
        throw new errors/* InputError */.dz([
            { file: source.file, message: 'config file is empty', severity: 'error' },
        ]);
    }
    const validate = validator();
    if (!validate(data)) {
        throw new errors/* InputError */.dz(schemaDiagnostics(validate.errors ?? [], doc, source.file, at));
    }
    const semantic = semanticDiagnostics(data, doc, source.file, at);
    if (semantic.length > 0)
        throw new errors/* InputError */.dz(semantic);
    const config = toConfig(data, source);
    Object.defineProperty(config, 'locate', {
        enumerable: false,
        value: (keyPath) => ({
            file: source.file,
            position: locate(doc, keyPath, false, at),
            key: formatKeyPath(keyPath),
        }),
    });
    if (source.fileExists) {
        const missing = missingFiles(data, source, source.fileExists);
        if (missing.length > 0) {
            throw new errors/* InputError */.dz(missing.map(({ path: keyPath, value }) => ({
                file: source.file,
                position: locate(doc, keyPath, false, at),
                key: formatKeyPath(keyPath),
                message: `file not found: ${value}`,
                severity: 'error',
            })));
        }
    }
    return config;
}
/** The config keys that name files, with their JSON paths. */
function missingFiles(raw, source, exists) {
    const named = [];
    if (raw.setup !== undefined)
        named.push({ path: ['setup'], value: raw.setup });
    raw.targets.forEach((t, i) => {
        named.push({ path: ['targets', i, 'policy'], value: t.policy });
        if (t.workload.payload !== undefined) {
            named.push({ path: ['targets', i, 'workload', 'payload'], value: t.workload.payload });
        }
    });
    return named.filter(({ value }) => !exists(external_node_path_default().resolve(source.rootDir, value)));
}
/** Aliases a config may expand: far more than any real one uses, far fewer than a bomb. */
const MAX_ALIAS_COUNT = 100;
/** The document's value; an alias bomb is bad input at its first alias, not a hang or a crash. */
function toData(doc, file, at) {
    try {
        return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        if (!(error instanceof ReferenceError))
            throw error;
        let first;
        (0,dist/* visit */.YR)(doc, {
            Alias(_, node) {
                first = node.range?.[0];
                return dist/* visit */.YR.BREAK;
            },
        });
        throw new errors/* InputError */.dz([
            {
                file,
                ...(first !== undefined && { position: at(first) }),
                message: `invalid YAML: ${firstLine(error.message)} (aliases expand to more than ${MAX_ALIAS_COUNT} nodes)`,
                severity: 'error',
            },
        ]);
    }
}
function firstLine(message) {
    return message.split('\n')[0] ?? message;
}

;// CONCATENATED MODULE: ./src/app/load-config-file.ts




/**
 * Reads and validates the config file as the user named it, relative to `cwd` (the CLI's
 * working directory, the action's GITHUB_WORKSPACE), which is also the root that policy
 * paths in the config are relative to.
 */
function loadConfigFile(configPath, cwd) {
    const absolute = external_node_path_default().resolve(cwd, configPath);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(absolute, 'utf8');
    }
    catch (error) {
        const reason = error.code === 'ENOENT' ? 'not found' : 'unreadable';
        throw new errors/* InputError */.dz([
            { file: configPath, message: `config file ${reason}`, severity: 'error' },
        ]);
    }
    return parseConfig(text, { file: configPath, rootDir: cwd, fileExists: external_node_fs_.existsSync });
}


/***/ }),

/***/ 8239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gn: () => (/* binding */ readRememberedTimings),
  h0: () => (/* binding */ rememberTimings),
  io: () => (/* binding */ runPlanTimed)
});

// UNUSED EXPORTS: TIMINGS_FILE

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(1922);
// EXTERNAL MODULE: ./src/lint/index.ts + 2 modules
var lint = __webpack_require__(1152);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/emulator/internal-client.ts
var internal_client = __webpack_require__(4148);
;// CONCATENATED MODULE: ./src/mutate/backends/authz-log-client.ts

const PAGE = 5_000;
/**
 * The authorization log of an endpoint, when it keeps one: probed once (the emulator's health
 * answer carries the log's cursor), so the run carries the capability as a typed reader
 * rather than discovering its absence call by call.
 */
async function connectAuthorizationLog(endpoint, accountId, 
/** Admin credentials for the internal endpoints (they refuse anyone else). */
auth = internal_client/* WELL_KNOWN_ADMIN */.RO) {
    const health = await readHealth(endpoint, auth);
    return health === undefined ? undefined : authorizationLogClient(endpoint, accountId, auth);
}
/** `/_iam-mutate/health`: the log's cursor; undefined when the endpoint is not one that logs. */
async function readHealth(endpoint, auth = internal_client/* WELL_KNOWN_ADMIN */.RO) {
    try {
        const response = await (0,internal_client/* internalFetch */.OW)(endpoint, '/_iam-mutate/health', auth);
        if (!response.ok)
            return undefined;
        const body = (await response.json());
        return typeof body.cursor === 'number' ? { cursor: body.cursor } : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Reads the embedded emulator's authorization log over HTTP (`/_iam-mutate/authz-log`),
 * keeping only the decisions made for sessions of one role, and of their matched statements
 * only those of the policy under test (the inline policy `policyName` on that role).
 */
function authorizationLogClient(endpoint, accountId, auth = internal_client/* WELL_KNOWN_ADMIN */.RO) {
    const base = endpoint.replace(/\/$/, '');
    return {
        async mark() {
            const health = await readHealth(base, auth);
            if (health === undefined)
                throw new Error(`${base}/_iam-mutate/health gave no log cursor`);
            return String(health.cursor);
        },
        async readSince(cursor, role, policyName) {
            const sessionPrefix = `arn:aws:sts::${accountId}:assumed-role/${role}/`;
            const inlineSuffix = `role/${role}/inline/${policyName}`;
            const calls = [];
            let after = Number(cursor);
            for (;;) {
                const page = (await getJson(base, `/_iam-mutate/authz-log?after=${after}&limit=${PAGE}`, auth));
                for (const r of page.records) {
                    if (!r.principal.arn.startsWith(sessionPrefix) || r.bypass !== undefined)
                        continue;
                    const ours = r.matched.filter((m) => m.policyKind === 'identity' && m.policyId.endsWith(inlineSuffix));
                    calls.push({
                        action: r.action,
                        resource: r.resource,
                        decision: r.decision,
                        principalArn: r.principal.arn,
                        context: r.context,
                        // Only other identity policies are known to grant on their own: a resource policy
                        // statement may merely delegate to IAM (a KMS key policy naming the account), and
                        // boundary and session statements only limit. Counting less here can only make a
                        // prediction more pessimistic, which the re-run then corrects and reports.
                        grantedElsewhere: r.decision === 'allow'
                            ? r.matched.filter((m) => m.policyKind === 'identity').length - ours.length
                            : 0,
                        matched: ours.map((m) => ({
                            policyId: m.policyId,
                            index: m.index,
                            ...(m.sid !== undefined && { sid: m.sid }),
                        })),
                    });
                }
                if (page.records.length < PAGE)
                    return calls;
                after = page.cursor;
            }
        },
    };
}
async function getJson(base, path, auth) {
    const response = await (0,internal_client/* internalFetch */.OW)(base, path, auth);
    if (!response.ok) {
        throw new Error(`GET ${base}${path} answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
    }
    return response.json();
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var dist_cjs = __webpack_require__(6764);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-lambda/dist-cjs/index.js
var client_lambda_dist_cjs = __webpack_require__(1696);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/mutate/workload-environment.ts
var workload_environment = __webpack_require__(1417);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/mutate/backends/command-workload.ts


const MAX_CAPTURE = 1024 * 1024;
/**
 * Runs a shell command as the workload, in its own process group so that a timeout kills
 * everything it started, not just the shell. Output beyond 1 MiB per stream is dropped
 * (the head is kept: AccessDenied messages come early). When `signal` is aborted (the run is
 * interrupted), the whole group is killed at once and the promise rejects with RunInterrupted.
 */
function runCommandWorkload(command, options) {
    const { signal } = options;
    (0,errors/* throwIfInterrupted */.sK)(signal);
    return new Promise((resolve, reject) => {
        const started = Date.now();
        // Extra args become $0, $1, ... of the command, so paths need no shell quoting.
        const child = (0,external_node_child_process_.spawn)('/bin/sh', ['-c', command, ...(options.args ?? [])], {
            cwd: options.cwd,
            env: options.env,
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true,
        });
        const stdout = [];
        const stderr = [];
        const collect = (into) => {
            let size = 0;
            return (chunk) => {
                if (size >= MAX_CAPTURE)
                    return;
                into.push(chunk.subarray(0, MAX_CAPTURE - size));
                size += chunk.length;
            };
        };
        child.stdout.on('data', collect(stdout));
        child.stderr.on('data', collect(stderr));
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            killGroup(child.pid);
        }, options.timeoutMs);
        const interrupt = () => killGroup(child.pid);
        signal?.addEventListener('abort', interrupt, { once: true });
        child.on('error', (error) => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', interrupt);
            reject(error);
        });
        child.on('close', (code, exitSignal) => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', interrupt);
            // The shell may be gone while its children still run: end the whole group.
            killGroup(child.pid);
            const interrupted = (0,errors/* interruptionOf */.nS)(undefined, signal);
            if (interrupted) {
                interrupted.during.push(`the command \`${command}\` (process group ${child.pid})`);
                interrupted.undone.push(`killed the command's process group ${child.pid}`);
                reject(interrupted);
                return;
            }
            if (timedOut) {
                resolve({ kind: 'timeout', afterMs: Date.now() - started });
                return;
            }
            resolve({
                kind: 'exited',
                exitCode: code ?? (exitSignal ? 128 : 1),
                stdout: Buffer.concat(stdout).toString('utf8'),
                stderr: Buffer.concat(stderr).toString('utf8'),
            });
        });
    });
}
function killGroup(pid) {
    if (pid === undefined)
        return;
    try {
        process.kill(-pid, 'SIGKILL');
    }
    catch {
        // Already gone.
    }
}

;// CONCATENATED MODULE: ./src/mutate/backends/invoke-function.ts


/**
 * One synchronous invoke of a Lambda workload, cut off at the target's timeout. A missing
 * function is the config's fault (or setup's) and says which; anything else the SDK throws
 * is a broken run.
 */
async function invokeFunction(lambda, functionName, payload, timeoutMs, 
/** The run's stop signal: an interrupted run stops waiting for the function. */
signal) {
    const started = Date.now();
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    try {
        const out = await lambda.send(new client_lambda_dist_cjs/* InvokeCommand */.mdN({
            FunctionName: functionName,
            InvocationType: 'RequestResponse',
            LogType: 'Tail',
            ...(payload !== undefined && { Payload: payload }),
        }), { abortSignal: signal ? AbortSignal.any([abort.signal, signal]) : abort.signal });
        const text = out.Payload === undefined ? '' : Buffer.from(out.Payload).toString('utf8');
        const parsed = parseJson(text);
        const log = out.LogResult === undefined
            ? undefined
            : Buffer.from(out.LogResult, 'base64').toString('utf8');
        if (out.FunctionError !== undefined) {
            const body = (parsed ?? {});
            return {
                kind: 'returned',
                payload: parsed,
                functionError: {
                    type: body.errorType ?? out.FunctionError,
                    message: body.errorMessage ?? text.slice(0, 500),
                },
                ...(log !== undefined && { log }),
            };
        }
        return { kind: 'returned', payload: parsed, ...(log !== undefined && { log }) };
    }
    catch (error) {
        const interrupted = (0,errors/* interruptionOf */.nS)(undefined, signal);
        if (interrupted) {
            interrupted.during.push(`invoking ${functionName}`);
            throw interrupted;
        }
        if (abort.signal.aborted)
            return { kind: 'timeout', afterMs: Date.now() - started };
        if (error instanceof client_lambda_dist_cjs/* ResourceNotFoundException */.lBX) {
            throw new errors/* InputError */.dz(`function '${functionName}' does not exist on the emulator: create it in the setup script, or fix the target's workload.lambda`);
        }
        const name = error.name ?? 'Error';
        throw new errors/* RunError */.e4(`invoking ${functionName} failed: ${name}: ${error.message}`, {
            cause: error,
        });
    }
    finally {
        clearTimeout(timer);
    }
}
function parseJson(text) {
    if (text === '')
        return null;
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}

;// CONCATENATED MODULE: ./src/mutate/backends/aws-sdk-backend.ts








/**
 * Drives any AWS-compatible endpoint with the AWS SDK: the embedded emulator and an external
 * LocalEmu container take the same code path. Clients are built with the endpoint and
 * explicit credentials only, so nothing from the host's AWS configuration is used.
 */
function awsSdkBackend(options) {
    const clientConfig = {
        endpoint: options.endpoint,
        region: options.region,
        credentials: options.admin,
        maxAttempts: 1,
    };
    const iam = new dist_cjs/* IAMClient */.h8v(clientConfig);
    const lambda = new client_lambda_dist_cjs/* LambdaClient */.Nox(clientConfig);
    const sts = new client_sts_dist_cjs/* STSClient */.iM(clientConfig);
    return {
        ...(options.authorizationLog && { authorizationLog: options.authorizationLog }),
        ...(options.signal && { signal: options.signal }),
        async putRolePolicy(role, policyName, policyText) {
            await iam.send(new dist_cjs/* PutRolePolicyCommand */.pMt({
                RoleName: role,
                PolicyName: policyName,
                PolicyDocument: policyText,
            }));
        },
        async getRolePolicy(role, policyName) {
            await requireRole(iam, role);
            try {
                const out = await iam.send(new dist_cjs/* GetRolePolicyCommand */.WHQ({ RoleName: role, PolicyName: policyName }));
                // IAM returns the document URL-encoded (RFC 3986), as AWS does.
                return out.PolicyDocument === undefined
                    ? undefined
                    : decodeURIComponent(out.PolicyDocument);
            }
            catch (error) {
                if (error instanceof dist_cjs/* NoSuchEntityException */.vir)
                    return undefined;
                throw error;
            }
        },
        async deleteRolePolicy(role, policyName) {
            await iam.send(new dist_cjs/* DeleteRolePolicyCommand */.Tt({ RoleName: role, PolicyName: policyName }));
        },
        async runWorkload(target) {
            if (target.workload.kind === 'lambda') {
                const payload = target.workload.payloadFile === undefined
                    ? undefined
                    : await (0,promises_.readFile)(target.workload.payloadFile);
                return invokeFunction(lambda, target.workload.functionName, payload, target.timeoutMs, options.signal);
            }
            const credentials = await assumeRole(sts, options.accountId, target.role);
            return runCommandWorkload(target.workload.command, {
                cwd: options.rootDir,
                timeoutMs: target.timeoutMs,
                ...(options.signal && { signal: options.signal }),
                env: (0,workload_environment/* workloadEnvironment */.Dx)(options.hostEnv, options.endpoint, options.region, credentials, {}, options.emptyConfigFile, options.envNames),
            });
        },
    };
}
/** The target's role is not on the emulator; the run locates it at the target's `role:`. */
class RoleNotFoundError extends errors/* InputError */.dz {
    role;
    constructor(role) {
        super(RoleNotFoundError.message(role));
        this.role = role;
    }
    static message(role) {
        return `role '${role}' does not exist on the emulator: create it in the setup script, or fix the target's role`;
    }
}
/** A missing role is the config's fault (or setup's): say which, instead of an SDK trace. */
async function requireRole(iam, role) {
    try {
        await iam.send(new dist_cjs/* GetRoleCommand */.kbp({ RoleName: role }));
    }
    catch (error) {
        if (error instanceof dist_cjs/* NoSuchEntityException */.vir) {
            throw new RoleNotFoundError(role);
        }
        throw error;
    }
}
async function assumeRole(sts, accountId, role) {
    const out = await sts.send(new client_sts_dist_cjs/* AssumeRoleCommand */.QL({
        RoleArn: `arn:aws:iam::${accountId}:role/${role}`,
        RoleSessionName: 'iam-mutate-workload',
    }));
    const c = out.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey) {
        throw new errors/* RunError */.e4(`AssumeRole on ${role} returned no credentials`);
    }
    return {
        accessKeyId: c.AccessKeyId,
        secretAccessKey: c.SecretAccessKey,
        ...(c.SessionToken !== undefined && { sessionToken: c.SessionToken }),
    };
}

// EXTERNAL MODULE: ./src/mutate/load-policy.ts
var load_policy = __webpack_require__(5323);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/mutate/loopback-endpoint.ts


/**
 * A run signs admin requests (PutRolePolicy, AssumeRole) toward its emulator endpoint, so the
 * endpoint must be on this machine: `emulator: https://sts.amazonaws.com` must never reach AWS,
 * even with no credentials to send. A remote emulator (a container on another host) needs the
 * explicit `--allow-remote-emulator`, and AWS's own domains are refused even then.
 */
function checkEmulatorEndpoint(config, endpointFlag, allowRemote) {
    if (endpointFlag !== undefined) {
        const problem = endpointProblem(endpointFlag, allowRemote);
        if (problem)
            throw new errors/* InputError */.dz(`run: --endpoint ${endpointFlag}: ${problem}`);
        return;
    }
    if (config.emulator.kind !== 'endpoint')
        return;
    const problem = endpointProblem(config.emulator.url, allowRemote);
    if (!problem)
        return;
    const where = config.locate?.(['emulator']);
    throw new errors/* InputError */.dz([
        {
            file: where?.file ?? config.file,
            ...(where?.position && { position: where.position }),
            key: 'emulator',
            message: `emulator ${config.emulator.url}: ${problem}`,
            severity: 'error',
        },
    ]);
}
function endpointProblem(url, allowRemote) {
    let host;
    try {
        host = new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
    }
    catch {
        return 'not a URL';
    }
    if (/(^|\.)(amazonaws\.com|amazonaws\.com\.cn|aws\.amazon\.com|api\.aws)\.?$/.test(host)) {
        return 'is AWS itself; iam-mutate only talks to an emulator';
    }
    if (isLoopback(host) || allowRemote)
        return undefined;
    return 'is not a loopback address (localhost, 127.0.0.1, ::1); pass --allow-remote-emulator to use an emulator on another host';
}
function isLoopback(host) {
    if (host === 'localhost' || host.endsWith('.localhost'))
        return true;
    if ((0,external_node_net_.isIP)(host) === 4)
        return host.startsWith('127.');
    if ((0,external_node_net_.isIP)(host) === 6)
        return host === '::1' || /^::ffff:127\./.test(host);
    return false;
}

;// CONCATENATED MODULE: ./src/mutate/reach-emulator.ts

/** The endpoint the run talks to: the config's URL, LocalEmu booted here, or an embedded emulator. */
async function reachEmulator(config, 
/** The embedded emulator's only admin keys (the well-known ones are not accepted). */
admin, started, launchLocalEmu) {
    switch (config.emulator.kind) {
        case 'endpoint':
            return config.emulator.url;
        case 'localemu': {
            if (!launchLocalEmu) {
                throw new errors/* RunError */.e4('emulator: localemu needs a docker engine and is started by `iam-mutate run` or the action; start LocalEmu yourself and set emulator: http://localhost:4566, or use emulator: embedded');
            }
            const emu = await launchLocalEmu();
            started(emu);
            return emu.endpoint;
        }
        case 'embedded': {
            // Loaded only here: a run against an endpoint never parses the emulator.
            const { startEmulator } = await Promise.all(/* import() */[__webpack_require__.e(70), __webpack_require__.e(495)]).then(__webpack_require__.bind(__webpack_require__, 4495));
            const emulator = await startEmulator({
                port: 0,
                enforcement: config.enforcement,
                account: config.account,
                region: config.region,
                adminCredentials: [
                    { accessKeyId: admin.accessKeyId, secretAccessKeys: [admin.secretAccessKey] },
                ],
            });
            started(emulator);
            return emulator.url;
        }
    }
}

;// CONCATENATED MODULE: ./src/mutate/run-cache.ts





/** `ownOutputs`: directories iam-mutate itself writes (the report dir), left out of the state. */
function openRunCache(config, ownOutputs = []) {
    const state = repositoryState(config, ownOutputs);
    if (state === undefined)
        return undefined;
    const dir = external_node_path_default().join(config.rootDir, '.iam-mutate-cache');
    const keyOf = (target, policyText) => (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify({
        tool: version/* VERSION */.x,
        state,
        policyText,
        target: { ...target, policyPath: undefined },
        emulator: config.emulator,
        enforcement: config.enforcement,
        account: config.account,
        region: config.region,
        substitute: config.substitute,
    }))
        .digest('hex');
    return {
        get(target, policyText) {
            try {
                const entry = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, `${keyOf(target, policyText)}.json`), 'utf8'));
                return entry.report;
            }
            catch {
                return undefined;
            }
        },
        put(target, policyText, report) {
            // Only complete, decided results are worth reusing; a broken run is always retried.
            if (report.baseline.status !== 'passed' && report.baseline.status !== 'failed')
                return;
            if (report.statements.some((s) => s.justified === null))
                return;
            (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
            const file = external_node_path_default().join(dir, `${keyOf(target, policyText)}.json`);
            (0,external_node_fs_.writeFileSync)(`${file}.partial`, JSON.stringify({ savedAt: new Date().toISOString(), report }));
            (0,external_node_fs_.renameSync)(`${file}.partial`, file);
        },
    };
}
/** Blob hashes of every tracked file plus the uncommitted diff, minus the policies under test. */
function repositoryState(config, ownOutputs) {
    const git = (...args) => (0,external_node_child_process_.execFileSync)('git', args, {
        cwd: config.rootDir,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'ignore'],
    });
    try {
        const policies = config.targets.map((t) => `:(exclude)${external_node_path_default().relative(config.rootDir, t.policyPath)}`);
        const tracked = git('ls-files', '-s', '--', '.', ...policies, ':(exclude).iam-mutate-cache');
        const changes = git('diff', 'HEAD', '--', '.', ...policies);
        const outputs = ownOutputs
            .map((dir) => external_node_path_default().relative(config.rootDir, dir))
            .filter((rel) => rel !== '' && !rel.startsWith('..'))
            .map((rel) => `:(exclude)${rel}`);
        const untracked = git('ls-files', '--others', '--exclude-standard', '--', '.', ':(exclude).iam-mutate-cache', ...outputs);
        const untrackedContent = untracked
            .split('\n')
            .filter(Boolean)
            .map((f) => `${f}\0${hashFile(external_node_path_default().join(config.rootDir, f))}`)
            .join('\n');
        return (0,external_node_crypto_.createHash)('sha256')
            .update(tracked)
            .update(changes)
            .update(untrackedContent)
            .digest('hex');
    }
    catch {
        return undefined;
    }
}
function hashFile(file) {
    try {
        return (0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)(file)).digest('hex');
    }
    catch {
        return 'unreadable';
    }
}

;// CONCATENATED MODULE: ./src/mutate/setup-outputs.ts

/**
 * Reads the KEY=VALUE lines a setup script appended to $IAM_MUTATE_OUTPUT. Blank lines and
 * `#` comments are skipped; anything else that is not KEY=VALUE is an error naming its line,
 * because a silently dropped output would later attach a policy with `${KEY}` left in it.
 */
function parseSetupOutputs(text, file) {
    const outputs = {};
    text.split(/\r?\n/).forEach((line, i) => {
        if (line.trim() === '' || line.trimStart().startsWith('#'))
            return;
        const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
        if (!match) {
            throw new errors/* InputError */.dz([
                {
                    file,
                    position: { line: i + 1, column: 1 },
                    message: `setup output is not KEY=VALUE: ${JSON.stringify(line.slice(0, 80))}`,
                    severity: 'error',
                },
            ]);
        }
        outputs[match[1]] = match[2];
    });
    return outputs;
}

;// CONCATENATED MODULE: ./src/mutate/run-setup.ts







/**
 * Runs the config's setup script once, as admin against the emulator, and returns the
 * KEY=VALUE outputs it appended to $IAM_MUTATE_OUTPUT. A failing setup stops the run.
 */
async function runSetup(setup) {
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'iam-mutate-setup-'));
    const outputFile = external_node_path_default().join(dir, 'outputs.env');
    try {
        await (0,promises_.writeFile)(outputFile, '');
        // A script without the executable bit is run with bash rather than failing on a mode bit.
        const result = await runCommandWorkload(`if [ -x "$0" ]; then exec "$0"; else exec bash "$0"; fi`, {
            cwd: setup.rootDir,
            timeoutMs: setup.timeoutMs,
            env: {
                ...(0,workload_environment/* workloadEnvironment */.Dx)(setup.hostEnv, setup.endpoint, setup.region, setup.admin, { IAM_MUTATE_OUTPUT: outputFile }, setup.emptyConfigFile, setup.envNames),
            },
            args: [setup.script],
            ...(setup.signal && { signal: setup.signal }),
        });
        const name = external_node_path_default().relative(setup.rootDir, setup.script) || setup.script;
        if (result.kind === 'timeout') {
            throw new errors/* RunError */.e4(`setup ${name} did not finish within ${setup.timeoutMs} ms`);
        }
        if (result.kind === 'exited' && result.exitCode !== 0) {
            const tail = (result.stderr || result.stdout).trim().split('\n').slice(-15).join('\n');
            throw new errors/* RunError */.e4(`setup ${name} failed with exit code ${result.exitCode}:\n${tail}`);
        }
        return parseSetupOutputs(await (0,promises_.readFile)(outputFile, 'utf8'), `${name} ($IAM_MUTATE_OUTPUT)`);
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/report/reverse-substitutions.ts
/**
 * The report as the repository's policy files read. The run attaches policies with the
 * config's `substitute` map applied (production account -> emulator account, placeholders ->
 * ids setup created), so everything the run saw carries the substituted text. The run maps it
 * back once, with the same `Substitution.reverse` that undoes what it applied
 * (src/mutate/run-target.ts), in every field that holds policy or call text: actions,
 * resources, used actions and resources, calls, denied/allowed actions, statement and policy
 * suggestions, mutant descriptions, notes and reasons. report.json and every file rendered
 * from it are therefore in the repository's terms.
 *
 * Left alone: the policy path, role, Sids and mutant ids (names, not policy text), findings
 * (the linter reads the file as written) and probe commands (written by the user in the
 * config, where they name the real resource).
 */
function reportInRepositoryTerms(report, back) {
    return { ...report, targets: report.targets.map((t) => targetInRepositoryTerms(t, back)) };
}
function targetInRepositoryTerms(target, reverse) {
    const back = sparingProbes(target, reverse);
    const out = {
        ...target,
        baseline: {
            ...target.baseline,
            calls: target.baseline.calls.map((c) => reverseCall(c, back)),
            ...(target.baseline.reason !== undefined && { reason: back(target.baseline.reason) }),
        },
        statements: target.statements.map((s) => reverseStatement(s, back)),
        mutants: target.mutants.map((m) => reverseMutant(m, back)),
        notes: target.notes.map(back),
    };
    if (target.suggestedPolicy !== undefined) {
        out.suggestedPolicy = {
            ...target.suggestedPolicy,
            policy: reverseJson(target.suggestedPolicy.policy, back),
            ...(target.suggestedPolicy.reason !== undefined && {
                reason: back(target.suggestedPolicy.reason),
            }),
        };
    }
    return out;
}
function reverseCall(call, back) {
    return { ...call, action: back(call.action), resource: back(call.resource) };
}
function reverseStatement(s, back) {
    const out = {
        ...s,
        actions: s.actions.map(back),
        resources: s.resources.map(back),
    };
    if (typeof s.deniedAction === 'string')
        out.deniedAction = back(s.deniedAction);
    if (s.allowedAction !== undefined)
        out.allowedAction = back(s.allowedAction);
    if (s.usedActions !== undefined)
        out.usedActions = s.usedActions.map(back);
    if (s.usedResources !== undefined)
        out.usedResources = s.usedResources.map(back);
    if (s.suggestion !== null) {
        out.suggestion = {
            ...s.suggestion,
            statement: s.suggestion.statement === null ? null : reverseJson(s.suggestion.statement, back),
            reason: back(s.suggestion.reason),
        };
    }
    return out;
}
function reverseMutant(m, back) {
    const out = { ...m };
    if (m.deniedAction !== undefined)
        out.deniedAction = back(m.deniedAction);
    if (m.allowedAction !== undefined)
        out.allowedAction = back(m.allowedAction);
    if (m.description !== undefined)
        out.description = back(m.description);
    return out;
}
/**
 * `back`, except inside a quoted probe command: a description or note that quotes a probe
 * keeps it as the user wrote it in the config.
 */
function sparingProbes(target, back) {
    const probes = [
        ...new Set([...target.statements, ...target.mutants]
            .map((x) => x.probe)
            .filter((p) => p !== undefined && p !== '')),
    ].sort((a, b) => b.length - a.length);
    if (probes.length === 0)
        return back;
    const pattern = new RegExp(`(${probes.map(escapeRegExp).join('|')})`);
    return (text) => text
        .split(pattern)
        .map((part, i) => (i % 2 === 1 ? part : back(part)))
        .join('');
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Every string in a JSON value (keys are IAM element names, never substituted). */
function reverseJson(value, back) {
    if (typeof value === 'string')
        return back(value);
    if (Array.isArray(value))
        return value.map((v) => reverseJson(v, back));
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, reverseJson(v, back)]));
    }
    return value;
}

;// CONCATENATED MODULE: ./src/mutate/mutators/mutant.ts
/** The statement at `index` replaced (or removed, with `replacement` null). */
function replaceStatement(statements, index, replacement) {
    const next = [...statements];
    if (replacement === null)
        next.splice(index, 1);
    else
        next[index] = replacement;
    return next;
}

;// CONCATENATED MODULE: ./src/mutate/mutators/policy-json.ts
/** The statements as a list, whether the document holds one statement or an array. */
function statementsOf(policy) {
    return Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement];
}
/** A copy of the document with another statement list (always written as an array). */
function withStatements(policy, statements) {
    return { ...policy, Statement: statements };
}
/** A string-or-list policy element as a list. */
function listOf(value) {
    if (value === undefined)
        return [];
    return Array.isArray(value) ? value : [value];
}
/** Writes a list back the way the user would: a lone string stays a string. */
function asElement(values) {
    return values.length === 1 ? values[0] : values;
}
function sidOf(statement) {
    return typeof statement.Sid === 'string' && statement.Sid !== '' ? statement.Sid : null;
}
function hasWildcard(value) {
    return value.includes('*') || value.includes('?');
}

;// CONCATENATED MODULE: ./src/mutate/mutators/narrow-resource.ts


/**
 * A wildcard Resource entry replaced by the concrete resources the baseline touched through
 * it. If the workload still passes, the wildcard granted more than the workload needs (the
 * mutant survives and the narrower resource becomes a suggestion).
 */
const narrowResource = {
    name: 'narrow-resource',
    mutate({ policy, usage }) {
        const statements = statementsOf(policy);
        const mutants = [];
        statements.forEach((statement, index) => {
            if (statement.Effect !== 'Allow' || statement.Resource === undefined)
                return;
            const resources = listOf(statement.Resource);
            const sid = sidOf(statement);
            for (const entry of resources) {
                // `?` alone stands for characters the environment generates (a secret's random
                // suffix, `secret:name-??????`): narrowing it to this run's value would be wrong.
                if (!entry.includes('*'))
                    continue;
                const touched = [...new Set(usage[index]?.resourcesByPattern.get(entry) ?? [])].sort();
                if (touched.length === 0 || (touched.length === 1 && touched[0] === entry))
                    continue;
                const narrowed = resources.flatMap((r) => (r === entry ? touched : [r]));
                mutants.push({
                    id: `narrow-resource:${index}:${entry}`,
                    mutator: 'narrow-resource',
                    statementIndex: index,
                    sid,
                    description: `narrowed ${entry} to ${touched.join(', ')} in ${sid ?? `#${index}`}`,
                    policy: withStatements(policy, replaceStatement(statements, index, { ...statement, Resource: asElement(narrowed) })),
                    withdrawnActions: listOf(statement.Action),
                });
            }
        });
        return mutants;
    },
};

;// CONCATENATED MODULE: ./src/mutate/mutators/remove-action.ts


/**
 * One action withdrawn from an Allow statement that grants more than one. A wildcard entry is
 * expanded only to the actions the baseline used through it (`s3:Get*` used for GetObject and
 * GetObjectTagging gives two mutants), because expanding it to the whole catalog would make
 * hundreds of mutants that can only survive.
 */
const removeAction = {
    name: 'remove-action',
    mutate({ policy, usage }) {
        const statements = statementsOf(policy);
        const mutants = [];
        statements.forEach((statement, index) => {
            if (statement.Effect !== 'Allow' || statement.Action === undefined)
                return;
            const actions = listOf(statement.Action);
            const used = usage[index]?.actionsByPattern;
            const sid = sidOf(statement);
            const label = sid ?? `#${index}`;
            for (const entry of actions) {
                const others = actions.filter((a) => a !== entry);
                const expandedUse = hasWildcard(entry) ? (used?.get(entry) ?? []) : [];
                if (expandedUse.length > 1 || (expandedUse.length === 1 && others.length > 0)) {
                    // Replace the wildcard by the used actions, minus one at a time.
                    for (const action of expandedUse) {
                        const kept = [...others, ...expandedUse.filter((a) => a !== action)];
                        mutants.push({
                            id: `remove-action:${index}:${action}`,
                            mutator: 'remove-action',
                            statementIndex: index,
                            sid,
                            description: `withdrew ${action} (granted by ${entry}) from ${label}`,
                            policy: withStatements(policy, replaceStatement(statements, index, { ...statement, Action: asElement(kept) })),
                            withdrawnActions: [action],
                        });
                    }
                }
                else if (!hasWildcard(entry) && others.length > 0) {
                    mutants.push({
                        id: `remove-action:${index}:${entry}`,
                        mutator: 'remove-action',
                        statementIndex: index,
                        sid,
                        description: `removed ${entry} from ${label}`,
                        policy: withStatements(policy, replaceStatement(statements, index, { ...statement, Action: asElement(others) })),
                        withdrawnActions: [entry],
                    });
                }
            }
        });
        return mutants;
    },
};

;// CONCATENATED MODULE: ./src/mutate/mutators/remove-deny.ts


/**
 * Each Deny statement removed. The workload cannot prove a Deny (it never calls what is
 * denied); the run plan proves it with probes, calls that must stay denied: the Deny is
 * justified only if some probe succeeds without it.
 */
const removeDeny = {
    name: 'remove-deny',
    mutate({ policy }) {
        const statements = statementsOf(policy);
        return statements.flatMap((statement, index) => {
            if (statement.Effect !== 'Deny')
                return [];
            const sid = sidOf(statement);
            return [
                {
                    id: `remove-deny:${index}`,
                    mutator: 'remove-deny',
                    statementIndex: index,
                    sid,
                    description: `removed Deny statement ${sid ?? `#${index}`}`,
                    policy: withStatements(policy, replaceStatement(statements, index, null)),
                    withdrawnActions: listOf(statement.Action),
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/mutate/mutators/remove-statement.ts


/** Every Allow statement, Sid or not, removed in turn. Deny statements have their own mutator. */
const removeStatement = {
    name: 'remove-statement',
    mutate({ policy }) {
        const statements = statementsOf(policy);
        return statements.flatMap((statement, index) => {
            if (statement.Effect !== 'Allow')
                return [];
            const sid = sidOf(statement);
            return [
                {
                    id: `remove-statement:${index}`,
                    mutator: 'remove-statement',
                    statementIndex: index,
                    sid,
                    description: `removed statement ${sid ?? `#${index}`}`,
                    policy: withStatements(policy, replaceStatement(statements, index, null)),
                    withdrawnActions: listOf(statement.Action),
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/mutate/mutators/index.ts




/** Every mutator, in the order their mutants are run and reported. */
const allMutators = [
    removeStatement,
    removeAction,
    narrowResource,
    removeDeny,
];
function generateMutants(input, mutators = allMutators) {
    return mutators.flatMap((m) => m.mutate(input));
}

// EXTERNAL MODULE: ./src/policy/index.ts + 31 modules
var src_policy = __webpack_require__(8074);
;// CONCATENATED MODULE: ./src/mutate/replay.ts


/**
 * Predicts a mutant's verdict offline from the baseline's authorization log: the first call
 * the mutant would no longer allow is where the workload will be denied. A call stays allowed
 * while another statement (of this policy or another granting policy) allowed it too; a call
 * whose only grant was the mutated statement is re-evaluated against the mutated statement
 * with the policy engine and the request context the emulator recorded.
 *
 * The prediction assumes the workload makes the same calls in the same order; re-runs verify
 * it, and a contradiction is reported, never hidden.
 */
function predictMutant(mutant, baseline) {
    if (mutant.mutator === 'remove-deny')
        return { kind: 'passed' };
    const mutated = mutatedStatementPolicy(mutant);
    for (const [callIndex, call] of baseline.entries()) {
        if (call.decision !== 'allow')
            continue;
        if (call.grantedElsewhere > 0)
            continue;
        if (call.matched.some((ref) => ref.index !== mutant.statementIndex))
            continue;
        if (!call.matched.some((ref) => ref.index === mutant.statementIndex))
            continue;
        if (mutated !== undefined && stillAllows(mutated, call))
            continue;
        return { kind: 'denied', action: call.action, resource: call.resource, callIndex };
    }
    return { kind: 'passed' };
}
/** The mutated statement alone, compiled, when the mutant changed (not removed) it. */
function mutatedStatementPolicy(mutant) {
    if (mutant.mutator === 'remove-statement')
        return undefined;
    const statement = statementsOf(mutant.policy)[mutant.statementIndex];
    if (statement === undefined)
        return undefined;
    return (0,src_policy/* compilePolicyText */.Te)(JSON.stringify({ Version: '2012-10-17', Statement: [statement] }), {
        id: 'replay',
        kind: 'identity',
    });
}
function stillAllows(policy, call) {
    const accountId = /^arn:[^:]+:[^:]+::([0-9]{12}):/.exec(call.principalArn)?.[1] ?? '';
    const decision = (0,src_policy/* evaluateRequest */.LO)({
        principal: { arn: call.principalArn, accountId },
        action: call.action,
        resource: call.resource,
        context: call.context,
    }, { identity: [policy] });
    return decision.decision === 'allow';
}

;// CONCATENATED MODULE: ./src/mutate/retrace.ts

/**
 * Calls whose response, not just their decision, can depend on the policy under test: a
 * workload reading its own policies could behave differently under an equal-deciding one.
 */
const POLICY_READS = /^iam:(Get|List|Simulate|Generate)/;
/**
 * The baseline's calls as the workload would make them under another policy (a suggested one)
 * attached in place of the one that ran: each call re-evaluated offline with the policy engine
 * and the request context the emulator recorded. Returned only when every call gets the same
 * decision as in the baseline, so that (the workload seeing only responses) the run under the
 * other policy is the baseline run again; undefined whenever that is not certain: a decision
 * changes, something is unverifiable, or the workload read policies.
 *
 * Other policies (managed, boundary, resource) are unchanged between the two runs, so a call
 * stays allowed when the other policy allows it itself or another identity policy granted it,
 * and no explicit Deny of the other policy matches.
 */
function retraceUnder(policyText, baseline) {
    const policy = (0,src_policy/* compilePolicyText */.Te)(policyText, { id: 'retrace', kind: 'identity' });
    const retraced = [];
    for (const call of baseline) {
        if (POLICY_READS.test(call.action))
            return undefined;
        const accountId = /^arn:[^:]+:[^:]+::([0-9]{12}):/.exec(call.principalArn)?.[1] ?? '';
        const decision = (0,src_policy/* evaluateRequest */.LO)({
            principal: { arn: call.principalArn, accountId },
            action: call.action,
            resource: call.resource,
            context: call.context,
        }, { identity: [policy] });
        if (decision.unverifiable.length > 0)
            return undefined;
        const same = call.decision === 'allow'
            ? decision.decision === 'allow' ||
                (call.grantedElsewhere > 0 && decision.decision !== 'explicit-deny')
            : call.decision === 'explicit-deny'
                ? // Denied by this policy: it must still deny; denied by another one: it still does.
                    call.matched.length === 0 || decision.decision === 'explicit-deny'
                : decision.decision === 'implicit-deny';
        if (!same)
            return undefined;
        retraced.push({
            ...call,
            matched: decision.decision === 'implicit-deny' ? [] : decision.matched,
        });
    }
    return retraced;
}
/** Whether two traces are the same calls in the same order with the same decisions. */
function sameCalls(a, b) {
    return (a.length === b.length &&
        a.every((call, i) => call.action === b[i].action &&
            call.resource === b[i].resource &&
            call.decision === b[i].decision));
}

;// CONCATENATED MODULE: ./src/mutate/verdict.ts
/**
 * `grantedByRemovedPart(action)` answers whether the removed statement/action/resource
 * granted that action (wildcards already resolved by the caller).
 */
function verdictFor(outcome, grantedByRemovedPart) {
    switch (outcome.kind) {
        case 'passed':
            return { status: 'survived' };
        case 'denied': {
            const denial = {
                deniedAction: outcome.action,
                ...(outcome.resource !== undefined && { deniedResource: outcome.resource }),
                evidence: outcome.evidence,
            };
            return grantedByRemovedPart(outcome.action)
                ? { status: 'killed', ...denial }
                : { status: 'killed-other-action', ...denial };
        }
        case 'timeout':
            return {
                status: 'timeout',
                reason: `the workload did not finish within ${outcome.afterMs} ms`,
            };
        case 'failed':
            return { status: 'error', reason: outcome.reason };
    }
}
/** Justified: yes for kills, no for survivors and uncovered, unknown when the run broke. */
function isJustified(status) {
    switch (status) {
        case 'killed':
        case 'killed-other-action':
            return true;
        case 'survived':
        case 'no-coverage':
            return false;
        case 'timeout':
        case 'error':
            return null;
    }
}

;// CONCATENATED MODULE: ./src/mutate/score.ts

/**
 * docs/verdicts.md ("Scores"): score = justified / (all − timeout − error), as a percentage. Runs that broke
 * are left out of the denominator, never counted as passes. Null when nothing could be
 * decided, so "no evidence" is never shown as 0 % or 100 %.
 */
function mutationScore(statuses) {
    let decided = 0;
    let justified = 0;
    for (const status of statuses) {
        const j = isJustified(status);
        if (j === null)
            continue;
        decided++;
        if (j)
            justified++;
    }
    if (decided === 0)
        return null;
    return Math.round((justified / decided) * 10_000) / 100;
}

;// CONCATENATED MODULE: ./src/mutate/logged-call.ts
/** The calls each statement of the policy under test took part in, indexed by statement. */
function callsByStatement(calls, statementCount) {
    const byIndex = Array.from({ length: statementCount }, () => []);
    for (const call of calls) {
        for (const ref of call.matched)
            byIndex[ref.index]?.push(call);
    }
    return byIndex;
}

;// CONCATENATED MODULE: ./src/mutate/statement-usage.ts



/**
 * What the baseline used of each statement: for every Action and Resource entry, the
 * concrete actions and resources it granted. Only allowed calls count.
 */
function statementUsage(policy, calls) {
    const statements = statementsOf(policy);
    const allowed = callsByStatement(calls.filter((c) => c.decision === 'allow'), statements.length);
    return statements.map((statement, index) => {
        const used = allowed[index] ?? [];
        if (used.length === 0)
            return undefined;
        const actionsByPattern = new Map();
        for (const pattern of listOf(statement.Action)) {
            const matches = unique(used.map((c) => c.action).filter((a) => (0,src_policy/* actionMatches */.GE)(pattern, a)));
            if (matches.length > 0)
                actionsByPattern.set(pattern, matches);
        }
        const resourcesByPattern = new Map();
        for (const pattern of listOf(statement.Resource)) {
            const matches = unique(used.map((c) => c.resource).filter((r) => pattern === '*' || (0,src_policy/* arnMatches */.T1)(pattern, r)));
            if (matches.length > 0)
                resourcesByPattern.set(pattern, matches);
        }
        return { actionsByPattern, resourcesByPattern };
    });
}
function unique(values) {
    return [...new Set(values)];
}

;// CONCATENATED MODULE: ./src/mutate/denial-evidence.ts
/**
 * Finds which action a failed workload run was denied, from what a workload without an
 * authorization log can show: the response envelope convention (`denied_action`, as in the
 * LocalEmu tutorial) or an AccessDenied message. The authorization log, when there is one,
 * is better evidence and is consulted first by the caller.
 */

/** `User: arn:... is not authorized to perform: s3:GetObject on resource: "arn:..."` */
const NOT_AUTHORIZED = /is not authorized to perform:? ([A-Za-z0-9-]+:[A-Za-z0-9*]+)(?: on resource:? "?([^"\s]+?)"?(?:\s|$|because))?/;
function denialFromEnvelope(response) {
    if (!response || typeof response !== 'object')
        return undefined;
    const action = response.denied_action;
    if (typeof action === 'string' && /^[A-Za-z0-9-]+:[A-Za-z0-9*]+$/.test(action)) {
        return { action: canonicalAction(action), evidence: 'response-envelope' };
    }
    return undefined;
}
/**
 * Services spell actions their own way in messages (`SNS:Publish`, `sqs:sendmessage`); IAM
 * action names are case-insensitive, so report the catalog's spelling when it knows it.
 */
function canonicalAction(action) {
    const info = (0,src_policy/* getActionInfo */.xW)(action);
    return info?.action ?? action;
}
function denialFromMessage(text) {
    const match = NOT_AUTHORIZED.exec(text);
    if (!match)
        return undefined;
    return {
        action: canonicalAction(match[1]),
        ...(match[2] !== undefined && { resource: match[2] }),
        evidence: 'error-message',
    };
}

;// CONCATENATED MODULE: ./src/mutate/expect-subset.ts
/**
 * `expect` in the config is a JSON subset the workload's response must contain: every key of
 * an expected object must be present with a matching value; arrays must match element by
 * element (same length); scalars must be equal. Returns the path of the first mismatch.
 */
function findSubsetMismatch(expected, actual, path = '$') {
    if (expected === null || typeof expected !== 'object') {
        return Object.is(expected, actual)
            ? undefined
            : `${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual) ?? 'nothing'}`;
    }
    if (Array.isArray(expected)) {
        if (!Array.isArray(actual) || actual.length !== expected.length) {
            return `${path}: expected an array of ${expected.length}, got ${JSON.stringify(actual) ?? 'nothing'}`;
        }
        for (let i = 0; i < expected.length; i++) {
            const m = findSubsetMismatch(expected[i], actual[i], `${path}[${i}]`);
            if (m)
                return m;
        }
        return undefined;
    }
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
        return `${path}: expected an object, got ${JSON.stringify(actual) ?? 'nothing'}`;
    }
    for (const [key, value] of Object.entries(expected)) {
        const m = findSubsetMismatch(value, actual[key], `${path}.${key}`);
        if (m)
            return m;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/mutate/interpret-run.ts


/**
 * Judges one workload run. A run passes only with no function error, no denial and a
 * response matching `expect`. The denied action comes from the best evidence available:
 * the authorization log (the role's first denied call), then the response envelope's
 * `denied_action`, then an AccessDenied message in the output.
 */
function interpretRun(result, calls, expect) {
    if (result.kind === 'timeout')
        return { kind: 'timeout', afterMs: result.afterMs };
    const firstDenied = calls?.find((c) => c.decision !== 'allow');
    if (firstDenied) {
        return {
            kind: 'denied',
            action: firstDenied.action,
            resource: firstDenied.resource,
            evidence: 'authz-log',
        };
    }
    if (result.kind === 'returned') {
        const fromEnvelope = denialFromEnvelope(result.payload);
        if (fromEnvelope)
            return { kind: 'denied', ...fromEnvelope };
        if (result.functionError) {
            const text = `${result.functionError.type}: ${result.functionError.message}`;
            const fromMessage = denialFromMessage(`${text}\n${result.log ?? ''}`);
            if (fromMessage)
                return { kind: 'denied', ...fromMessage };
            return { kind: 'failed', reason: `function error ${text}` };
        }
        if (expect !== undefined) {
            const mismatch = findSubsetMismatch(expect, result.payload);
            if (mismatch) {
                const fromMessage = denialFromMessage(JSON.stringify(result.payload) ?? '');
                if (fromMessage)
                    return { kind: 'denied', ...fromMessage };
                return { kind: 'failed', reason: `response does not match expect: ${mismatch}` };
            }
        }
        return { kind: 'passed' };
    }
    if (result.exitCode !== 0) {
        const fromMessage = denialFromMessage(`${result.stderr}\n${result.stdout}`);
        if (fromMessage)
            return { kind: 'denied', ...fromMessage };
        const tail = lastLine(result.stderr) ?? lastLine(result.stdout) ?? '';
        return {
            kind: 'failed',
            reason: `command exited with ${result.exitCode}${tail ? `: ${tail}` : ''}`,
        };
    }
    if (expect !== undefined) {
        let parsed;
        try {
            parsed = JSON.parse(result.stdout);
        }
        catch {
            return { kind: 'failed', reason: 'expect is set but the command did not print JSON' };
        }
        const mismatch = findSubsetMismatch(expect, parsed);
        if (mismatch)
            return { kind: 'failed', reason: `output does not match expect: ${mismatch}` };
    }
    return { kind: 'passed' };
}
function lastLine(text) {
    const lines = text.trim().split('\n');
    const last = lines[lines.length - 1]?.trim();
    return last ? last.slice(0, 300) : undefined;
}

;// CONCATENATED MODULE: ./src/mutate/stages/workload-run.ts


/**
 * Attaches a policy text, runs the target's workload once, and judges the run. An interrupted
 * run attaches nothing more and judges nothing it cut short.
 */
async function runWorkloadUnder(backend, target, policyText) {
    (0,errors/* throwIfInterrupted */.sK)(backend.signal);
    await attachPolicy(backend, target, policyText);
    const log = backend.authorizationLog;
    if (log === undefined) {
        const result = await backend.runWorkload(target);
        (0,errors/* throwIfInterrupted */.sK)(backend.signal);
        return { outcome: interpretRun(result, undefined, target.expect), trace: { logged: false } };
    }
    const cursor = await log.mark();
    const result = await backend.runWorkload(target);
    (0,errors/* throwIfInterrupted */.sK)(backend.signal);
    const calls = await log.readSince(cursor, target.role, target.policyName);
    return { outcome: interpretRun(result, calls, target.expect), trace: { logged: true, calls } };
}
/**
 * Puts the policy text as the role's inline policy. IAM refuses a document with no statement
 * (MalformedPolicyDocument), and a policy whose only statement is removed grants what no
 * inline policy grants: so an empty mutant (or an empty suggestion) is run with the role's
 * inline policy deleted. The run's restore puts the original back as for any mutant.
 */
async function attachPolicy(backend, target, policyText) {
    if (!hasNoStatement(policyText)) {
        await backend.putRolePolicy(target.role, target.policyName, policyText);
    }
    else if ((await backend.getRolePolicy(target.role, target.policyName)) !== undefined) {
        await backend.deleteRolePolicy(target.role, target.policyName);
    }
}
function hasNoStatement(policyText) {
    try {
        const parsed = JSON.parse(policyText);
        return Array.isArray(parsed.Statement) && parsed.Statement.length === 0;
    }
    catch {
        return false;
    }
}
/** One line for people: why a run did not pass. */
function describeOutcome(outcome) {
    switch (outcome.kind) {
        case 'passed':
            return 'passed';
        case 'denied':
            return `denied ${outcome.action}${outcome.resource ? ` on ${outcome.resource}` : ''} (evidence: ${outcome.evidence})`;
        case 'timeout':
            return `timed out after ${outcome.afterMs} ms`;
        case 'failed':
            return outcome.reason;
    }
}

;// CONCATENATED MODULE: ./src/mutate/stages/baseline.ts

/** Stage 2: the workload once under the whole policy. */
async function runBaseline(backend, target, policyText) {
    const { outcome, trace } = await runWorkloadUnder(backend, target, policyText);
    if (outcome.kind === 'passed')
        return { passed: true, trace };
    return { passed: false, outcome, calls: trace.logged ? trace.calls : [] };
}

;// CONCATENATED MODULE: ./src/mutate/stages/judge-deny.ts

/**
 * A workload never calls what a Deny forbids, so Deny statements are proved by probes:
 * commands that must be denied under the policy. The Deny is justified (killed) only if some
 * probe succeeds once it is removed; if every probe stays denied, something else already
 * denies them and the Deny survived.
 */
async function judgeDenyMutant(mutant, target, policyText, probes) {
    const commands = target.probes;
    if (commands === undefined)
        return { status: 'no-coverage', reason: 'no probe exercises it' };
    const underPolicy = await probes(policyText);
    const allowed = commands.filter((_, i) => underPolicy[i]?.kind !== 'denied');
    if (allowed.length > 0) {
        return {
            status: 'error',
            reason: `probe ${JSON.stringify(allowed[0])} is not denied even with the full policy`,
        };
    }
    const underMutant = await probes(JSON.stringify(mutant.policy));
    const escaped = underMutant.findIndex((o) => o.kind === 'passed');
    if (escaped === -1)
        return { status: 'survived' };
    const denial = underPolicy[escaped];
    const probe = commands[escaped];
    // The probe was denied under the whole policy (checked above) and succeeds without the Deny:
    // the action it was denied is the one the Deny keeps from being allowed.
    return {
        status: 'killed',
        ...(denial?.kind === 'denied' && { allowedAction: denial.action }),
        probe,
        ...(denial?.kind === 'denied' && { evidence: denial.evidence }),
        reason: `probe ${JSON.stringify(probe)} succeeds without it`,
    };
}
function probeRunner(backend, target) {
    const cache = new Map();
    // A probe passes by succeeding at all: the workload's `expect` does not apply to it.
    const { expect: _expect, ...rest } = target;
    return async (policyText) => {
        const known = cache.get(policyText);
        if (known)
            return known;
        const outcomes = [];
        for (const command of target.probes ?? []) {
            const probe = { ...rest, workload: { kind: 'command', command } };
            outcomes.push((await runWorkloadUnder(backend, probe, policyText)).outcome);
        }
        cache.set(policyText, outcomes);
        return outcomes;
    };
}

;// CONCATENATED MODULE: ./src/mutate/stages/judge-mutant.ts




/**
 * Judges a mutant of an Allow statement. With an authorization log, a statement no call used
 * needs no re-run, and the replay predicts the rest offline; the verify mode decides which
 * predictions are checked by re-running the workload. Without a log every mutant is re-run.
 */
async function judgeAllowMutant(mutant, input) {
    const { trace } = input;
    if (trace.logged && !input.statementUsed)
        return { status: 'no-coverage' };
    const prediction = trace.logged ? predictMutant(mutant, trace.calls) : undefined;
    const predicted = prediction && verdictFor(fromPrediction(prediction), grants(mutant));
    const rerun = predicted === undefined ||
        !(observedKill(prediction, predicted.status, input.observedKills) ||
            input.verify === 'none' ||
            (input.verify === 'survivors' && predicted.status !== 'survived'));
    let verdict;
    if (rerun) {
        const run = await runWorkloadUnder(input.backend, input.target, JSON.stringify(mutant.policy));
        verdict = verdictFor(run.outcome, grants(mutant));
    }
    else {
        verdict = predicted;
    }
    return {
        status: verdict.status,
        ...(verdict.deniedAction !== undefined && { deniedAction: verdict.deniedAction }),
        ...(verdict.evidence !== undefined && { evidence: verdict.evidence }),
        ...(predicted !== undefined && { predicted: predicted.status }),
        rerun,
        ...(verdict.reason !== undefined && { reason: verdict.reason }),
        ...(prediction?.kind === 'denied' && {
            predictedDenial: { callIndex: prediction.callIndex, action: prediction.action },
        }),
    };
}
/**
 * Whether a real run already showed what this prediction says: the workload, denied first at
 * the same call for the same action, failed. The calls before it are decided as they were then
 * (the replay and the retrace both say so), so the run under this mutant is that run again.
 */
function observedKill(prediction, status, observed) {
    return (observed !== undefined &&
        prediction?.kind === 'denied' &&
        status === 'killed' &&
        observed.get(prediction.callIndex) === prediction.action);
}
/** Whether a denied action is one the mutant withdrew (an exact kill). */
function grants(mutant) {
    return (action) => mutant.withdrawnActions.some((pattern) => (0,src_policy/* actionMatches */.GE)(pattern, action));
}
function fromPrediction(prediction) {
    return prediction.kind === 'passed'
        ? { kind: 'passed' }
        : {
            kind: 'denied',
            action: prediction.action,
            resource: prediction.resource,
            evidence: 'authz-log',
        };
}

;// CONCATENATED MODULE: ./src/mutate/stages/judgement.ts
/** The report entry of a judged mutant. */
function mutantReport(mutant, judgement) {
    const { status, deniedAction, allowedAction, probe, evidence, predicted, rerun, reason } = judgement;
    return {
        id: mutant.id,
        mutator: mutant.mutator,
        sid: mutant.sid,
        index: mutant.statementIndex,
        description: reason === undefined ? mutant.description : `${mutant.description}; ${reason}`,
        status,
        ...(deniedAction !== undefined && { deniedAction }),
        ...(allowedAction !== undefined && { allowedAction }),
        ...(probe !== undefined && { probe }),
        ...(evidence !== undefined && { evidence }),
        ...(predicted !== undefined && { predicted }),
        ...(rerun !== undefined && { rerun }),
    };
}

;// CONCATENATED MODULE: ./src/mutate/stages/mutants.ts






/** Stage 3: generates every mutant of the policy and judges each, in order. */
async function judgeMutants(input) {
    const { backend, target, prepared, trace } = input;
    const usage = statementUsage(prepared.json, trace.logged ? trace.calls : []);
    const mutants = generateMutants({ policy: prepared.json, usage });
    const probes = probeRunner(backend, target);
    const reports = [];
    const ownByStatement = prepared.statements.map(() => undefined);
    const observedKills = new Map();
    for (const [index, mutant] of mutants.entries()) {
        // Probes of a Deny mutant run no workload: checked here too so an interrupt stops them.
        (0,errors/* throwIfInterrupted */.sK)(backend.signal);
        const judgement = mutant.mutator === 'remove-deny'
            ? await judgeDenyMutant(mutant, target, prepared.text, probes)
            : await judgeAllowMutant(mutant, {
                backend,
                target,
                verify: input.verify,
                trace,
                statementUsed: usage[mutant.statementIndex] !== undefined,
                ...(input.observedKills && { observedKills: input.observedKills }),
            });
        const denial = judgement.predictedDenial;
        if (denial !== undefined &&
            judgement.rerun === true &&
            judgement.status === 'killed' &&
            judgement.deniedAction === denial.action) {
            observedKills.set(denial.callIndex, denial.action);
        }
        const report = mutantReport(mutant, judgement);
        reports.push(report);
        if (mutant.mutator === 'remove-statement' || mutant.mutator === 'remove-deny') {
            ownByStatement[mutant.statementIndex] = report;
        }
        input.onMutantFinished?.({ index, total: mutants.length, mutant: report });
    }
    return { mutants: reports, ownByStatement, usage, observedKills };
}

;// CONCATENATED MODULE: ./src/mutate/stages/statements.ts


/**
 * Stage 5: one report row per statement, from the prepared statement and the verdict of the
 * mutant that removed it. Every statement has such a mutant (remove-statement or
 * remove-deny); were one missing, the row would read `error`, never justified.
 */
function statementRows(input) {
    const { prepared, judged } = input;
    const allowedBy = callsByStatement(input.calls.filter((c) => c.decision === 'allow'), prepared.statements.length);
    return prepared.statements.map((statement) => {
        const { index } = statement;
        const own = judged.ownByStatement[index];
        const status = own?.status ?? 'error';
        const used = judged.usage[index];
        return {
            ...statementFacts(statement),
            status,
            justified: isJustified(status),
            deniedAction: own?.deniedAction ?? null,
            ...(own?.allowedAction !== undefined && { allowedAction: own.allowedAction }),
            ...(own?.probe !== undefined && { probe: own.probe }),
            coveredBy: status === 'survived' ? coveringStatements(index, allowedBy[index] ?? [], prepared) : [],
            ...(used && {
                usedActions: [...new Set([...used.actionsByPattern.values()].flat())].sort(),
                usedResources: [...new Set([...used.resourcesByPattern.values()].flat())].sort(),
            }),
            findings: prepared.findings[index] ?? [],
            suggestion: input.suggestions?.get(index) ?? null,
        };
    });
}
/** The rows of a policy whose baseline did not pass: nothing is decided. */
function undecidedStatementRows(prepared) {
    return prepared.statements.map((statement) => ({
        ...statementFacts(statement),
        status: 'error',
        justified: null,
        deniedAction: null,
        coveredBy: [],
        findings: prepared.findings[statement.index] ?? [],
        suggestion: null,
    }));
}
function statementFacts(s) {
    return {
        sid: s.sid,
        index: s.index,
        line: s.line,
        column: s.column,
        effect: s.effect,
        actions: s.actions,
        resources: s.resources,
    };
}
/** The other statements (by Sid, or `#index`) that also granted this statement's calls. */
function coveringStatements(index, calls, prepared) {
    const names = new Set();
    for (const call of calls) {
        for (const ref of call.matched) {
            if (ref.index === index)
                continue;
            names.add(prepared.statements[ref.index]?.sid ?? `#${ref.index}`);
        }
        if (call.grantedElsewhere > 0)
            names.add('(another policy)');
    }
    return [...names].sort();
}

;// CONCATENATED MODULE: ./src/mutate/substitute.ts

/** The identity, for a text that is already what is attached (a suggested policy). */
const noSubstitution = { apply: (text) => text, reverse: (text) => text };
function substitutionFor(substitute, outputs, configFile, locate) {
    // Checked once here, so a `${KEY}` setup never wrote fails before any target runs.
    substitutionPairs(substitute, outputs, configFile, locate);
    const reverse = reverseSubstitutions(substitute, outputs, configFile);
    return { apply: (text) => applySubstitutions(text, substitute, outputs, configFile), reverse };
}
/**
 * Applies the config's `substitute` map to a policy's text before it is attached. Values may
 * name setup outputs as `${KEY}`; a `${KEY}` with no such output is an error rather than
 * being left in the policy, where it would read as an IAM policy variable.
 * Longer search strings are replaced first so that overlapping keys behave predictably.
 */
function applySubstitutions(text, substitute, outputs, configFile) {
    return replaceAll(text, substitutionPairs(substitute, outputs, configFile));
}
/**
 * The inverse, for showing what the run found in the user's own terms: a suggested resource
 * ARN on the emulator's account and key ids reads back with the production account and the
 * placeholders the policy file uses.
 */
function reverseSubstitutions(substitute, outputs, configFile) {
    const pairs = substitutionPairs(substitute, outputs, configFile)
        .filter(([, to]) => to !== '')
        .map(([from, to]) => [to, from]);
    return (text) => replaceAll(text, pairs);
}
function substitutionPairs(substitute, outputs, configFile, locate) {
    return Object.entries(substitute).map(([from, to]) => [from, expandOutputs(to, outputs, from, configFile, locate)]);
}
function replaceAll(text, pairs) {
    if (pairs.length === 0)
        return text;
    const sorted = [...pairs].sort((a, b) => b[0].length - a[0].length || a[0].localeCompare(b[0]));
    const pattern = new RegExp(sorted.map(([from]) => substitute_escapeRegExp(from)).join('|'), 'g');
    const lookup = new Map(sorted);
    // One pass, so a replacement's own text is never substituted again.
    return text.replace(pattern, (found) => lookup.get(found));
}
function expandOutputs(value, outputs, key, configFile, locate) {
    return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name) => {
        const output = outputs[name];
        if (output === undefined) {
            const known = Object.keys(outputs);
            const where = locate?.(['substitute', key]);
            throw new errors/* InputError */.dz([
                {
                    file: where?.file ?? configFile,
                    ...(where?.position && { position: where.position }),
                    key: `substitute.${key}`,
                    message: `\${${name}} is not an output of setup (it wrote: ${known.length ? known.join(', ') : 'nothing'})`,
                    severity: 'error',
                },
            ]);
        }
        return output;
    });
}
function substitute_escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/mutate/suggest-policy.ts


/** Above this many distinct resources, a statement is narrowed to their common prefix. */
const MAX_EXACT_RESOURCES = 5;
/**
 * The smallest policy the baseline trace supports: each Allow statement the workload used,
 * keeping its Sid and Condition, narrowed to the exact actions it granted and the resources
 * it granted them on. Each call is kept by the first statement that granted it, so duplicate
 * grants collapse into one; calls other policies also grant need nothing from this one.
 * Unused Allow statements are dropped; Deny statements are kept as they are (a trace cannot
 * show that a Deny is unnecessary), except those in `redundantDenies`, which probes showed
 * unnecessary. The caller must verify the result with a baseline run and a full mutant run
 * before showing it.
 */
function suggestPolicy(policy, baseline, redundantDenies = new Set()) {
    const statements = statementsOf(policy);
    const used = firstGrantingStatement(baseline, statements.length);
    const suggested = [];
    statements.forEach((statement, index) => {
        if (statement.Effect !== 'Allow') {
            if (!redundantDenies.has(index))
                suggested.push(statement);
            return;
        }
        const calls = used[index] ?? [];
        if (calls.length === 0)
            return;
        suggested.push(narrowStatement(statement, calls));
    });
    return { ...policy, Version: '2012-10-17', Statement: suggested };
}
/** The calls only this policy granted, each under the first statement that granted it. */
function firstGrantingStatement(calls, statementCount) {
    const byIndex = Array.from({ length: statementCount }, () => []);
    for (const call of calls) {
        if (call.decision !== 'allow' || call.grantedElsewhere > 0)
            continue;
        const first = Math.min(...call.matched.map((ref) => ref.index));
        byIndex[first]?.push(call);
    }
    return byIndex;
}
/**
 * One statement narrowed to what these calls used of it. A Resource entry without `*` (exact,
 * or with `?` standing for generated characters such as a secret's suffix) is kept as written.
 */
function narrowStatement(statement, calls) {
    const actions = uniqueSorted(calls.map((c) => c.action));
    const written = listOf(statement.Resource).filter((entry) => !entry.includes('*'));
    const kept = new Set();
    const touched = [];
    for (const call of calls) {
        const entry = written.find((w) => (0,src_policy/* arnMatches */.T1)(w, call.resource));
        if (entry !== undefined)
            kept.add(entry);
        else
            touched.push(call.resource);
    }
    const resources = [...[...kept].sort(), ...narrowResources(uniqueSorted(touched))];
    const narrowed = {};
    const sid = sidOf(statement);
    if (sid !== null)
        narrowed.Sid = sid;
    narrowed.Effect = 'Allow';
    narrowed.Action = asElement(actions);
    narrowed.Resource = asElement(resources);
    if (statement.Condition !== undefined)
        narrowed.Condition = statement.Condition;
    return narrowed;
}
/**
 * Exact ARNs while there are few; otherwise the longest common prefix that ends at a separator
 * (`/`, `:`, `-`, `_`), plus `*` (never a bare `*`: then the exact list is kept).
 */
function narrowResources(resources) {
    if (resources.includes('*') || resources.length <= MAX_EXACT_RESOURCES)
        return [...resources];
    let prefix = resources[0];
    for (const r of resources) {
        while (!r.startsWith(prefix))
            prefix = prefix.slice(0, -1);
    }
    const cut = Math.max(...['/', ':', '-', '_'].map((sep) => prefix.lastIndexOf(sep)));
    const base = prefix.slice(0, cut + 1);
    // A prefix with nothing of the resource part (`arn:aws:s3:::`, `...:000000000000:`) would
    // grant every resource of the service: keep the exact list instead.
    const resourcePart = base.split(':').slice(5).join(':');
    if (resourcePart === '')
        return [...resources];
    return [`${base}*`];
}
function uniqueSorted(values) {
    return [...new Set(values)].sort();
}

;// CONCATENATED MODULE: ./src/mutate/stages/prepare.ts


/**
 * Stage 1: substitutes the policy text and describes each statement from the parsed policy
 * (positions from the file, values as attached). The mutators work on the JSON of the very
 * text that is attached; both list the same statements in the same order, which is checked
 * here once so that no later stage has to trust it.
 */
function preparePolicy(input) {
    const { parsed, substitution } = input;
    const text = substitution.apply(input.fileText);
    const json = JSON.parse(text);
    if (statementsOf(json).length !== parsed.statements.length) {
        throw new errors/* RunError */.e4(`${parsed.file}: the substitutions changed the policy's statement list; substitute values must not contain JSON structure`);
    }
    const statements = parsed.statements.map((s) => describeStatement(s, substitution));
    const findings = statements.map(() => []);
    for (const { statementIndex, ...finding } of input.lintPolicy?.(parsed) ?? []) {
        findings[statementIndex]?.push(finding);
    }
    return { text, json, statements, findings, substitution };
}
function describeStatement(s, substitution) {
    const sid = s.sid?.value ? substitution.apply(s.sid.value) : null;
    const values = (list) => (list ?? []).map((v) => substitution.apply(v.value));
    return {
        index: s.index,
        sid: sid === '' ? null : sid,
        line: s.line,
        column: s.column,
        effect: s.effect.value,
        actions: values(s.action ?? s.notAction),
        resources: values(s.resource ?? s.notResource),
    };
}

;// CONCATENATED MODULE: ./src/mutate/stages/suggestion.ts






/**
 * Stage 4: when some statement is over-broad (an Allow that survived, covers nothing, or a
 * narrower variant of which survived; a Deny that every probe showed redundant), builds the
 * smallest policy the baseline trace and the probes support and proves it the same way: a
 * baseline run and every mutant. Each over-broad statement gets its narrower replacement (or
 * `null`: remove it), marked verified only if that proof held; an unverified suggestion says
 * why.
 */
async function proveSuggestion(input) {
    const { prepared, calls, judged } = input;
    const overBroad = overBroadAllows(prepared, judged);
    const redundantDenies = new Set(prepared.statements
        .filter((s) => s.effect === 'Deny' && judged.ownByStatement[s.index]?.status === 'survived')
        .map((s) => s.index));
    if (overBroad.length === 0 && redundantDenies.size === 0)
        return undefined;
    const suggested = suggestPolicy(prepared.json, calls, redundantDenies);
    const text = JSON.stringify(suggested, null, 2);
    const parsed = (0,src_policy/* parsePolicy */.ON)(text, `${input.policyName} (suggested)`).value;
    if (parsed === undefined)
        return undefined;
    const check = await input.prove(preparePolicy({ fileText: text, parsed, substitution: noSubstitution }));
    const unverified = whyNotVerified(check);
    const verified = unverified === undefined;
    const byCall = firstGrantingStatement(calls, prepared.statements.length);
    const originals = statementsOf(prepared.json);
    const byStatement = new Map();
    for (const index of overBroad) {
        const own = byCall[index] ?? [];
        byStatement.set(index, own.length === 0
            ? {
                statement: null,
                verified,
                reason: 'remove it: every call it allows is granted elsewhere or never made',
            }
            : {
                statement: narrowStatement(originals[index] ?? {}, own),
                verified,
                reason: `narrow it to the ${count(own, (c) => c.action)} action(s) and ${count(own, (c) => c.resource)} resource(s) the workload used`,
            });
    }
    for (const index of redundantDenies) {
        byStatement.set(index, {
            statement: null,
            verified,
            reason: 'remove it: every probe stays denied without it',
        });
    }
    const notes = [...keptDenyNotes(prepared, judged), ...denyNotesOfTheCheck(check)];
    if (unverified !== undefined)
        notes.unshift(`the suggested policy is not verified: ${unverified}`);
    return {
        suggestedPolicy: {
            policy: suggested,
            verified,
            score: check.score,
            ...(unverified !== undefined && { reason: unverified }),
        },
        byStatement,
        notes,
    };
}
/** Allow statements shown unjustified, and those a narrower variant of survived. */
function overBroadAllows(prepared, judged) {
    const overBroad = new Set();
    for (const s of prepared.statements) {
        const own = judged.ownByStatement[s.index];
        if (s.effect === 'Allow' && own !== undefined && isJustified(own.status) === false) {
            overBroad.add(s.index);
        }
    }
    for (const m of judged.mutants) {
        if ((m.mutator === 'narrow-resource' || m.mutator === 'remove-action') &&
            m.status === 'survived') {
            overBroad.add(m.index);
        }
    }
    return [...overBroad];
}
/** Which step of the suggestion's own proof failed, or undefined when it held. */
function whyNotVerified(check) {
    if (check.baseline.status !== 'passed') {
        return `its own baseline did not pass (${check.baseline.status}: ${check.baseline.reason ?? 'no reason given'})`;
    }
    const unproved = check.statements.filter((s) => s.effect === 'Allow' && s.justified !== true);
    if (unproved.length === 0)
        return undefined;
    return `in its own mutant run, ${unproved.map((s) => `${s.sid ?? `#${s.index}`} was ${s.status}`).join(', ')}`;
}
/**
 * `verified` looks at Allow statements only, so a suggestion can be verified with a score under
 * 100: once its Allows are narrowed, a Deny that was needed may block nothing they grant any
 * more, and survives in the suggestion's own run. Say so, instead of leaving a reader to
 * wonder why a verified policy scores 50.
 */
function denyNotesOfTheCheck(check) {
    if (check.baseline.status !== 'passed')
        return [];
    return check.statements
        .filter((s) => s.effect === 'Deny' && s.justified !== true)
        .map((s) => {
        const sid = s.sid ?? `#${s.index}`;
        return s.justified === false
            ? `the suggested policy's score counts Deny ${sid}, which ${s.status === 'no-coverage' ? 'no probe exercises' : 'survived'} in its own run: once the Allow statements are narrowed, nothing ${sid} blocks is granted any more, so removing it changes nothing. "verified" looks at Allow statements only; keep ${sid} as a guard against a later, broader Allow, or drop it`
            : `the suggested policy's Deny ${sid} could not be judged in its own run (${s.status}); "verified" looks at Allow statements only`;
    });
}
/** A Deny the suggestion keeps although it was not shown needed: say why. */
function keptDenyNotes(prepared, judged) {
    const notes = [];
    for (const s of prepared.statements) {
        const status = judged.ownByStatement[s.index]?.status;
        if (s.effect !== 'Deny' || status === 'killed' || status === 'survived')
            continue;
        notes.push(`the suggested policy keeps Deny ${suggestion_name(s)}: ${keptBecause(status)}`);
    }
    return notes;
}
function keptBecause(status) {
    return status === 'no-coverage'
        ? 'no probe exercises it, so nothing showed it unnecessary'
        : `its probes could not decide it (${status ?? 'not judged'}), so nothing showed it unnecessary`;
}
function suggestion_name(s) {
    return s.sid ?? `#${s.index}`;
}
function count(calls, key) {
    return new Set(calls.map(key)).size;
}

;// CONCATENATED MODULE: ./src/mutate/stages/target-notes.ts
/** Things a reader must know to trust the verdicts: missing evidence, replay contradictions. */
function targetNotes(mutants, trace) {
    const notes = [];
    if (!trace.logged) {
        notes.push('the endpoint keeps no authorization log: denied actions come from the workload response or error messages, and no-coverage cannot be told from survived');
    }
    const contradicted = mutants.filter((m) => m.predicted !== undefined && m.predicted !== m.status);
    if (contradicted.length > 0) {
        notes.push(`the re-run contradicted the replay for ${contradicted.map((m) => m.id).join(', ')}: the workload may not be deterministic`);
    }
    return notes;
}

;// CONCATENATED MODULE: ./src/mutate/run-target.ts













/**
 * The baseline-plus-mutant loop for one target (docs/architecture.md): baseline, mutants,
 * suggestion, statement rows, each a stage under stages/. The role's previous inline policy
 * of that name is restored afterwards, whatever happens (an interruption included, which then
 * records what it restored). The report is returned in the policy
 * file's terms: every text the run saw is mapped back through the substitution it applied.
 */
async function runTarget(run) {
    const { target, backend } = run;
    run.reporter?.onTargetStarted?.({ policy: target.policy, index: run.index, total: run.total });
    const previous = await backend.getRolePolicy(target.role, target.policyName);
    const policyRef = `role ${target.role}'s inline policy ${target.policyName}`;
    const leftover = previous === undefined
        ? `${policyRef} is attached (the role had none before the run)`
        : `${policyRef} may hold a mutant instead of its original`;
    run.leftovers?.add(leftover);
    let interrupted;
    try {
        const report = targetInRepositoryTerms(await proveTarget(run, run.prepared, run.suggest !== false), run.prepared.substitution.reverse);
        run.reporter?.onTargetFinished?.(report);
        return report;
    }
    catch (error) {
        interrupted = (0,errors/* interruptionOf */.nS)(error, backend.signal);
        interrupted?.during.unshift(`target ${run.index + 1}/${run.total} ${target.policy}`);
        throw interrupted ?? error;
    }
    finally {
        await restore(backend, target, previous, interrupted);
        run.leftovers?.delete(leftover);
    }
}
/** Puts the role's inline policy back as it was (or deletes it when there was none). */
async function restore(backend, target, previous, interrupted) {
    const policyRef = `role ${target.role}'s inline policy ${target.policyName}`;
    try {
        if (previous === undefined)
            await backend.deleteRolePolicy(target.role, target.policyName);
        else
            await backend.putRolePolicy(target.role, target.policyName, previous);
    }
    catch (error) {
        // Interrupted, the interruption is what is reported, with the failed restore in it.
        if (interrupted === undefined)
            throw error;
        interrupted.leftBehind.push(`${policyRef} could not be restored: ${error.message.split('\n', 1)[0]}`);
        return;
    }
    interrupted?.undone.push(previous === undefined
        ? `deleted ${policyRef} (the role had none before the run)`
        : `restored ${policyRef} to its original document`);
}
async function proveTarget(run, prepared, suggest, proof) {
    const { target, backend, reporter } = run;
    // The baseline is taken from the trace only when the trace decides every Allow mutant too;
    // otherwise it runs for real, and the observed kills still apply if it made the same calls.
    const fromTrace = proof !== undefined && decidedByTrace(prepared, proof, run.verify)
        ? { passed: true, trace: { logged: true, calls: proof.retraced } }
        : undefined;
    const baseline = fromTrace ?? (await runBaseline(backend, target, prepared.text));
    const header = { policy: target.policy, role: target.role };
    if (!baseline.passed) {
        const reason = describeOutcome(baseline.outcome);
        reporter?.onBaselineFinished?.({
            policy: target.policy,
            passed: false,
            calls: baseline.calls.length,
            reason,
        });
        const kind = baseline.outcome.kind;
        return {
            ...header,
            baseline: {
                status: kind === 'timeout' ? 'timeout' : kind === 'denied' ? 'failed' : 'error',
                calls: baseline.calls.map(toCallRecord),
                reason,
            },
            statements: undecidedStatementRows(prepared),
            mutants: [],
            score: null,
            mutantScore: null,
            notes: [`baseline did not pass, so no mutant was run: ${reason}`],
        };
    }
    const { trace } = baseline;
    const calls = trace.logged ? trace.calls : [];
    reporter?.onBaselineFinished?.({ policy: target.policy, passed: true, calls: calls.length });
    const observedKills = proof !== undefined && trace.logged && sameCalls(trace.calls, proof.retraced)
        ? proof.observedKills
        : undefined;
    const judged = await judgeMutants({
        backend,
        target,
        verify: run.verify,
        prepared,
        trace,
        ...(observedKills && { observedKills }),
        ...(reporter?.onMutantFinished && {
            onMutantFinished: (event) => reporter.onMutantFinished?.({ policy: target.policy, ...event }),
        }),
    });
    const suggestion = suggest && trace.logged
        ? await proveSuggestion({
            policyName: target.policy,
            prepared,
            calls,
            judged,
            prove: (other) => {
                const retraced = retraceUnder(other.text, calls);
                return proveTarget({ ...run, reporter: undefined }, other, false, retraced && { retraced, observedKills: judged.observedKills });
            },
        })
        : undefined;
    const statements = statementRows({
        prepared,
        judged,
        calls,
        ...(suggestion && { suggestions: suggestion.byStatement }),
    });
    return {
        ...header,
        baseline: { status: 'passed', calls: calls.map(toCallRecord) },
        statements,
        mutants: judged.mutants,
        score: mutationScore(statements.map((s) => s.status)),
        mutantScore: mutationScore(judged.mutants.map((m) => m.status)),
        notes: [...targetNotes(judged.mutants, trace), ...(suggestion?.notes ?? [])],
        ...(suggestion && { suggestedPolicy: suggestion.suggestedPolicy }),
    };
}
/**
 * Whether the trace decides every Allow mutant of the policy without a re-run: each is
 * predicted denied first at a call whose denial a real re-run already showed kills the
 * workload, or (verify: none) predicted to survive.
 */
function decidedByTrace(prepared, proof, verify) {
    if (proof.observedKills.size === 0)
        return false;
    const usage = statementUsage(prepared.json, proof.retraced);
    for (const mutant of generateMutants({ policy: prepared.json, usage })) {
        if (mutant.mutator === 'remove-deny')
            continue; // judged by probes, never by the workload
        if (usage[mutant.statementIndex] === undefined)
            continue; // no-coverage, no run needed
        const prediction = predictMutant(mutant, proof.retraced);
        if (prediction.kind === 'passed') {
            if (verify === 'none')
                continue;
            return false;
        }
        if (proof.observedKills.get(prediction.callIndex) !== prediction.action)
            return false;
    }
    return true;
}
function toCallRecord(call) {
    return {
        action: call.action,
        resource: call.resource,
        decision: call.decision,
        matchedSids: call.matched.map((ref) => ref.sid ?? `#${ref.index}`),
    };
}

;// CONCATENATED MODULE: ./src/mutate/select-targets.ts


/** The targets `--only` names (as written in the config, or paths); empty: all of them. */
function selectTargets(config, only) {
    if (only.length === 0)
        return config.targets;
    const wanted = new Set(only.map((p) => external_node_path_default().resolve(config.rootDir, p)));
    const targets = config.targets.filter((t) => wanted.has(t.policyPath));
    const unknown = only.filter((p) => !config.targets.some((t) => t.policyPath === external_node_path_default().resolve(config.rootDir, p)));
    if (unknown.length > 0) {
        throw new errors/* InputError */.dz(`--only names no target of ${external_node_path_default().relative(config.rootDir, config.file)}: ${unknown.join(', ')}`);
    }
    return targets;
}

;// CONCATENATED MODULE: ./src/mutate/run-plan.ts


















/** An external emulator's well-known admin keys (docs/emulator.md): never real credentials. */
const WELL_KNOWN = { accessKeyId: 'test', secretAccessKey: 'test' };
const SETUP_TIMEOUT_MS = 10 * 60_000;
/**
 * The whole run: start (or reach) the emulator, run setup once, then the baseline-plus-mutant
 * loop for each target. Policies are parsed and validated before anything starts, so bad
 * input fails fast with file:line:column and nothing half-done.
 */
async function runPlan(options) {
    const { config } = options;
    checkEmulatorEndpoint(config, options.endpoint, options.allowRemoteEmulator === true);
    const targets = selectTargets(config, options.only);
    const policies = await Promise.all(targets.map((t) => (0,load_policy/* loadPolicy */.t)(t.policyPath, t.policy)));
    const cache = options.cache === false
        ? undefined
        : openRunCache(config, options.reportDir === undefined ? [] : [options.reportDir]);
    const cached = targets.map((t, i) => cache?.get(t, policies[i].text));
    if (cached.every((r) => r !== undefined)) {
        // Nothing changed: no emulator, no setup, no workload run.
        return report(cached.map((r) => markCached(r)));
    }
    (0,errors/* throwIfInterrupted */.sK)(options.signal);
    const { signal, leftovers } = options;
    const scratch = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'iam-mutate-'));
    const scratchLeftover = `scratch directory ${scratch}`;
    leftovers?.add(scratchLeftover);
    const emptyConfigFile = external_node_path_default().join(scratch, 'empty-aws-config');
    await (0,promises_.writeFile)(emptyConfigFile, '');
    let emulator;
    let interrupted;
    try {
        // The embedded emulator gets admin keys made for this run: known to the orchestrator and
        // setup only, so a workload cannot sign as admin (which bypasses IAM) with test/test.
        const runAdmin = randomAdminCredentials();
        let embedded = false;
        const endpoint = options.endpoint ??
            (await reachEmulator(config, runAdmin, (e) => {
                emulator = e;
                embedded = config.emulator.kind === 'embedded';
            }, options.launchLocalEmu));
        (0,errors/* throwIfInterrupted */.sK)(signal);
        const ADMIN = embedded ? runAdmin : WELL_KNOWN;
        const authorizationLog = options.useAuthorizationLog === false
            ? undefined
            : await connectAuthorizationLog(endpoint, config.account, ADMIN);
        const outputs = config.setup
            ? (options.reporter?.onSetupStarted?.(external_node_path_default().relative(config.rootDir, config.setup)),
                await runSetup({
                    script: config.setup,
                    rootDir: config.rootDir,
                    endpoint,
                    region: config.region,
                    admin: ADMIN,
                    hostEnv: options.hostEnv,
                    envNames: config.env,
                    emptyConfigFile,
                    timeoutMs: SETUP_TIMEOUT_MS,
                    ...(signal && { signal }),
                }).catch((error) => {
                    const stopped = (0,errors/* interruptionOf */.nS)(error, signal);
                    stopped?.during.unshift('setup');
                    throw stopped ?? error;
                }))
            : {};
        const backend = awsSdkBackend({
            endpoint,
            region: config.region,
            accountId: config.account,
            admin: ADMIN,
            hostEnv: options.hostEnv,
            envNames: config.env,
            rootDir: config.rootDir,
            emptyConfigFile,
            ...(authorizationLog && { authorizationLog }),
            ...(signal && { signal }),
        });
        const substitution = substitutionFor(config.substitute, outputs, config.file, config.locate);
        const reports = [];
        for (const [index, target] of targets.entries()) {
            const loaded = policies[index];
            const hit = cached[index];
            if (hit !== undefined) {
                reports.push(markCached(hit));
                continue;
            }
            const prepared = preparePolicy({
                fileText: loaded.text,
                parsed: loaded.parsed,
                substitution,
                lintPolicy: options.lintPolicy ??
                    ((parsed) => (0,lint/* statementFindings */.yo)(parsed, (0,lint/* ignoreEntriesFor */.gz)(config.ignore, target.policy))),
            });
            const result = await runTarget({
                target,
                prepared,
                backend,
                verify: options.verify,
                ...(options.reporter && { reporter: options.reporter }),
                index,
                total: targets.length,
                ...(leftovers && { leftovers }),
            }).catch((error) => {
                throw located(error, config, config.targets.indexOf(target));
            });
            reports.push(result);
            cache?.put(target, loaded.text, result);
        }
        (0,errors/* throwIfInterrupted */.sK)(signal);
        return report(reports);
    }
    catch (error) {
        interrupted = (0,errors/* interruptionOf */.nS)(error, signal);
        throw interrupted ?? error;
    }
    finally {
        await emulator?.stop();
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
        leftovers?.delete(scratchLeftover);
        if (emulator)
            interrupted?.undone.push('stopped the emulator this run started');
        interrupted?.undone.push(`removed the ${scratchLeftover}`);
    }
}
/** A missing role, pointed at the target's `role:` line when the config came from a file. */
function located(error, config, targetIndex) {
    if (!(error instanceof RoleNotFoundError) || config.locate === undefined || targetIndex < 0) {
        return error;
    }
    const where = config.locate(['targets', targetIndex, 'role']);
    return new errors/* InputError */.dz([
        {
            file: where.file,
            ...(where.position && { position: where.position }),
            key: where.key,
            message: RoleNotFoundError.message(error.role),
            severity: 'error',
        },
    ]);
}
function randomAdminCredentials() {
    return {
        accessKeyId: `AKIM${(0,external_node_crypto_.randomBytes)(8).toString('hex').toUpperCase()}`,
        secretAccessKey: (0,external_node_crypto_.randomBytes)(30).toString('base64url'),
    };
}
function report(targets) {
    return { schemaVersion: 1, tool: { name: version/* TOOL_NAME */.l, version: version/* VERSION */.x }, targets };
}
function markCached(report) {
    return {
        ...report,
        notes: [
            ...report.notes,
            'unchanged since a previous run (policy, config and repository): result reused from .iam-mutate-cache (--no-cache re-runs it)',
        ],
    };
}

// EXTERNAL MODULE: ./src/shard/plan-shards.ts
var plan_shards = __webpack_require__(11);
;// CONCATENATED MODULE: ./src/app/run-plan-concurrently.ts





/**
 * `--jobs N`: the targets split into N balanced groups (the shard planner), each group run by
 * its own runPlan at the same time: its own embedded emulator, its own setup run, its own
 * scratch directory, so no group sees another's resources. Only for the embedded emulator:
 * against an endpoint (or LocalEmu) every group would run setup on the same account, so those
 * runs stay sequential. The report lists the targets in config order, as a sequential run does.
 */
async function runPlanConcurrently(options, jobs) {
    const { config } = options;
    const targets = selectTargets(config, options.only);
    if (options.endpoint !== undefined || config.emulator.kind !== 'embedded' || targets.length < 2) {
        return runPlan(options);
    }
    const statements = await Promise.all(targets.map(async (t) => (await (0,load_policy/* loadPolicy */.t)(t.policyPath, t.policy)).parsed.statements.length));
    const { weighted, basis } = (0,plan_shards/* weighTargets */.vY)(targets.map((t, i) => ({ policy: t.policy, role: t.role, statements: statements[i] })), readRememberedTimings(config.rootDir));
    const plan = (0,plan_shards/* planShards */.tF)(weighted, Math.min(jobs, targets.length), basis);
    const reporter = renumbered(options.reporter, targets.length);
    const settled = await Promise.allSettled(Array.from({ length: plan.count }, (_, i) => runPlan({
        ...options,
        only: (0,plan_shards/* shardTargets */.PY)(plan, i + 1),
        ...(reporter && { reporter }),
    })));
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed)
        throw failed.reason;
    const reports = settled.map((s) => s.value);
    const byPolicy = new Map(reports.flatMap((r) => r.targets.map((t) => [t.policy, t])));
    const first = reports[0];
    return { ...first, targets: targets.map((t) => byPolicy.get(t.policy)) };
}
/** Progress counts targets across all groups (target 7/60), not within one group. */
function renumbered(reporter, total) {
    if (!reporter)
        return undefined;
    let next = 0;
    return {
        ...reporter,
        onTargetStarted(event) {
            reporter.onTargetStarted?.({ ...event, index: next++, total });
        },
    };
}

;// CONCATENATED MODULE: ./src/app/run-plan-timed.ts




/** Where the durations of the last runs are kept for `iam-mutate plan` (next to the cache). */
const TIMINGS_FILE = external_node_path_default().join('.iam-mutate-cache', 'timings.json');
/**
 * runPlan with each target's wall-clock time recorded as `durationMs` (docs/report-format.md),
 * run `jobs` at a time (each group with its own embedded emulator, run-plan-concurrently.ts),
 * and the durations remembered in .iam-mutate-cache/timings.json so that the next
 * `iam-mutate plan` balances shards by them. Targets reused from the cache keep no duration:
 * they took no time, and the remembered one stays.
 */
async function runPlanTimed(options) {
    const { jobs, ...planOptions } = options;
    const started = new Map();
    const durations = new Map();
    const inner = options.reporter;
    const reporter = {
        ...inner,
        onTargetStarted(event) {
            started.set(event.policy, performance.now());
            inner?.onTargetStarted?.(event);
        },
        onTargetFinished(report) {
            const t0 = started.get(report.policy);
            if (t0 !== undefined)
                durations.set(report.policy, Math.round(performance.now() - t0));
            inner?.onTargetFinished?.(report);
        },
    };
    const withTimings = { ...planOptions, reporter };
    const report = jobs > 1 ? await runPlanConcurrently(withTimings, jobs) : await runPlan(withTimings);
    const timed = {
        ...report,
        targets: report.targets.map((t) => {
            const ms = durations.get(t.policy);
            return ms === undefined ? t : { ...t, durationMs: ms };
        }),
    };
    if (options.cache !== false && durations.size > 0) {
        rememberTimings(options.config.rootDir, durations);
    }
    return timed;
}
/** Reads .iam-mutate-cache/timings.json (`{ "policy": ms }`); absent or unreadable: empty. */
function readRememberedTimings(rootDir) {
    try {
        const value = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_default().join(rootDir, TIMINGS_FILE), 'utf8'));
        if (typeof value !== 'object' || value === null || Array.isArray(value))
            return new Map();
        return new Map(Object.entries(value).filter((e) => typeof e[1] === 'number' && e[1] >= 0));
    }
    catch {
        return new Map();
    }
}
/**
 * Adds durations to .iam-mutate-cache/timings.json under `rootDir` (a run's, or a merged
 * report's in the merge job, whose cache the next plan job restores). Never fails the caller.
 */
function rememberTimings(rootDir, durations) {
    try {
        const merged = readRememberedTimings(rootDir);
        for (const [policy, ms] of durations)
            merged.set(policy, ms);
        const file = external_node_path_default().join(rootDir, TIMINGS_FILE);
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
        (0,external_node_fs_.writeFileSync)(`${file}.partial-${process.pid}`, `${JSON.stringify(Object.fromEntries(merged))}\n`);
        (0,external_node_fs_.renameSync)(`${file}.partial-${process.pid}`, file);
    }
    catch {
        // Timings only balance the next plan; a read-only checkout must not fail the run.
    }
}


/***/ }),

/***/ 7254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ NodeSha256)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

function bytes(data) {
    if (typeof data === 'string')
        return data;
    if (data instanceof ArrayBuffer)
        return new Uint8Array(data);
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
/**
 * The hash constructor @smithy/signature-v4 expects (`new Sha256(secret?)`), backed by
 * node:crypto: hashing without a secret, HMAC with one.
 */
class NodeSha256 {
    hash;
    secret;
    constructor(secret) {
        this.secret = secret === undefined ? undefined : bytes(secret);
        this.hash = this.fresh();
    }
    fresh() {
        return this.secret === undefined ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256') : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', this.secret);
    }
    update(data) {
        this.hash.update(bytes(data));
    }
    digest() {
        return Promise.resolve(this.digestSync());
    }
    digestSync() {
        return new Uint8Array(this.hash.digest());
    }
    reset() {
        this.hash = this.fresh();
    }
}


/***/ }),

/***/ 4148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OW: () => (/* binding */ internalFetch),
/* harmony export */   RO: () => (/* binding */ WELL_KNOWN_ADMIN),
/* harmony export */   SP: () => (/* binding */ INTERNAL_TOKEN_HEADER)
/* harmony export */ });
/* harmony import */ var _smithy_signature_v4__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5118);
/* harmony import */ var _identity_node_sha256_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7254);


/** The well-known admin key every `iam-mutate emulator` accepts (LocalEmu's `test`/`test`). */
const WELL_KNOWN_ADMIN = { accessKeyId: 'test', secretAccessKey: 'test' };
/** The header carrying the per-run token. */
const INTERNAL_TOKEN_HEADER = 'x-iam-mutate-token';
/**
 * Calls an internal endpoint (`/_iam-mutate/...`) with admin credentials: a SigV4 signature by
 * an admin key (scope service `iam-mutate`), or the per-run token.
 */
async function internalFetch(endpoint, pathAndQuery, auth = WELL_KNOWN_ADMIN, method = 'GET') {
    const url = new URL(pathAndQuery, endpoint.replace(/\/?$/, '/'));
    if ('token' in auth) {
        return fetch(url, { method, headers: { [INTERNAL_TOKEN_HEADER]: auth.token } });
    }
    const signer = new _smithy_signature_v4__WEBPACK_IMPORTED_MODULE_1__.SignatureV4({
        service: 'iam-mutate',
        region: 'us-east-1',
        credentials: auth,
        sha256: _identity_node_sha256_js__WEBPACK_IMPORTED_MODULE_0__/* .NodeSha256 */ .u,
    });
    const query = {};
    for (const [k, v] of url.searchParams)
        query[k] = v;
    const signed = await signer.sign({
        method,
        protocol: url.protocol,
        hostname: url.hostname,
        port: Number(url.port),
        path: url.pathname,
        query,
        headers: { host: url.host },
    });
    const headers = { ...signed.headers };
    delete headers['host'];
    return fetch(url, { method, headers });
}


/***/ }),

/***/ 5323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ loadPolicy)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1922);
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8074);



/**
 * Reads, parses and validates a policy file as an identity policy, before anything starts:
 * bad input fails with file:line:column and nothing half-done.
 */
async function loadPolicy(file, shown) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz([
            { file: shown, message: 'policy file cannot be read', severity: 'error' },
        ]);
    }
    const result = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePolicy */ .ON)(text, shown);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    if (result.value === undefined || errors.length > 0)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(errors);
    const invalid = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_2__/* .validatePolicy */ .tE)(result.value, { kind: 'identity' }).filter((d) => d.severity === 'error');
    if (invalid.length > 0)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(invalid);
    return { text, parsed: result.value };
}


/***/ }),

/***/ 1417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dx: () => (/* binding */ workloadEnvironment),
/* harmony export */   tr: () => (/* binding */ forbiddenWorkloadVariable)
/* harmony export */ });
/* unused harmony export allowedHostEnvironment */
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
const NEVER = /^(AWS_|AMAZON_|BOTO_|BOTOCORE_|INPUT_|ACTIONS_|HTTPS?_PROXY$|ALL_PROXY$|NO_PROXY$)|^(https?_proxy|all_proxy|no_proxy|GITHUB_TOKEN|GH_TOKEN)$/i;
/** Whether a host variable named in the config's `env:` may be passed on at all. */
function forbiddenWorkloadVariable(name) {
    return NEVER.test(name);
}
/** The host variables a workload gets: the allow-list, LC_*, and the config's `env:` names. */
function allowedHostEnvironment(hostEnv, extraNames = []) {
    const extra = new Set(extraNames);
    const env = {};
    for (const [key, value] of Object.entries(hostEnv)) {
        if (value === undefined || NEVER.test(key))
            continue;
        if (ALLOWED.has(key) || key.startsWith('LC_') || extra.has(key))
            env[key] = value;
    }
    return env;
}
function workloadEnvironment(hostEnv, endpointUrl, region, credentials, extra = {}, emptyConfigFile, 
/** Further host variables to pass (the config's `env:`). */
extraNames = []) {
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
function noProxyFor(endpointUrl) {
    let host = '';
    try {
        host = new URL(endpointUrl).hostname.replace(/^\[|\]$/g, '');
    }
    catch {
        // Not a URL: loopback still bypasses any proxy.
    }
    return [...new Set([host, 'localhost', '127.0.0.1', '::1'].filter((h) => h !== ''))].join(',');
}


/***/ }),

/***/ 11:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JU: () => (/* binding */ shardCountForMax),
/* harmony export */   PY: () => (/* binding */ shardTargets),
/* harmony export */   tF: () => (/* binding */ planShards),
/* harmony export */   u5: () => (/* binding */ matrixJson),
/* harmony export */   vY: () => (/* binding */ weighTargets)
/* harmony export */ });
function planShards(targets, count, basis) {
    const loads = Array.from({ length: count }, () => 0);
    const shardOf = new Array(targets.length);
    const order = targets
        .map((t, i) => ({ t, i }))
        .sort((a, b) => b.t.weight - a.t.weight || a.i - b.i);
    for (const { t, i } of order) {
        let lightest = 0;
        for (let s = 1; s < count; s++)
            if (loads[s] < loads[lightest])
                lightest = s;
        loads[lightest] += t.weight;
        shardOf[i] = lightest + 1;
    }
    return {
        count,
        basis,
        targets: targets.map((t, i) => ({ policy: t.policy, role: t.role, shard: shardOf[i] })),
    };
}
/** How many shards `--max-per-shard K` needs for `total` targets (at least one). */
function shardCountForMax(total, maxPerShard) {
    return Math.max(1, Math.ceil(total / maxPerShard));
}
/** The policies of shard `index` (1-based), in config order. */
function shardTargets(plan, index) {
    return plan.targets.filter((t) => t.shard === index).map((t) => t.policy);
}
/**
 * The matrix for `strategy.matrix: ${{ fromJSON(...) }}`: only `include`, since any other
 * top-level key would become a matrix dimension. Empty shards are left out.
 */
function matrixJson(plan) {
    const include = [];
    for (let index = 1; index <= plan.count; index++) {
        const targets = shardTargets(plan, index);
        if (targets.length > 0)
            include.push({ shard: `${index}/${plan.count}`, targets });
    }
    return { include };
}
/**
 * Target weights: previous durations when `timings` covers any target (a target without one
 * gets the mean of those that have one), else statement counts plus one for the baseline.
 */
function weighTargets(targets, timings) {
    const known = targets.map((t) => timings.get(t.policy)).filter((ms) => ms !== undefined);
    if (known.length === 0) {
        return {
            basis: 'statements',
            weighted: targets.map((t) => ({ policy: t.policy, role: t.role, weight: t.statements + 1 })),
        };
    }
    const mean = known.reduce((a, b) => a + b, 0) / known.length;
    return {
        basis: 'timings',
        weighted: targets.map((t) => ({
            policy: t.policy,
            role: t.role,
            weight: timings.get(t.policy) ?? mean,
        })),
    };
}


/***/ })

};
