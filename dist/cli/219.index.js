export const id = 219;
export const ids = [219];
export const modules = {

/***/ 1219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAndReport: () => (/* binding */ runAndReport),
  writeReports: () => (/* binding */ writeReports)
});

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
var common_errors = __webpack_require__(1922);
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
;// CONCATENATED MODULE: ./src/mutate/workload-environment.ts
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/mutate/backends/command-workload.ts

const MAX_CAPTURE = 1024 * 1024;
/**
 * Runs a shell command as the workload, in its own process group so that a timeout kills
 * everything it started, not just the shell. Output beyond 1 MiB per stream is dropped
 * (the head is kept: AccessDenied messages come early).
 */
function runCommandWorkload(command, options) {
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
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(error);
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            // The shell may be gone while its children still run: end the whole group.
            killGroup(child.pid);
            if (timedOut) {
                resolve({ kind: 'timeout', afterMs: Date.now() - started });
                return;
            }
            resolve({
                kind: 'exited',
                exitCode: code ?? (signal ? 128 : 1),
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
async function invokeFunction(lambda, functionName, payload, timeoutMs) {
    const started = Date.now();
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    try {
        const out = await lambda.send(new client_lambda_dist_cjs/* InvokeCommand */.mdN({
            FunctionName: functionName,
            InvocationType: 'RequestResponse',
            LogType: 'Tail',
            ...(payload !== undefined && { Payload: payload }),
        }), { abortSignal: abort.signal });
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
        if (abort.signal.aborted)
            return { kind: 'timeout', afterMs: Date.now() - started };
        if (error instanceof client_lambda_dist_cjs/* ResourceNotFoundException */.lBX) {
            throw new common_errors/* InputError */.dz(`function '${functionName}' does not exist on the emulator: create it in the setup script, or fix the target's workload.lambda`);
        }
        const name = error.name ?? 'Error';
        throw new common_errors/* RunError */.e4(`invoking ${functionName} failed: ${name}: ${error.message}`, {
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
                return invokeFunction(lambda, target.workload.functionName, payload, target.timeoutMs);
            }
            const credentials = await assumeRole(sts, options.accountId, target.role);
            return runCommandWorkload(target.workload.command, {
                cwd: options.rootDir,
                timeoutMs: target.timeoutMs,
                env: workloadEnvironment(options.hostEnv, options.endpoint, options.region, credentials, {}, options.emptyConfigFile, options.envNames),
            });
        },
    };
}
/** The target's role is not on the emulator; the run locates it at the target's `role:`. */
class RoleNotFoundError extends common_errors/* InputError */.dz {
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
        throw new common_errors/* RunError */.e4(`AssumeRole on ${role} returned no credentials`);
    }
    return {
        accessKeyId: c.AccessKeyId,
        secretAccessKey: c.SecretAccessKey,
        ...(c.SessionToken !== undefined && { sessionToken: c.SessionToken }),
    };
}

// EXTERNAL MODULE: ./src/policy/index.ts + 31 modules
var src_policy = __webpack_require__(8074);
;// CONCATENATED MODULE: ./src/mutate/load-policy.ts



/**
 * Reads, parses and validates a policy file as an identity policy, before anything starts:
 * bad input fails with file:line:column and nothing half-done.
 */
async function loadPolicy(file, shown) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        throw new common_errors/* InputError */.dz([
            { file: shown, message: 'policy file cannot be read', severity: 'error' },
        ]);
    }
    const result = (0,src_policy/* parsePolicy */.ON)(text, shown);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    if (result.value === undefined || errors.length > 0)
        throw new common_errors/* InputError */.dz(errors);
    const invalid = (0,src_policy/* validatePolicy */.tE)(result.value, { kind: 'identity' }).filter((d) => d.severity === 'error');
    if (invalid.length > 0)
        throw new common_errors/* InputError */.dz(invalid);
    return { text, parsed: result.value };
}

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
            throw new common_errors/* InputError */.dz(`run: --endpoint ${endpointFlag}: ${problem}`);
        return;
    }
    if (config.emulator.kind !== 'endpoint')
        return;
    const problem = endpointProblem(config.emulator.url, allowRemote);
    if (!problem)
        return;
    const where = config.locate?.(['emulator']);
    throw new common_errors/* InputError */.dz([
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
                throw new common_errors/* RunError */.e4('emulator: localemu needs a docker engine and is started by `iam-mutate run` or the action; start LocalEmu yourself and set emulator: http://localhost:4566, or use emulator: embedded');
            }
            const emu = await launchLocalEmu();
            started(emu);
            return emu.endpoint;
        }
        case 'embedded': {
            // Loaded only here: a run against an endpoint never parses the emulator.
            const { startEmulator } = await Promise.all(/* import() */[__webpack_require__.e(70), __webpack_require__.e(976)]).then(__webpack_require__.bind(__webpack_require__, 3976));
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
            throw new common_errors/* InputError */.dz([
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
                ...workloadEnvironment(setup.hostEnv, setup.endpoint, setup.region, setup.admin, { IAM_MUTATE_OUTPUT: outputFile }, setup.emptyConfigFile, setup.envNames),
            },
            args: [setup.script],
        });
        const name = external_node_path_default().relative(setup.rootDir, setup.script) || setup.script;
        if (result.kind === 'timeout') {
            throw new common_errors/* RunError */.e4(`setup ${name} did not finish within ${setup.timeoutMs} ms`);
        }
        if (result.kind === 'exited' && result.exitCode !== 0) {
            const tail = (result.stderr || result.stdout).trim().split('\n').slice(-15).join('\n');
            throw new common_errors/* RunError */.e4(`setup ${name} failed with exit code ${result.exitCode}:\n${tail}`);
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

/** Attaches a policy text, runs the target's workload once, and judges the run. */
async function runWorkloadUnder(backend, target, policyText) {
    await backend.putRolePolicy(target.role, target.policyName, policyText);
    const log = backend.authorizationLog;
    if (log === undefined) {
        const result = await backend.runWorkload(target);
        return { outcome: interpretRun(result, undefined, target.expect), trace: { logged: false } };
    }
    const cursor = await log.mark();
    const result = await backend.runWorkload(target);
    const calls = await log.readSince(cursor, target.role, target.policyName);
    return { outcome: interpretRun(result, calls, target.expect), trace: { logged: true, calls } };
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
        input.verify === 'all' ||
        (input.verify === 'survivors' && predicted.status === 'survived');
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
    };
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
    for (const [index, mutant] of mutants.entries()) {
        const judgement = mutant.mutator === 'remove-deny'
            ? await judgeDenyMutant(mutant, target, prepared.text, probes)
            : await judgeAllowMutant(mutant, {
                backend,
                target,
                verify: input.verify,
                trace,
                statementUsed: usage[mutant.statementIndex] !== undefined,
            });
        const report = mutantReport(mutant, judgement);
        reports.push(report);
        if (mutant.mutator === 'remove-statement' || mutant.mutator === 'remove-deny') {
            ownByStatement[mutant.statementIndex] = report;
        }
        input.onMutantFinished?.({ index, total: mutants.length, mutant: report });
    }
    return { mutants: reports, ownByStatement, usage };
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
            throw new common_errors/* InputError */.dz([
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
        throw new common_errors/* RunError */.e4(`${parsed.file}: the substitutions changed the policy's statement list; substitute values must not contain JSON structure`);
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
 * of that name is restored afterwards, whatever happens. The report is returned in the policy
 * file's terms: every text the run saw is mapped back through the substitution it applied.
 */
async function runTarget(run) {
    const { target, backend } = run;
    run.reporter?.onTargetStarted?.({ policy: target.policy, index: run.index, total: run.total });
    const previous = await backend.getRolePolicy(target.role, target.policyName);
    try {
        const report = targetInRepositoryTerms(await proveTarget(run, run.prepared, run.suggest !== false), run.prepared.substitution.reverse);
        run.reporter?.onTargetFinished?.(report);
        return report;
    }
    finally {
        if (previous === undefined)
            await backend.deleteRolePolicy(target.role, target.policyName);
        else
            await backend.putRolePolicy(target.role, target.policyName, previous);
    }
}
async function proveTarget(run, prepared, suggest) {
    const { target, backend, reporter } = run;
    const baseline = await runBaseline(backend, target, prepared.text);
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
    const judged = await judgeMutants({
        backend,
        target,
        verify: run.verify,
        prepared,
        trace,
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
            prove: (other) => proveTarget({ ...run, reporter: undefined }, other, false),
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
        throw new common_errors/* InputError */.dz(`--only names no target of ${external_node_path_default().relative(config.rootDir, config.file)}: ${unknown.join(', ')}`);
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
    const policies = await Promise.all(targets.map((t) => loadPolicy(t.policyPath, t.policy)));
    const cache = options.cache === false
        ? undefined
        : openRunCache(config, options.reportDir === undefined ? [] : [options.reportDir]);
    const cached = targets.map((t, i) => cache?.get(t, policies[i].text));
    if (cached.every((r) => r !== undefined)) {
        // Nothing changed: no emulator, no setup, no workload run.
        return report(cached.map((r) => markCached(r)));
    }
    const scratch = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'iam-mutate-'));
    const emptyConfigFile = external_node_path_default().join(scratch, 'empty-aws-config');
    await (0,promises_.writeFile)(emptyConfigFile, '');
    let emulator;
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
            }).catch((error) => {
                throw located(error, config, config.targets.indexOf(target));
            });
            reports.push(result);
            cache?.put(target, loaded.text, result);
        }
        return report(reports);
    }
    finally {
        await emulator?.stop();
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}
/** A missing role, pointed at the target's `role:` line when the config came from a file. */
function located(error, config, targetIndex) {
    if (!(error instanceof RoleNotFoundError) || config.locate === undefined || targetIndex < 0) {
        return error;
    }
    const where = config.locate(['targets', targetIndex, 'role']);
    return new common_errors/* InputError */.dz([
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

;// CONCATENATED MODULE: ./src/report/gate.ts
/**
 * The required-status-check decision (exit codes: README.md, "On your laptop"): broken runs first (a verdict
 * that could not be reached is never a pass), then the `--fail-on` policy.
 */
function evaluateGate(report, failOn) {
    const broken = [];
    const failed = [];
    for (const target of report.targets) {
        const base = target.baseline;
        if (base.status === 'failed') {
            failed.push(`${target.policy}: the baseline was denied (${base.reason ?? 'see report'})`);
        }
        else if (base.status !== 'passed') {
            broken.push(`${target.policy}: the baseline did not pass (${base.reason ?? base.status})`);
        }
        const undecided = target.statements.filter((s) => s.justified === null);
        if (base.status === 'passed' && undecided.length > 0) {
            broken.push(`${target.policy}: ${undecided.length} statement(s) could not be judged (timeout or error)`);
        }
        const unjustified = target.statements.filter((s) => s.justified === false);
        if (failOn !== 'none' && unjustified.length > 0) {
            failed.push(`${target.policy}: unjustified ${unjustified.map((s) => s.sid ?? `#${s.index}`).join(', ')}`);
        }
        const findings = target.statements.flatMap((s) => s.findings).filter((f) => !f.suppressed);
        if (failOn === 'finding' && findings.length > 0) {
            failed.push(`${target.policy}: ${findings.length} finding(s)`);
        }
    }
    if (broken.length > 0)
        return { kind: 'broken', reasons: [...broken, ...failed] };
    if (failed.length > 0 && failOn !== 'none')
        return { kind: 'fail', reasons: failed };
    return { kind: 'pass' };
}

;// CONCATENATED MODULE: ./src/report/line-diff.ts
/**
 * A unified-style line diff (every line, `+`/`-`/` ` prefixed) by longest common subsequence.
 * Policies are small; above `maxCells` comparisons the diff degrades to "all removed, all
 * added", which is still correct, only less helpful.
 */
function lineDiff(before, after, maxCells = 4_000_000) {
    const a = before.split('\n');
    const b = after.split('\n');
    if (a.length * b.length > maxCells) {
        return [...a.map((l) => `-${l}`), ...b.map((l) => `+${l}`)].join('\n');
    }
    // lcs[i][j]: length of the LCS of a[i..] and b[j..].
    const lcs = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
    for (let i = a.length - 1; i >= 0; i--) {
        for (let j = b.length - 1; j >= 0; j--) {
            lcs[i][j] =
                a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    const out = [];
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
        if (a[i] === b[j]) {
            out.push(` ${a[i]}`);
            i++;
            j++;
        }
        else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
            out.push(`-${a[i]}`);
            i++;
        }
        else {
            out.push(`+${b[j]}`);
            j++;
        }
    }
    while (i < a.length)
        out.push(`-${a[i++]}`);
    while (j < b.length)
        out.push(`+${b[j++]}`);
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/report/markdown-escape.ts
/**
 * Escaping for policy text (Sids, ARNs, probe commands, notes) placed in GitHub-flavoured
 * markdown. Policy text is the user's, and a Sid or resource is free text: a `|` would split a
 * table cell, a backtick or `*` would start formatting, `<` would start HTML, `@` and `#` would
 * mention people and issues, `$` would start math. Every such character becomes a numeric
 * character reference, which markdown shows literally and never parses as syntax.
 */
const REFERENCES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '|': '&#124;',
    '`': '&#96;',
    '\\': '&#92;',
    '*': '&#42;',
    _: '&#95;',
    '~': '&#126;',
    '[': '&#91;',
    ']': '&#93;',
    '#': '&#35;',
    '@': '&#64;',
    '!': '&#33;',
    $: '&#36;',
};
const SPECIAL = /[&<>"'|`\\*_~[\]#@!$]/g;
// C0 controls (but tab), DEL, and the line/paragraph separators some renderers treat as breaks.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029]/g;
/** Inline text: safe inside a table cell, a heading or a paragraph; newlines become `<br>`. */
function escapeMarkdown(text) {
    return text
        .replace(SPECIAL, (c) => REFERENCES[c] ?? c)
        .replace(CONTROL, '\ufffd')
        .replace(/\r\n|\r|\n/g, '<br>');
}
/** Policy text shown as code: escaped like any other text, inside an HTML `<code>` element. */
function markdownCode(text) {
    return `<code>${escapeMarkdown(text)}</code>`;
}
/** A fence longer than any backtick run in `text`, so a fenced block cannot be closed early. */
function fenceFor(text) {
    const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
    return '`'.repeat(Math.max(3, longest + 1));
}
/** Cuts long text to `max` characters, saying so, before it is escaped. */
function clip(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

// EXTERNAL MODULE: ./src/report/statement-view.ts
var statement_view = __webpack_require__(6525);
;// CONCATENATED MODULE: ./src/report/comment-markdown.ts



/**
 * comment.md: the pull-request comment and the job summary. Pure: the caller posts or writes it.
 *
 * GitHub refuses comment bodies over 65,536 characters, so the rendering degrades in steps
 * until it fits: first the collapsed details (suggested-policy diff, mutant list) go, then the
 * rows that need no attention, then rows are cut with a note saying how many were left out
 * and where the full report is.
 */
const GITHUB_COMMENT_LIMIT = 65_536;
/** Hidden first line, so a workflow can find and update its own comment for this config. */
function commentMarker(configPath) {
    return `<!-- iam-mutate:comment config=${encodeURIComponent(configPath)} -->`;
}
/** Longest policy text shown in one cell, and most list items, before the full report is needed. */
const CELL_MAX = 300;
const LIST_MAX = 12;
const NOTE_MAX = 2000;
function renderComment(report, options) {
    const limit = options.limit ?? GITHUB_COMMENT_LIMIT;
    for (const level of ['full', 'collapsed', 'attention']) {
        const text = render(report, options, { level });
        if (text.length <= limit)
            return text;
    }
    // Largest row budget that fits, by bisection over the rows that need attention.
    const total = report.targets.reduce((n, t) => n + t.statements.filter(statement_view/* needsAttention */.e_).length, 0);
    let lo = 0;
    let hi = total;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (render(report, options, { level: 'truncated', rowBudget: mid }).length <= limit)
            lo = mid;
        else
            hi = mid - 1;
    }
    const text = render(report, options, { level: 'truncated', rowBudget: lo });
    return text.length <= limit ? text : hardCut(text, limit, options);
}
function render(report, options, layout) {
    const budget = { rows: layout.rowBudget ?? Infinity, leftOut: 0 };
    const parts = [commentMarker(options.configPath), heading(report), ''];
    for (const target of report.targets)
        parts.push(...renderTarget(target, options, layout, budget));
    if (layout.level !== 'full') {
        parts.push(`> [!NOTE]\n> This comment was shortened to fit GitHub's ${GITHUB_COMMENT_LIMIT.toLocaleString('en-US')}-character limit` +
            (budget.leftOut > 0 ? `: ${budget.leftOut} row(s) were left out` : '') +
            `. ${fullReportSentence(options)}`, '');
    }
    parts.push(fullReportLine(options));
    return parts.join('\n') + '\n';
}
function heading(report) {
    const problems = (0,statement_view/* reportProblems */.Tw)(report);
    return problems.length === 0
        ? '## ✅ iam-mutate: every statement is justified'
        : `## ❌ iam-mutate: ${problems.join(', ')}`;
}
function renderTarget(target, options, layout, budget) {
    const out = [
        `### ${markdownCode(target.policy)} (role ${markdownCode(target.role)})`,
        '',
        baselineLine(target),
        '',
    ];
    const shown = layout.level === 'full' || layout.level === 'collapsed'
        ? target.statements
        : target.statements.filter(statement_view/* needsAttention */.e_);
    const hiddenFine = target.statements.length - shown.length;
    const rows = [];
    for (const s of shown) {
        if (budget.rows <= 0) {
            budget.leftOut++;
            continue;
        }
        budget.rows--;
        rows.push(row(s, target));
    }
    if (rows.length > 0) {
        out.push('| Sid | Effect | Actions | Resources | Verdict | Evidence | Findings |', '| --- | --- | --- | --- | --- | --- | --- |', ...rows, '');
    }
    if (hiddenFine > 0) {
        out.push(`${hiddenFine} justified statement(s) without findings are not listed here.`, '');
    }
    const left = shown.length - rows.length;
    if (left > 0)
        out.push(`${left} row(s) of this policy were left out for size.`, '');
    out.push(scoreLine(target), '');
    out.push(...suggestion(target, options, layout));
    if (layout.level === 'full' && target.mutants.length > 0)
        out.push(...mutantDetails(target));
    if (target.notes.length > 0) {
        out.push('**Notes**', '', ...target.notes.map((n) => `- ${escapeMarkdown(clip(n, NOTE_MAX))}`), '');
    }
    return out;
}
function baselineLine(target) {
    const base = target.baseline;
    if (base.status === 'passed') {
        return `Baseline passed (${base.calls.length} authorized call(s) recorded).`;
    }
    const denied = base.calls.filter((c) => c.decision !== 'allow');
    const deniedText = denied.length === 0
        ? ''
        : ` Denied: ${denied
            .slice(0, LIST_MAX)
            .map((c) => `${markdownCode(clip(c.action, CELL_MAX))} on ${markdownCode(clip(c.resource, CELL_MAX))}`)
            .join(', ')}${denied.length > LIST_MAX ? ` and ${denied.length - LIST_MAX} more` : ''}.`;
    return (`⛔ **Baseline ${base.status}**: ${escapeMarkdown(clip(base.reason ?? 'no reason recorded', NOTE_MAX))}.` +
        `${deniedText} No mutant was run, so no statement was judged.`);
}
function row(s, target) {
    const unjustified = (0,statement_view/* isUnjustified */.bq)(s);
    const flagged = (0,statement_view/* isFlagged */.Hd)(s);
    const icons = `${unjustified ? '❌' : ''}${flagged ? '🚩' : ''}`;
    const name = escapeMarkdown(clip((0,statement_view/* statementName */.Vy)(s), CELL_MAX));
    const sid = unjustified || flagged ? `${icons} **${name}**` : name;
    const verdict = (0,statement_view/* verdictView */.n8)(s, target);
    const verdictCell = unjustified
        ? `${verdict.icon} **${verdict.label}**`
        : `${verdict.icon} ${verdict.label}`;
    const evidence = (0,statement_view/* evidenceParts */.aB)(s, target)
        .map((p) => 'code' in p ? markdownCode(clip(p.code, CELL_MAX)) : escapeMarkdown(clip(p.text, CELL_MAX)))
        .join('');
    const findingsCell = findingsList(s);
    const cells = [
        sid,
        s.effect,
        list(s.actions, true),
        list(s.resources, true),
        verdictCell,
        evidence,
        flagged ? `**${findingsCell}**` : findingsCell,
    ];
    return `| ${cells.join(' | ')} |`;
}
/** Each finding's code and text; active ones carry the flag, suppressed ones say so. */
function findingsList(s) {
    const texts = (0,statement_view/* findingTexts */.iT)(s);
    if (texts.length === 0)
        return '—';
    const views = s.findings;
    const shown = texts
        .slice(0, LIST_MAX)
        .map((t, i) => `${views[i]?.suppressed === true ? '' : '🚩 '}${escapeMarkdown(clip(t, CELL_MAX))}`);
    if (texts.length > LIST_MAX)
        shown.push(`… and ${texts.length - LIST_MAX} more`);
    return shown.join('<br>');
}
/** Up to LIST_MAX items, one per line in the cell. */
function list(items, code = false) {
    if (items.length === 0)
        return '—';
    const shown = items
        .slice(0, LIST_MAX)
        .map((i) => (code ? markdownCode(clip(i, CELL_MAX)) : escapeMarkdown(clip(i, CELL_MAX))));
    if (items.length > LIST_MAX)
        shown.push(`… and ${items.length - LIST_MAX} more`);
    return shown.join('<br>');
}
function scoreLine(target) {
    const decided = target.statements.filter((s) => s.justified !== null).length;
    const justified = target.statements.filter((s) => s.justified === true).length;
    const killed = target.mutants.filter((m) => m.status === 'killed' || m.status === 'killed-other-action').length;
    const score = target.score === null
        ? 'n/a'
        : `${target.score}% (${justified} of ${decided} decided statements justified)`;
    const mutantScore = target.mutantScore === null
        ? 'n/a'
        : `${target.mutantScore}% (${killed} of ${target.mutants.length} mutants killed)`;
    return `**Score:** ${score} · **Mutant score:** ${mutantScore}`;
}
function suggestion(target, options, layout) {
    const suggested = target.suggestedPolicy;
    if (suggested === undefined)
        return [];
    const out = [];
    const title = suggested.verified
        ? `Suggested policy (verified: its own baseline passed${suggested.score === null ? '' : `, score ${suggested.score}%`})`
        : 'Suggested policy (NOT verified)';
    if (!suggested.verified) {
        out.push(`⚠️ **The suggested policy is not verified.** Why: ${(0,statement_view/* unverifiedReasons */.nO)(target)
            .map((r) => escapeMarkdown(clip(r, NOTE_MAX)))
            .join(' ')}`, '');
    }
    if (layout.level !== 'full') {
        out.push(`${title}: left out for size; it is in the full report.`, '');
        return out;
    }
    const after = JSON.stringify(suggested.policy, null, 2);
    const source = options.policySources?.[target.policy];
    const diff = source === undefined ? addedOnly(after) : lineDiff(normalised(source), after);
    const fence = fenceFor(diff);
    out.push('<details>', `<summary>${title}</summary>`, '', `${fence}diff`, diff, fence, '', '</details>', '');
    return out;
}
/** The policy as JSON.stringify writes it, so the diff shows content, not formatting. */
function normalised(source) {
    try {
        return JSON.stringify(JSON.parse(source), null, 2);
    }
    catch {
        return source.replace(/\r\n?/g, '\n').trimEnd();
    }
}
function addedOnly(text) {
    return text
        .split('\n')
        .map((l) => `+${l}`)
        .join('\n');
}
function mutantDetails(target) {
    const rows = target.mutants.map((m) => {
        const what = m.description ?? `${m.mutator} on ${m.sid ?? `#${m.index}`}`;
        return `| ${escapeMarkdown(clip(m.id, CELL_MAX))} | ${escapeMarkdown(clip(what, CELL_MAX))} | ${m.status}${m.rerun === false ? ' (predicted)' : ''} |`;
    });
    return [
        '<details>',
        `<summary>Mutants (${target.mutants.length})</summary>`,
        '',
        '| Mutant | What changed | Status |',
        '| --- | --- | --- |',
        ...rows,
        '',
        '</details>',
        '',
    ];
}
function fullReportSentence(options) {
    const url = safeUrl(options.reportUrl);
    return url === undefined
        ? "The full report (report.html, mutation.json, report.json) is in this workflow run's artifacts."
        : `The full report is at [${escapeMarkdown(url)}](<${url}>).`;
}
function fullReportLine(options) {
    const url = safeUrl(options.reportUrl);
    return url === undefined
        ? "📄 Full report: report.html in this workflow run's artifacts."
        : `📄 [Full report](<${url}>)`;
}
/** Only plain http(s) URLs become links; anything else could smuggle markup into the target. */
function safeUrl(url) {
    return url !== undefined && /^https?:\/\/[^\s<>"'`\\]+$/.test(url) ? url : undefined;
}
/** Keeps whole lines and says where the rest is; only reached by reports no layout can fit. */
function hardCut(text, limit, options) {
    const tail = `\n\n> [!WARNING]\n> Cut at GitHub's comment size limit. ${fullReportSentence(options)}\n`;
    const room = Math.max(0, limit - tail.length);
    const cut = text.slice(0, room);
    const lastLine = cut.lastIndexOf('\n');
    return `${lastLine > 0 ? cut.slice(0, lastLine) : cut}${tail}`.slice(0, limit);
}

;// CONCATENATED MODULE: ./src/report/mutation-elements.generated.json
const mutation_elements_generated_namespaceObject = /*#__PURE__*/JSON.parse('{"F7":"mutation-testing-elements","rE":"3.9.0","qY":"Apache-2.0","K$":"var MutationTestElements=(function(e){Object.defineProperty(e,Symbol.toStringTag,{value:`Module`});var t=(e,t)=>()=>(t||(e((t={exports:{}}).exports,t),e=null),t.exports),n=globalThis,r=n.ShadowRoot&&(n.ShadyCSS===void 0||n.ShadyCSS.nativeShadow)&&`adoptedStyleSheets`in Document.prototype&&`replace`in CSSStyleSheet.prototype,i=Symbol(),a=new WeakMap,o=class{constructor(e,t,n){if(this._$cssResult$=!0,n!==i)throw Error(\\"CSSResult is not constructable. Use `unsafeCSS` or `css` instead.\\");this.cssText=e,this.t=t}get styleSheet(){let e=this.o,t=this.t;if(r&&e===void 0){let n=t!==void 0&&t.length===1;n&&(e=a.get(t)),e===void 0&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),n&&a.set(t,e))}return e}toString(){return this.cssText}},s=e=>new o(typeof e==`string`?e:e+``,void 0,i),c=(e,t)=>{if(r)e.adoptedStyleSheets=t.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(let r of t){let t=document.createElement(`style`),i=n.litNonce;i!==void 0&&t.setAttribute(`nonce`,i),t.textContent=r.cssText,e.appendChild(t)}},l=r?e=>e:e=>e instanceof CSSStyleSheet?(e=>{let t=``;for(let n of e.cssRules)t+=n.cssText;return s(t)})(e):e,{is:u,defineProperty:d,getOwnPropertyDescriptor:f,getOwnPropertyNames:p,getOwnPropertySymbols:m,getPrototypeOf:h}=Object,g=globalThis,_=g.trustedTypes,v=_?_.emptyScript:``,y=g.reactiveElementPolyfillSupport,b=(e,t)=>e,x={toAttribute(e,t){switch(t){case Boolean:e=e?v:null;break;case Object:case Array:e=e==null?e:JSON.stringify(e)}return e},fromAttribute(e,t){let n=e;switch(t){case Boolean:n=e!==null;break;case Number:n=e===null?null:Number(e);break;case Object:case Array:try{n=JSON.parse(e)}catch{n=null}}return n}},S=(e,t)=>!u(e,t),C={attribute:!0,type:String,converter:x,reflect:!1,useDefault:!1,hasChanged:S};Symbol.metadata??=Symbol(`metadata`),g.litPropertyMetadata??=new WeakMap;var w=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,t=C){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(e,t),!t.noAccessor){let n=Symbol(),r=this.getPropertyDescriptor(e,n,t);r!==void 0&&d(this.prototype,e,r)}}static getPropertyDescriptor(e,t,n){let{get:r,set:i}=f(this.prototype,e)??{get(){return this[t]},set(e){this[t]=e}};return{get:r,set(t){let a=r?.call(this);i?.call(this,t),this.requestUpdate(e,a,n)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??C}static _$Ei(){if(this.hasOwnProperty(b(`elementProperties`)))return;let e=h(this);e.finalize(),e.l!==void 0&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(b(`finalized`)))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(b(`properties`))){let e=this.properties,t=[...p(e),...m(e)];for(let n of t)this.createProperty(n,e[n])}let e=this[Symbol.metadata];if(e!==null){let t=litPropertyMetadata.get(e);if(t!==void 0)for(let[e,n]of t)this.elementProperties.set(e,n)}this._$Eh=new Map;for(let[e,t]of this.elementProperties){let n=this._$Eu(e,t);n!==void 0&&this._$Eh.set(n,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){let t=[];if(Array.isArray(e)){let n=new Set(e.flat(1/0).reverse());for(let e of n)t.unshift(l(e))}else e!==void 0&&t.push(l(e));return t}static _$Eu(e,t){let n=t.attribute;return!1===n?void 0:typeof n==`string`?n:typeof e==`string`?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),this.renderRoot!==void 0&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){let e=new Map,t=this.constructor.elementProperties;for(let n of t.keys())this.hasOwnProperty(n)&&(e.set(n,this[n]),delete this[n]);e.size>0&&(this._$Ep=e)}createRenderRoot(){let e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return c(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,t,n){this._$AK(e,n)}_$ET(e,t){let n=this.constructor.elementProperties.get(e),r=this.constructor._$Eu(e,n);if(r!==void 0&&!0===n.reflect){let i=(n.converter?.toAttribute===void 0?x:n.converter).toAttribute(t,n.type);this._$Em=e,i==null?this.removeAttribute(r):this.setAttribute(r,i),this._$Em=null}}_$AK(e,t){let n=this.constructor,r=n._$Eh.get(e);if(r!==void 0&&this._$Em!==r){let e=n.getPropertyOptions(r),i=typeof e.converter==`function`?{fromAttribute:e.converter}:e.converter?.fromAttribute===void 0?x:e.converter;this._$Em=r;let a=i.fromAttribute(t,e.type);this[r]=a??this._$Ej?.get(r)??a,this._$Em=null}}requestUpdate(e,t,n,r=!1,i){if(e!==void 0){let a=this.constructor;if(!1===r&&(i=this[e]),n??=a.getPropertyOptions(e),!((n.hasChanged??S)(i,t)||n.useDefault&&n.reflect&&i===this._$Ej?.get(e)&&!this.hasAttribute(a._$Eu(e,n))))return;this.C(e,t,n)}!1===this.isUpdatePending&&(this._$ES=this._$EP())}C(e,t,{useDefault:n,reflect:r,wrapped:i},a){n&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,a??t??this[e]),!0!==i||a!==void 0)||(this._$AL.has(e)||(this.hasUpdated||n||(t=void 0),this._$AL.set(e,t)),!0===r&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}let e=this.scheduleUpdate();return e!=null&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[e,t]of this._$Ep)this[e]=t;this._$Ep=void 0}let e=this.constructor.elementProperties;if(e.size>0)for(let[t,n]of e){let{wrapped:e}=n,r=this[t];!0!==e||this._$AL.has(t)||r===void 0||this.C(t,void 0,n,r)}}let e=!1,t=this._$AL;try{e=this.shouldUpdate(t),e?(this.willUpdate(t),this._$EO?.forEach(e=>e.hostUpdate?.()),this.update(t)):this._$EM()}catch(t){throw e=!1,this._$EM(),t}e&&this._$AE(t)}willUpdate(e){}_$AE(e){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(e){}firstUpdated(e){}};w.elementStyles=[],w.shadowRootOptions={mode:`open`},w[b(`elementProperties`)]=new Map,w[b(`finalized`)]=new Map,y?.({ReactiveElement:w}),(g.reactiveElementVersions??=[]).push(`2.1.2`);var T=globalThis,E=e=>e,D=T.trustedTypes,ee=D?D.createPolicy(`lit-html`,{createHTML:e=>e}):void 0,O=`$lit$`,k=`lit$${Math.random().toFixed(9).slice(2)}$`,te=`?`+k,ne=`<${te}>`,A=document,re=()=>A.createComment(``),j=e=>e===null||typeof e!=`object`&&typeof e!=`function`,ie=Array.isArray,ae=e=>ie(e)||typeof e?.[Symbol.iterator]==`function`,oe=`[ \\t\\n\\\\f\\\\r]`,se=/<(?:(!--|\\\\/[^a-zA-Z])|(\\\\/?[a-zA-Z][^>\\\\s]*)|(\\\\/?$))/g,ce=/-->/g,le=/>/g,ue=RegExp(`>|${oe}(?:([^\\\\\\\\s\\"\'>=/]+)(${oe}*=${oe}*(?:[^ \\\\t\\\\n\\\\f\\\\r\\"\'\\\\`<>=]|(\\"|\')|))|$)`,`g`),de=/\'/g,fe=/\\"/g,pe=/^(?:script|style|textarea|title)$/i,me=e=>(t,...n)=>({_$litType$:e,strings:t,values:n}),M=me(1),N=me(2),P=Symbol.for(`lit-noChange`),F=Symbol.for(`lit-nothing`),he=new WeakMap,ge=A.createTreeWalker(A,129);function _e(e,t){if(!ie(e)||!e.hasOwnProperty(`raw`))throw Error(`invalid template strings array`);return ee===void 0?t:ee.createHTML(t)}var ve=(e,t)=>{let n=e.length-1,r=[],i,a=t===2?`<svg>`:t===3?`<math>`:``,o=se;for(let t=0;t<n;t++){let n=e[t],s,c,l=-1,u=0;for(;u<n.length&&(o.lastIndex=u,c=o.exec(n),c!==null);)u=o.lastIndex,o===se?c[1]===`!--`?o=ce:c[1]===void 0?c[2]===void 0?c[3]!==void 0&&(o=ue):(pe.test(c[2])&&(i=RegExp(`</`+c[2],`g`)),o=ue):o=le:o===ue?c[0]===`>`?(o=i??se,l=-1):c[1]===void 0?l=-2:(l=o.lastIndex-c[2].length,s=c[1],o=c[3]===void 0?ue:c[3]===`\\"`?fe:de):o===fe||o===de?o=ue:o===ce||o===le?o=se:(o=ue,i=void 0);let d=o===ue&&e[t+1].startsWith(`/>`)?` `:``;a+=o===se?n+ne:l>=0?(r.push(s),n.slice(0,l)+O+n.slice(l)+k+d):n+k+(l===-2?t:d)}return[_e(e,a+(e[n]||`<?>`)+(t===2?`</svg>`:t===3?`</math>`:``)),r]},ye=class e{constructor({strings:t,_$litType$:n},r){let i;this.parts=[];let a=0,o=0,s=t.length-1,c=this.parts,[l,u]=ve(t,n);if(this.el=e.createElement(l,r),ge.currentNode=this.el.content,n===2||n===3){let e=this.el.content.firstChild;e.replaceWith(...e.childNodes)}for(;(i=ge.nextNode())!==null&&c.length<s;){if(i.nodeType===1){if(i.hasAttributes())for(let e of i.getAttributeNames())if(e.endsWith(O)){let t=u[o++],n=i.getAttribute(e).split(k),r=/([.?@])?(.*)/.exec(t);c.push({type:1,index:a,name:r[2],strings:n,ctor:r[1]===`.`?we:r[1]===`?`?Te:r[1]===`@`?Ee:Ce}),i.removeAttribute(e)}else e.startsWith(k)&&(c.push({type:6,index:a}),i.removeAttribute(e));if(pe.test(i.tagName)){let e=i.textContent.split(k),t=e.length-1;if(t>0){i.textContent=D?D.emptyScript:``;for(let n=0;n<t;n++)i.append(e[n],re()),ge.nextNode(),c.push({type:2,index:++a});i.append(e[t],re())}}}else if(i.nodeType===8)if(i.data===te)c.push({type:2,index:a});else{let e=-1;for(;(e=i.data.indexOf(k,e+1))!==-1;)c.push({type:7,index:a}),e+=k.length-1}a++}}static createElement(e,t){let n=A.createElement(`template`);return n.innerHTML=e,n}};function be(e,t,n=e,r){if(t===P)return t;let i=r===void 0?n._$Cl:n._$Co?.[r],a=j(t)?void 0:t._$litDirective$;return i?.constructor!==a&&(i?._$AO?.(!1),a===void 0?i=void 0:(i=new a(e),i._$AT(e,n,r)),r===void 0?n._$Cl=i:(n._$Co??=[])[r]=i),i!==void 0&&(t=be(e,i._$AS(e,t.values),i,r)),t}var xe=class{constructor(e,t){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){let{el:{content:t},parts:n}=this._$AD,r=(e?.creationScope??A).importNode(t,!0);ge.currentNode=r;let i=ge.nextNode(),a=0,o=0,s=n[0];for(;s!==void 0;){if(a===s.index){let t;s.type===2?t=new Se(i,i.nextSibling,this,e):s.type===1?t=new s.ctor(i,s.name,s.strings,this,e):s.type===6&&(t=new De(i,this,e)),this._$AV.push(t),s=n[++o]}a!==s?.index&&(i=ge.nextNode(),a++)}return ge.currentNode=A,r}p(e){let t=0;for(let n of this._$AV)n!==void 0&&(n.strings===void 0?n._$AI(e[t]):(n._$AI(e,n,t),t+=n.strings.length-2)),t++}},Se=class e{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,t,n,r){this.type=2,this._$AH=F,this._$AN=void 0,this._$AA=e,this._$AB=t,this._$AM=n,this.options=r,this._$Cv=r?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode,t=this._$AM;return t!==void 0&&e?.nodeType===11&&(e=t.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,t=this){e=be(this,e,t),j(e)?e===F||e==null||e===``?(this._$AH!==F&&this._$AR(),this._$AH=F):e!==this._$AH&&e!==P&&this._(e):e._$litType$===void 0?e.nodeType===void 0?ae(e)?this.k(e):this._(e):this.T(e):this.$(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==F&&j(this._$AH)?this._$AA.nextSibling.data=e:this.T(A.createTextNode(e)),this._$AH=e}$(e){let{values:t,_$litType$:n}=e,r=typeof n==`number`?this._$AC(e):(n.el===void 0&&(n.el=ye.createElement(_e(n.h,n.h[0]),this.options)),n);if(this._$AH?._$AD===r)this._$AH.p(t);else{let e=new xe(r,this),n=e.u(this.options);e.p(t),this.T(n),this._$AH=e}}_$AC(e){let t=he.get(e.strings);return t===void 0&&he.set(e.strings,t=new ye(e)),t}k(t){ie(this._$AH)||(this._$AH=[],this._$AR());let n=this._$AH,r,i=0;for(let a of t)i===n.length?n.push(r=new e(this.O(re()),this.O(re()),this,this.options)):r=n[i],r._$AI(a),i++;i<n.length&&(this._$AR(r&&r._$AB.nextSibling,i),n.length=i)}_$AR(e=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);e!==this._$AB;){let t=E(e).nextSibling;E(e).remove(),e=t}}setConnected(e){this._$AM===void 0&&(this._$Cv=e,this._$AP?.(e))}},Ce=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,t,n,r,i){this.type=1,this._$AH=F,this._$AN=void 0,this.element=e,this.name=t,this._$AM=r,this.options=i,n.length>2||n[0]!==``||n[1]!==``?(this._$AH=Array(n.length-1).fill(new String),this.strings=n):this._$AH=F}_$AI(e,t=this,n,r){let i=this.strings,a=!1;if(i===void 0)e=be(this,e,t,0),a=!j(e)||e!==this._$AH&&e!==P,a&&(this._$AH=e);else{let r=e,o,s;for(e=i[0],o=0;o<i.length-1;o++)s=be(this,r[n+o],t,o),s===P&&(s=this._$AH[o]),a||=!j(s)||s!==this._$AH[o],s===F?e=F:e!==F&&(e+=(s??``)+i[o+1]),this._$AH[o]=s}a&&!r&&this.j(e)}j(e){e===F?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??``)}},we=class extends Ce{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===F?void 0:e}},Te=class extends Ce{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==F)}},Ee=class extends Ce{constructor(e,t,n,r,i){super(e,t,n,r,i),this.type=5}_$AI(e,t=this){if((e=be(this,e,t,0)??F)===P)return;let n=this._$AH,r=e===F&&n!==F||e.capture!==n.capture||e.once!==n.once||e.passive!==n.passive,i=e!==F&&(n===F||r);r&&this.element.removeEventListener(this.name,this,n),i&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){typeof this._$AH==`function`?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}},De=class{constructor(e,t,n){this.element=e,this.type=6,this._$AN=void 0,this._$AM=t,this.options=n}get _$AU(){return this._$AM._$AU}_$AI(e){be(this,e)}},Oe={M:O,P:k,A:te,C:1,L:ve,R:xe,D:ae,V:be,I:Se,H:Ce,N:Te,U:Ee,B:we,F:De},ke=T.litHtmlPolyfillSupport;ke?.(ye,Se),(T.litHtmlVersions??=[]).push(`3.3.3`);var Ae=(e,t,n)=>{let r=n?.renderBefore??t,i=r._$litPart$;if(i===void 0){let e=n?.renderBefore??null;r._$litPart$=i=new Se(t.insertBefore(re(),e),e,void 0,n??{})}return i._$AI(e),i},je=globalThis,Me=class extends w{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){let t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=Ae(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return P}};Me._$litElement$=!0,Me.finalized=!0,je.litElementHydrateSupport?.({LitElement:Me});var Ne=je.litElementPolyfillSupport;Ne?.({LitElement:Me}),(je.litElementVersions??=[]).push(`4.2.2`);var I=e=>(t,n)=>{n===void 0?customElements.define(e,t):n.addInitializer(()=>{customElements.define(e,t)})},Pe={attribute:!0,type:String,converter:x,reflect:!1,hasChanged:S},Fe=(e=Pe,t,n)=>{let{kind:r,metadata:i}=n,a=globalThis.litPropertyMetadata.get(i);if(a===void 0&&globalThis.litPropertyMetadata.set(i,a=new Map),r===`setter`&&((e=Object.create(e)).wrapped=!0),a.set(n.name,e),r===`accessor`){let{name:r}=n;return{set(n){let i=t.get.call(this);t.set.call(this,n),this.requestUpdate(r,i,e,!0,n)},init(t){return t!==void 0&&this.C(r,void 0,e,t),t}}}if(r===`setter`){let{name:r}=n;return function(n){let i=this[r];t.call(this,n),this.requestUpdate(r,i,e,!0,n)}}throw Error(`Unsupported decorator location: `+r)};function L(e){return(t,n)=>typeof n==`object`?Fe(e,t,n):((e,t,n)=>{let r=t.hasOwnProperty(n);return t.constructor.createProperty(n,e),r?Object.getOwnPropertyDescriptor(t,n):void 0})(e,t,n)}function R(e){return L({...e,state:!0,attribute:!1})}var Ie=(e,t,n)=>(n.configurable=!0,n.enumerable=!0,Reflect.decorate&&typeof t!=`object`&&Object.defineProperty(e,t,n),n);function Le(e,t){return(n,r,i)=>{let a=t=>t.renderRoot?.querySelector(e)??null;if(t){let{get:e,set:t}=typeof r==`object`?n:i??(()=>{let e=Symbol();return{get(){return this[e]},set(t){this[e]=t}}})();return Ie(n,r,{get(){let n=e.call(this);return n===void 0&&(n=a(this),(n!==null||this.hasUpdated)&&t.call(this,n)),n}})}return Ie(n,r,{get(){return a(this)}})}}var Re=e=>e??F;function z(e,t,n){return e?t(e):n?.(e)}var ze=`/`;function Be(e,t,n){let r=Object.keys(e),i=He(r);return r.reduce((r,a)=>{let o=Ve(a.startsWith(t)?a.slice(t.length):a);return r[Ve(a.slice(i.length))]=n(e[a],o),r},Object.create(null))}function Ve(e){return e.split(/\\\\/|\\\\\\\\/).filter(Boolean).join(`/`)}function He(e){let t=e.map(e=>e.split(/\\\\/|\\\\\\\\/).slice(0,-1));if(e.length)return t.reduce(n).join(ze);return``;function n(e,t){for(let n=0;n<e.length;n++)if(e[n]!==t[n])return e.splice(0,n);return e}}function Ue(e,t){let n=e=>e.file?`1${e.name}`:`0${e.name}`;return n(e).localeCompare(n(t))}function We(e){return e!=null}var Ge={maxAsciiCharacter:127,lineFeed:10,carriageReturn:13,lineSeparator:8232,paragraphSeparator:8233};function Ke(e){return e===Ge.lineFeed||e===Ge.carriageReturn||e===Ge.lineSeparator||e===Ge.paragraphSeparator}function qe(e){let t=[],n=0,r=0;function i(e){t.push(r),r=e}for(i(0);n<e.length;){let t=e.charCodeAt(n);switch(n++,t){case Ge.carriageReturn:e.charCodeAt(n)===Ge.lineFeed&&n++,i(n);break;case Ge.lineFeed:i(n);break;default:t>Ge.maxAsciiCharacter&&Ke(t)&&i(n);break}}return t.push(r),t}function Je(e,t){return Object.groupBy?Object.groupBy(e,t):e.reduce((e,n)=>{let r=t(n);return e[r]??=[],e[r].push(n),e},Object.create(null))}function Ye(e){if(e===void 0)throw Error(`mutant.sourceFile was not defined`)}var Xe=class{coveredBy;description;duration;id;killedBy;location;mutatorName;replacement;static;status;statusReason;testsCompleted;get coveredByTests(){return this.#n(this.coveredBy)}set coveredByTests(e){this.coveredBy=e.map(e=>e.id),e.forEach(e=>this.#t(e))}get killedByTests(){return this.#n(this.killedBy)}set killedByTests(e){this.killedBy=e.map(e=>e.id),e.forEach(e=>this.#t(e))}#e;constructor(e){this.coveredBy=e.coveredBy,this.description=e.description,this.duration=e.duration,this.id=e.id,this.killedBy=e.killedBy,this.location=e.location,this.mutatorName=e.mutatorName,this.replacement=e.replacement,this.static=e.static,this.status=e.status,this.statusReason=e.statusReason,this.testsCompleted=e.testsCompleted}relateTests(e){this.#e=e}addCoveredBy(e){this.#t(e),this.coveredBy??=[],this.coveredBy.includes(e.id)||this.coveredBy.push(e.id)}addKilledBy(e){this.#t(e),this.killedBy??=[],this.killedBy.includes(e.id)||this.killedBy.push(e.id)}#t(e){(this.#e??=new Map).set(e.id,e)}#n(e){if(!e?.length||!this.#e?.size)return;let t=[],n=new Set;for(let r of e)if(!n.has(r)){n.add(r);let e=this.#e.get(r);e&&t.push(e)}return t.length?t:void 0}getMutatedLines(){return Ye(this.sourceFile),this.sourceFile.getMutationLines(this)}getOriginalLines(){return Ye(this.sourceFile),this.sourceFile.getLines(this.location)}get fileName(){return Ye(this.sourceFile),this.sourceFile.name}update(){this.sourceFile?.result?.file&&this.sourceFile.result.updateAllMetrics()}};function Ze(e){if(e===void 0)throw Error(`sourceFile.source is undefined`)}var Qe=class{#e;getLineMap(){return Ze(this.source),this.#e??=qe(this.source)}getLines(e){Ze(this.source);let t=this.getLineMap();return this.source.substring(t[e.start.line],t[(e.end??e.start).line+1])}},$e=class extends Qe{language;source;mutants;result;name;constructor(e,t){super(),this.language=e.language,this.source=e.source,this.name=t,this.mutants=e.mutants.map(e=>{let t=new Xe(e);return t.sourceFile=this,t})}getMutationLines(e){let t=this.getLineMap(),n=t[e.location.start.line],r=t[e.location.end.line],i=t[e.location.end.line+1];return`${this.source.substring(n,n+e.location.start.column-1)}${e.replacement??e.description??e.mutatorName}${this.source.substring(r+e.location.end.column-1,i)}`}};function et(e){return typeof e==`object`&&!!e&&`notCovering`in e}var tt=class{parent;name;file;childResults;metrics;constructor(e,t,n,r){this.name=e,this.childResults=t,this.metrics=n,this.file=r}updateParent(e){this.parent=e,this.childResults.forEach(e=>e.updateParent(this))}updateAllMetrics(){if(this.parent!==void 0){this.parent.updateAllMetrics();return}this.updateMetrics()}updateMetrics(){if(this.file===void 0){if(this.childResults.length===0)return;this.childResults.forEach(e=>{e.updateMetrics()});let e=this.childResults.map(e=>e.metrics);et(e[0])?this.metrics=gt(e):this.metrics=vt(e);return}this.file.tests?this.metrics=ht([this.file]):this.metrics=_t([this.file])}};function nt(e){if(e===void 0)throw Error(`test.sourceFile was not defined`)}function rt(e){if(e===void 0)throw Error(`test.location was not defined`)}var B={Killing:`Killing`,Covering:`Covering`,NotCovering:`NotCovering`},it=class{id;name;location;get killedMutants(){if(this.#e?.length)return[...this.#e]}get coveredMutants(){if(this.#t?.length)return[...this.#t]}#e;#t;addCovered(e){this.#t??=[],this.#t.some(({id:t})=>t===e.id)||this.#t.push(e)}addCoveredUnchecked(e){(this.#t??=[]).push(e)}addKilled(e){this.#e??=[],this.#e.some(({id:t})=>t===e.id)||this.#e.push(e)}addKilledUnchecked(e){(this.#e??=[]).push(e)}constructor(e){Object.entries(e).forEach(([e,t])=>{this[e]=t})}getLines(){return nt(this.sourceFile),rt(this.location),this.sourceFile.getLines(this.location)}get fileName(){return nt(this.sourceFile),this.sourceFile.name}get status(){return this.#e?.length?B.Killing:this.#t?.length?B.Covering:B.NotCovering}update(){this.sourceFile?.result?.file&&this.sourceFile.result.updateAllMetrics()}},at=class extends Qe{tests;source;result;name;constructor(e,t){super(),this.name=t,this.source=e.source,this.tests=e.tests.map(e=>{let t=new it(e);return t.sourceFile=this,t})}},ot=NaN,st=`All files`,ct=`All tests`;function lt(e){let{files:t,testFiles:n,projectRoot:r=``}=e,i=Be(t,r,(e,t)=>new $e(e,t));if(n&&Object.keys(n).length){let e=Be(n,r,(e,t)=>new at(e,t));return mt(Object.values(i).flatMap(e=>e.mutants),Object.values(e).flatMap(e=>e.tests)),{systemUnderTestMetrics:ut(st,i,_t,vt),testMetrics:ut(ct,e,ht,gt)}}return{systemUnderTestMetrics:ut(st,i,_t,vt),testMetrics:void 0}}function ut(e,t,n,r){let i=Object.keys(t);return i.length===1&&i[0]===``?ft(e,t[i[0]],n):dt(e,t,n,r)}function dt(e,t,n,r){let i=pt(t,n,r);return new tt(e,i,r(i.map(e=>e.metrics)))}function ft(e,t,n){return new tt(e,[],n([t]),t)}function pt(e,t,n){let r=Je(Object.entries(e),e=>e[0].split(`/`)[0]);return Object.keys(r).map(e=>{if(r[e].length>1||r[e]?.[0][0]!==e)return dt(e,r[e].reduce((t,[n,r])=>(t[n.slice(e.length+1)]=r,t),{}),t,n);{let[n,i]=r[e][0];return ft(n,i,t)}}).sort(Ue)}function mt(e,t){let n=new Map(t.map(e=>[e.id,e]));for(let t of e){t.relateTests(n);let{coveredBy:e,killedBy:r}=t;if(e)for(let r=0;r<e.length;r++){let i=n.get(e[r]);i&&(e[r]=i.id,i.addCoveredUnchecked(t))}if(r)for(let e=0;e<r.length;e++){let i=n.get(r[e]);i&&(r[e]=i.id,i.addKilledUnchecked(t))}}}function ht(e){let t={total:0,killing:0,covering:0,notCovering:0};for(let n of e)for(let e of n.tests)switch(t.total++,e.status){case B.Killing:t.killing++;break;case B.Covering:t.covering++;break;case B.NotCovering:t.notCovering++;break}return t}function gt(e){let t={total:0,killing:0,covering:0,notCovering:0};for(let n of e)t.total+=n.total,t.killing+=n.killing,t.covering+=n.covering,t.notCovering+=n.notCovering;return t}function _t(e){let t={Pending:0,Killed:0,Timeout:0,Survived:0,NoCoverage:0,RuntimeError:0,CompileError:0,Ignored:0};for(let n of e)for(let e of n.mutants)t[e.status]++;return yt(t.Pending,t.Killed,t.Timeout,t.Survived,t.NoCoverage,t.RuntimeError,t.CompileError,t.Ignored)}function vt(e){let t=0,n=0,r=0,i=0,a=0,o=0,s=0,c=0;for(let l of e)t+=l.pending,n+=l.killed,r+=l.timeout,i+=l.survived,a+=l.noCoverage,o+=l.runtimeErrors,s+=l.compileErrors,c+=l.ignored;return yt(t,n,r,i,a,o,s,c)}function yt(e,t,n,r,i,a,o,s){let c=n+t,l=r+i,u=c+r,d=l+c,f=a+o;return{pending:e,killed:t,timeout:n,survived:r,noCoverage:i,runtimeErrors:a,compileErrors:o,ignored:s,totalDetected:c,totalUndetected:l,totalCovered:u,totalValid:d,totalInvalid:f,mutationScore:d>0?c/d*100:ot,totalMutants:d+f+s+e,mutationScoreBasedOnCoveredCode:d>0?c/u*100||0:ot}}var bt=function(e,t){return bt=Object.setPrototypeOf||{__proto__:[]}instanceof Array&&function(e,t){e.__proto__=t}||function(e,t){for(var n in t)Object.prototype.hasOwnProperty.call(t,n)&&(e[n]=t[n])},bt(e,t)};function xt(e,t){if(typeof t!=`function`&&t!==null)throw TypeError(`Class extends value `+String(t)+` is not a constructor or null`);bt(e,t);function n(){this.constructor=e}e.prototype=t===null?Object.create(t):(n.prototype=t.prototype,new n)}function St(e,t,n,r){function i(e){return e instanceof n?e:new n(function(t){t(e)})}return new(n||=Promise)(function(n,a){function o(e){try{c(r.next(e))}catch(e){a(e)}}function s(e){try{c(r.throw(e))}catch(e){a(e)}}function c(e){e.done?n(e.value):i(e.value).then(o,s)}c((r=r.apply(e,t||[])).next())})}function Ct(e,t){var n={label:0,sent:function(){if(a[0]&1)throw a[1];return a[1]},trys:[],ops:[]},r,i,a,o=Object.create((typeof Iterator==`function`?Iterator:Object).prototype);return o.next=s(0),o.throw=s(1),o.return=s(2),typeof Symbol==`function`&&(o[Symbol.iterator]=function(){return this}),o;function s(e){return function(t){return c([e,t])}}function c(s){if(r)throw TypeError(`Generator is already executing.`);for(;o&&(o=0,s[0]&&(n=0)),n;)try{if(r=1,i&&(a=s[0]&2?i.return:s[0]?i.throw||((a=i.return)&&a.call(i),0):i.next)&&!(a=a.call(i,s[1])).done)return a;switch(i=0,a&&(s=[s[0]&2,a.value]),s[0]){case 0:case 1:a=s;break;case 4:return n.label++,{value:s[1],done:!1};case 5:n.label++,i=s[1],s=[0];continue;case 7:s=n.ops.pop(),n.trys.pop();continue;default:if((a=n.trys,!(a=a.length>0&&a[a.length-1]))&&(s[0]===6||s[0]===2)){n=0;continue}if(s[0]===3&&(!a||s[1]>a[0]&&s[1]<a[3])){n.label=s[1];break}if(s[0]===6&&n.label<a[1]){n.label=a[1],a=s;break}if(a&&n.label<a[2]){n.label=a[2],n.ops.push(s);break}a[2]&&n.ops.pop(),n.trys.pop();continue}s=t.call(e,n)}catch(e){s=[6,e],i=0}finally{r=a=0}if(s[0]&5)throw s[1];return{value:s[0]?s[1]:void 0,done:!0}}}function wt(e){var t=typeof Symbol==`function`&&Symbol.iterator,n=t&&e[t],r=0;if(n)return n.call(e);if(e&&typeof e.length==`number`)return{next:function(){return e&&r>=e.length&&(e=void 0),{value:e&&e[r++],done:!e}}};throw TypeError(t?`Object is not iterable.`:`Symbol.iterator is not defined.`)}function Tt(e,t){var n=typeof Symbol==`function`&&e[Symbol.iterator];if(!n)return e;var r=n.call(e),i,a=[],o;try{for(;(t===void 0||t-->0)&&!(i=r.next()).done;)a.push(i.value)}catch(e){o={error:e}}finally{try{i&&!i.done&&(n=r.return)&&n.call(r)}finally{if(o)throw o.error}}return a}function Et(e,t,n){if(n||arguments.length===2)for(var r=0,i=t.length,a;r<i;r++)(a||!(r in t))&&(a||=Array.prototype.slice.call(t,0,r),a[r]=t[r]);return e.concat(a||Array.prototype.slice.call(t))}function Dt(e){return this instanceof Dt?(this.v=e,this):new Dt(e)}function Ot(e,t,n){if(!Symbol.asyncIterator)throw TypeError(`Symbol.asyncIterator is not defined.`);var r=n.apply(e,t||[]),i,a=[];return i=Object.create((typeof AsyncIterator==`function`?AsyncIterator:Object).prototype),s(`next`),s(`throw`),s(`return`,o),i[Symbol.asyncIterator]=function(){return this},i;function o(e){return function(t){return Promise.resolve(t).then(e,d)}}function s(e,t){r[e]&&(i[e]=function(t){return new Promise(function(n,r){a.push([e,t,n,r])>1||c(e,t)})},t&&(i[e]=t(i[e])))}function c(e,t){try{l(r[e](t))}catch(e){f(a[0][3],e)}}function l(e){e.value instanceof Dt?Promise.resolve(e.value.v).then(u,d):f(a[0][2],e)}function u(e){c(`next`,e)}function d(e){c(`throw`,e)}function f(e,t){e(t),a.shift(),a.length&&c(a[0][0],a[0][1])}}function kt(e){if(!Symbol.asyncIterator)throw TypeError(`Symbol.asyncIterator is not defined.`);var t=e[Symbol.asyncIterator],n;return t?t.call(e):(e=typeof wt==`function`?wt(e):e[Symbol.iterator](),n={},r(`next`),r(`throw`),r(`return`),n[Symbol.asyncIterator]=function(){return this},n);function r(t){n[t]=e[t]&&function(n){return new Promise(function(r,a){n=e[t](n),i(r,a,n.done,n.value)})}}function i(e,t,n,r){Promise.resolve(r).then(function(t){e({value:t,done:n})},t)}}function V(e){return typeof e==`function`}function At(e){var t=e(function(e){Error.call(e),e.stack=Error().stack});return t.prototype=Object.create(Error.prototype),t.prototype.constructor=t,t}var jt=At(function(e){return function(t){e(this),this.message=t?t.length+` errors occurred during unsubscription:\\n`+t.map(function(e,t){return t+1+`) `+e.toString()}).join(`\\n  `):``,this.name=`UnsubscriptionError`,this.errors=t}});function Mt(e,t){if(e){var n=e.indexOf(t);0<=n&&e.splice(n,1)}}var Nt=function(){function e(e){this.initialTeardown=e,this.closed=!1,this._parentage=null,this._finalizers=null}return e.prototype.unsubscribe=function(){var e,t,n,r,i;if(!this.closed){this.closed=!0;var a=this._parentage;if(a)if(this._parentage=null,Array.isArray(a))try{for(var o=wt(a),s=o.next();!s.done;s=o.next())s.value.remove(this)}catch(t){e={error:t}}finally{try{s&&!s.done&&(t=o.return)&&t.call(o)}finally{if(e)throw e.error}}else a.remove(this);var c=this.initialTeardown;if(V(c))try{c()}catch(e){i=e instanceof jt?e.errors:[e]}var l=this._finalizers;if(l){this._finalizers=null;try{for(var u=wt(l),d=u.next();!d.done;d=u.next()){var f=d.value;try{It(f)}catch(e){i??=[],e instanceof jt?i=Et(Et([],Tt(i)),Tt(e.errors)):i.push(e)}}}catch(e){n={error:e}}finally{try{d&&!d.done&&(r=u.return)&&r.call(u)}finally{if(n)throw n.error}}}if(i)throw new jt(i)}},e.prototype.add=function(t){if(t&&t!==this)if(this.closed)It(t);else{if(t instanceof e){if(t.closed||t._hasParent(this))return;t._addParent(this)}(this._finalizers=this._finalizers??[]).push(t)}},e.prototype._hasParent=function(e){var t=this._parentage;return t===e||Array.isArray(t)&&t.includes(e)},e.prototype._addParent=function(e){var t=this._parentage;this._parentage=Array.isArray(t)?(t.push(e),t):t?[t,e]:e},e.prototype._removeParent=function(e){var t=this._parentage;t===e?this._parentage=null:Array.isArray(t)&&Mt(t,e)},e.prototype.remove=function(t){var n=this._finalizers;n&&Mt(n,t),t instanceof e&&t._removeParent(this)},e.EMPTY=(function(){var t=new e;return t.closed=!0,t})(),e}(),Pt=Nt.EMPTY;function Ft(e){return e instanceof Nt||e&&`closed`in e&&V(e.remove)&&V(e.add)&&V(e.unsubscribe)}function It(e){V(e)?e():e.unsubscribe()}var Lt={onUnhandledError:null,onStoppedNotification:null,Promise:void 0,useDeprecatedSynchronousErrorHandling:!1,useDeprecatedNextContext:!1},Rt={setTimeout:function(e,t){for(var n=[],r=2;r<arguments.length;r++)n[r-2]=arguments[r];var i=Rt.delegate;return i?.setTimeout?i.setTimeout.apply(i,Et([e,t],Tt(n))):setTimeout.apply(void 0,Et([e,t],Tt(n)))},clearTimeout:function(e){return(Rt.delegate?.clearTimeout||clearTimeout)(e)},delegate:void 0};function zt(e){Rt.setTimeout(function(){var t=Lt.onUnhandledError;if(t)t(e);else throw e})}function Bt(){}var Vt=(function(){return Wt(`C`,void 0,void 0)})();function Ht(e){return Wt(`E`,void 0,e)}function Ut(e){return Wt(`N`,e,void 0)}function Wt(e,t,n){return{kind:e,value:t,error:n}}var Gt=null;function Kt(e){if(Lt.useDeprecatedSynchronousErrorHandling){var t=!Gt;if(t&&(Gt={errorThrown:!1,error:null}),e(),t){var n=Gt,r=n.errorThrown,i=n.error;if(Gt=null,r)throw i}}else e()}function qt(e){Lt.useDeprecatedSynchronousErrorHandling&&Gt&&(Gt.errorThrown=!0,Gt.error=e)}var Jt=function(e){xt(t,e);function t(t){var n=e.call(this)||this;return n.isStopped=!1,t?(n.destination=t,Ft(t)&&t.add(n)):n.destination=nn,n}return t.create=function(e,t,n){return new Qt(e,t,n)},t.prototype.next=function(e){this.isStopped?tn(Ut(e),this):this._next(e)},t.prototype.error=function(e){this.isStopped?tn(Ht(e),this):(this.isStopped=!0,this._error(e))},t.prototype.complete=function(){this.isStopped?tn(Vt,this):(this.isStopped=!0,this._complete())},t.prototype.unsubscribe=function(){this.closed||(this.isStopped=!0,e.prototype.unsubscribe.call(this),this.destination=null)},t.prototype._next=function(e){this.destination.next(e)},t.prototype._error=function(e){try{this.destination.error(e)}finally{this.unsubscribe()}},t.prototype._complete=function(){try{this.destination.complete()}finally{this.unsubscribe()}},t}(Nt),Yt=Function.prototype.bind;function Xt(e,t){return Yt.call(e,t)}var Zt=function(){function e(e){this.partialObserver=e}return e.prototype.next=function(e){var t=this.partialObserver;if(t.next)try{t.next(e)}catch(e){$t(e)}},e.prototype.error=function(e){var t=this.partialObserver;if(t.error)try{t.error(e)}catch(e){$t(e)}else $t(e)},e.prototype.complete=function(){var e=this.partialObserver;if(e.complete)try{e.complete()}catch(e){$t(e)}},e}(),Qt=function(e){xt(t,e);function t(t,n,r){var i=e.call(this)||this,a;if(V(t)||!t)a={next:t??void 0,error:n??void 0,complete:r??void 0};else{var o;i&&Lt.useDeprecatedNextContext?(o=Object.create(t),o.unsubscribe=function(){return i.unsubscribe()},a={next:t.next&&Xt(t.next,o),error:t.error&&Xt(t.error,o),complete:t.complete&&Xt(t.complete,o)}):a=t}return i.destination=new Zt(a),i}return t}(Jt);function $t(e){Lt.useDeprecatedSynchronousErrorHandling?qt(e):zt(e)}function en(e){throw e}function tn(e,t){var n=Lt.onStoppedNotification;n&&Rt.setTimeout(function(){return n(e,t)})}var nn={closed:!0,next:Bt,error:en,complete:Bt},rn=(function(){return typeof Symbol==`function`&&Symbol.observable||`@@observable`})();function an(e){return e}function on(e){return e.length===0?an:e.length===1?e[0]:function(t){return e.reduce(function(e,t){return t(e)},t)}}var H=function(){function e(e){e&&(this._subscribe=e)}return e.prototype.lift=function(t){var n=new e;return n.source=this,n.operator=t,n},e.prototype.subscribe=function(e,t,n){var r=this,i=ln(e)?e:new Qt(e,t,n);return Kt(function(){var e=r,t=e.operator,n=e.source;i.add(t?t.call(i,n):n?r._subscribe(i):r._trySubscribe(i))}),i},e.prototype._trySubscribe=function(e){try{return this._subscribe(e)}catch(t){e.error(t)}},e.prototype.forEach=function(e,t){var n=this;return t=sn(t),new t(function(t,r){var i=new Qt({next:function(t){try{e(t)}catch(e){r(e),i.unsubscribe()}},error:r,complete:t});n.subscribe(i)})},e.prototype._subscribe=function(e){return this.source?.subscribe(e)},e.prototype[rn]=function(){return this},e.prototype.pipe=function(){for(var e=[],t=0;t<arguments.length;t++)e[t]=arguments[t];return on(e)(this)},e.prototype.toPromise=function(e){var t=this;return e=sn(e),new e(function(e,n){var r;t.subscribe(function(e){return r=e},function(e){return n(e)},function(){return e(r)})})},e.create=function(t){return new e(t)},e}();function sn(e){return e??Lt.Promise??Promise}function cn(e){return e&&V(e.next)&&V(e.error)&&V(e.complete)}function ln(e){return e&&e instanceof Jt||cn(e)&&Ft(e)}function un(e){return V(e?.lift)}function dn(e){return function(t){if(un(t))return t.lift(function(t){try{return e(t,this)}catch(e){this.error(e)}});throw TypeError(`Unable to lift unknown Observable type`)}}function fn(e,t,n,r,i){return new pn(e,t,n,r,i)}var pn=function(e){xt(t,e);function t(t,n,r,i,a,o){var s=e.call(this,t)||this;return s.onFinalize=a,s.shouldUnsubscribe=o,s._next=n?function(e){try{n(e)}catch(e){t.error(e)}}:e.prototype._next,s._error=i?function(e){try{i(e)}catch(e){t.error(e)}finally{this.unsubscribe()}}:e.prototype._error,s._complete=r?function(){try{r()}catch(e){t.error(e)}finally{this.unsubscribe()}}:e.prototype._complete,s}return t.prototype.unsubscribe=function(){var t;if(!this.shouldUnsubscribe||this.shouldUnsubscribe()){var n=this.closed;e.prototype.unsubscribe.call(this),!n&&((t=this.onFinalize)==null||t.call(this))}},t}(Jt),mn=At(function(e){return function(){e(this),this.name=`ObjectUnsubscribedError`,this.message=`object unsubscribed`}}),hn=function(e){xt(t,e);function t(){var t=e.call(this)||this;return t.closed=!1,t.currentObservers=null,t.observers=[],t.isStopped=!1,t.hasError=!1,t.thrownError=null,t}return t.prototype.lift=function(e){var t=new gn(this,this);return t.operator=e,t},t.prototype._throwIfClosed=function(){if(this.closed)throw new mn},t.prototype.next=function(e){var t=this;Kt(function(){var n,r;if(t._throwIfClosed(),!t.isStopped){t.currentObservers||=Array.from(t.observers);try{for(var i=wt(t.currentObservers),a=i.next();!a.done;a=i.next())a.value.next(e)}catch(e){n={error:e}}finally{try{a&&!a.done&&(r=i.return)&&r.call(i)}finally{if(n)throw n.error}}}})},t.prototype.error=function(e){var t=this;Kt(function(){if(t._throwIfClosed(),!t.isStopped){t.hasError=t.isStopped=!0,t.thrownError=e;for(var n=t.observers;n.length;)n.shift().error(e)}})},t.prototype.complete=function(){var e=this;Kt(function(){if(e._throwIfClosed(),!e.isStopped){e.isStopped=!0;for(var t=e.observers;t.length;)t.shift().complete()}})},t.prototype.unsubscribe=function(){this.isStopped=this.closed=!0,this.observers=this.currentObservers=null},Object.defineProperty(t.prototype,\\"observed\\",{get:function(){return this.observers?.length>0},enumerable:!1,configurable:!0}),t.prototype._trySubscribe=function(t){return this._throwIfClosed(),e.prototype._trySubscribe.call(this,t)},t.prototype._subscribe=function(e){return this._throwIfClosed(),this._checkFinalizedStatuses(e),this._innerSubscribe(e)},t.prototype._innerSubscribe=function(e){var t=this,n=this,r=n.hasError,i=n.isStopped,a=n.observers;return r||i?Pt:(this.currentObservers=null,a.push(e),new Nt(function(){t.currentObservers=null,Mt(a,e)}))},t.prototype._checkFinalizedStatuses=function(e){var t=this,n=t.hasError,r=t.thrownError,i=t.isStopped;n?e.error(r):i&&e.complete()},t.prototype.asObservable=function(){var e=new H;return e.source=this,e},t.create=function(e,t){return new gn(e,t)},t}(H),gn=function(e){xt(t,e);function t(t,n){var r=e.call(this)||this;return r.destination=t,r.source=n,r}return t.prototype.next=function(e){var t,n;(n=(t=this.destination)?.next)==null||n.call(t,e)},t.prototype.error=function(e){var t,n;(n=(t=this.destination)?.error)==null||n.call(t,e)},t.prototype.complete=function(){var e,t;(t=(e=this.destination)?.complete)==null||t.call(e)},t.prototype._subscribe=function(e){return this.source?.subscribe(e)??Pt},t}(hn),_n={now:function(){return(_n.delegate||Date).now()},delegate:void 0},vn=function(e){xt(t,e);function t(t,n){return e.call(this)||this}return t.prototype.schedule=function(e,t){return t===void 0&&(t=0),this},t}(Nt),yn={setInterval:function(e,t){for(var n=[],r=2;r<arguments.length;r++)n[r-2]=arguments[r];var i=yn.delegate;return i?.setInterval?i.setInterval.apply(i,Et([e,t],Tt(n))):setInterval.apply(void 0,Et([e,t],Tt(n)))},clearInterval:function(e){return(yn.delegate?.clearInterval||clearInterval)(e)},delegate:void 0},bn=function(e){xt(t,e);function t(t,n){var r=e.call(this,t,n)||this;return r.scheduler=t,r.work=n,r.pending=!1,r}return t.prototype.schedule=function(e,t){if(t===void 0&&(t=0),this.closed)return this;this.state=e;var n=this.id,r=this.scheduler;return n!=null&&(this.id=this.recycleAsyncId(r,n,t)),this.pending=!0,this.delay=t,this.id=this.id??this.requestAsyncId(r,this.id,t),this},t.prototype.requestAsyncId=function(e,t,n){return n===void 0&&(n=0),yn.setInterval(e.flush.bind(e,this),n)},t.prototype.recycleAsyncId=function(e,t,n){if(n===void 0&&(n=0),n!=null&&this.delay===n&&this.pending===!1)return t;t!=null&&yn.clearInterval(t)},t.prototype.execute=function(e,t){if(this.closed)return Error(`executing a cancelled action`);this.pending=!1;var n=this._execute(e,t);if(n)return n;this.pending===!1&&this.id!=null&&(this.id=this.recycleAsyncId(this.scheduler,this.id,null))},t.prototype._execute=function(e,t){var n=!1,r;try{this.work(e)}catch(e){n=!0,r=e||Error(`Scheduled action threw falsy error`)}if(n)return this.unsubscribe(),r},t.prototype.unsubscribe=function(){if(!this.closed){var t=this,n=t.id,r=t.scheduler,i=r.actions;this.work=this.state=this.scheduler=null,this.pending=!1,Mt(i,this),n!=null&&(this.id=this.recycleAsyncId(r,n,null)),this.delay=null,e.prototype.unsubscribe.call(this)}},t}(vn),xn=function(){function e(t,n){n===void 0&&(n=e.now),this.schedulerActionCtor=t,this.now=n}return e.prototype.schedule=function(e,t,n){return t===void 0&&(t=0),new this.schedulerActionCtor(this,e).schedule(n,t)},e.now=_n.now,e}(),Sn=new(function(e){xt(t,e);function t(t,n){n===void 0&&(n=xn.now);var r=e.call(this,t,n)||this;return r.actions=[],r._active=!1,r}return t.prototype.flush=function(e){var t=this.actions;if(this._active){t.push(e);return}var n;this._active=!0;do if(n=e.execute(e.state,e.delay))break;while(e=t.shift());if(this._active=!1,n){for(;e=t.shift();)e.unsubscribe();throw n}},t}(xn))(bn),Cn=Sn,wn=new H(function(e){return e.complete()});function Tn(e){return e&&V(e.schedule)}function En(e){return e[e.length-1]}function Dn(e){return Tn(En(e))?e.pop():void 0}function On(e,t){return typeof En(e)==`number`?e.pop():t}var kn=(function(e){return e&&typeof e.length==`number`&&typeof e!=`function`});function An(e){return V(e?.then)}function jn(e){return V(e[rn])}function Mn(e){return Symbol.asyncIterator&&V(e?.[Symbol.asyncIterator])}function Nn(e){return TypeError(`You provided `+(typeof e==`object`&&e?`an invalid object`:`\'`+e+`\'`)+` where a stream was expected. You can provide an Observable, Promise, ReadableStream, Array, AsyncIterable, or Iterable.`)}function Pn(){return typeof Symbol!=`function`||!Symbol.iterator?`@@iterator`:Symbol.iterator}var Fn=Pn();function In(e){return V(e?.[Fn])}function Ln(e){return Ot(this,arguments,function(){var t,n,r,i;return Ct(this,function(a){switch(a.label){case 0:t=e.getReader(),a.label=1;case 1:a.trys.push([1,,9,10]),a.label=2;case 2:return[4,Dt(t.read())];case 3:return n=a.sent(),r=n.value,i=n.done,i?[4,Dt(void 0)]:[3,5];case 4:return[2,a.sent()];case 5:return[4,Dt(r)];case 6:return[4,a.sent()];case 7:return a.sent(),[3,2];case 8:return[3,10];case 9:return t.releaseLock(),[7];case 10:return[2]}})})}function Rn(e){return V(e?.getReader)}function zn(e){if(e instanceof H)return e;if(e!=null){if(jn(e))return Bn(e);if(kn(e))return Vn(e);if(An(e))return Hn(e);if(Mn(e))return Wn(e);if(In(e))return Un(e);if(Rn(e))return Gn(e)}throw Nn(e)}function Bn(e){return new H(function(t){var n=e[rn]();if(V(n.subscribe))return n.subscribe(t);throw TypeError(`Provided object does not correctly implement Symbol.observable`)})}function Vn(e){return new H(function(t){for(var n=0;n<e.length&&!t.closed;n++)t.next(e[n]);t.complete()})}function Hn(e){return new H(function(t){e.then(function(e){t.closed||(t.next(e),t.complete())},function(e){return t.error(e)}).then(null,zt)})}function Un(e){return new H(function(t){var n,r;try{for(var i=wt(e),a=i.next();!a.done;a=i.next()){var o=a.value;if(t.next(o),t.closed)return}}catch(e){n={error:e}}finally{try{a&&!a.done&&(r=i.return)&&r.call(i)}finally{if(n)throw n.error}}t.complete()})}function Wn(e){return new H(function(t){Kn(e,t).catch(function(e){return t.error(e)})})}function Gn(e){return Wn(Ln(e))}function Kn(e,t){var n,r,i,a;return St(this,void 0,void 0,function(){var o,s;return Ct(this,function(c){switch(c.label){case 0:c.trys.push([0,5,6,11]),n=kt(e),c.label=1;case 1:return[4,n.next()];case 2:if(r=c.sent(),r.done)return[3,4];if(o=r.value,t.next(o),t.closed)return[2];c.label=3;case 3:return[3,1];case 4:return[3,11];case 5:return s=c.sent(),i={error:s},[3,11];case 6:return c.trys.push([6,,9,10]),r&&!r.done&&(a=n.return)?[4,a.call(n)]:[3,8];case 7:c.sent(),c.label=8;case 8:return[3,10];case 9:if(i)throw i.error;return[7];case 10:return[7];case 11:return t.complete(),[2]}})})}function qn(e,t,n,r,i){r===void 0&&(r=0),i===void 0&&(i=!1);var a=t.schedule(function(){n(),i?e.add(this.schedule(null,r)):this.unsubscribe()},r);if(e.add(a),!i)return a}function Jn(e,t){return t===void 0&&(t=0),dn(function(n,r){n.subscribe(fn(r,function(n){return qn(r,e,function(){return r.next(n)},t)},function(){return qn(r,e,function(){return r.complete()},t)},function(n){return qn(r,e,function(){return r.error(n)},t)}))})}function Yn(e,t){return t===void 0&&(t=0),dn(function(n,r){r.add(e.schedule(function(){return n.subscribe(r)},t))})}function Xn(e,t){return zn(e).pipe(Yn(t),Jn(t))}function Zn(e,t){return zn(e).pipe(Yn(t),Jn(t))}function Qn(e,t){return new H(function(n){var r=0;return t.schedule(function(){r===e.length?n.complete():(n.next(e[r++]),n.closed||this.schedule())})})}function $n(e,t){return new H(function(n){var r;return qn(n,t,function(){r=e[Fn](),qn(n,t,function(){var e,t,i;try{e=r.next(),t=e.value,i=e.done}catch(e){n.error(e);return}i?n.complete():n.next(t)},0,!0)}),function(){return V(r?.return)&&r.return()}})}function er(e,t){if(!e)throw Error(`Iterable cannot be null`);return new H(function(n){qn(n,t,function(){var r=e[Symbol.asyncIterator]();qn(n,t,function(){r.next().then(function(e){e.done?n.complete():n.next(e.value)})},0,!0)})})}function tr(e,t){return er(Ln(e),t)}function nr(e,t){if(e!=null){if(jn(e))return Xn(e,t);if(kn(e))return Qn(e,t);if(An(e))return Zn(e,t);if(Mn(e))return er(e,t);if(In(e))return $n(e,t);if(Rn(e))return tr(e,t)}throw Nn(e)}function rr(e,t){return t?nr(e,t):zn(e)}function ir(){for(var e=[],t=0;t<arguments.length;t++)e[t]=arguments[t];return rr(e,Dn(e))}function ar(e){return e instanceof Date&&!isNaN(e)}function or(e,t){return dn(function(n,r){var i=0;n.subscribe(fn(r,function(n){r.next(e.call(t,n,i++))}))})}var sr=Array.isArray;function cr(e,t){return sr(t)?e.apply(void 0,Et([],Tt(t))):e(t)}function lr(e){return or(function(t){return cr(e,t)})}function ur(e,t,n,r,i,a,o,s){var c=[],l=0,u=0,d=!1,f=function(){d&&!c.length&&!l&&t.complete()},p=function(e){return l<r?m(e):c.push(e)},m=function(e){a&&t.next(e),l++;var s=!1;zn(n(e,u++)).subscribe(fn(t,function(e){i?.(e),a?p(e):t.next(e)},function(){s=!0},void 0,function(){if(s)try{l--;for(var e=function(){var e=c.shift();o?qn(t,o,function(){return m(e)}):m(e)};c.length&&l<r;)e();f()}catch(e){t.error(e)}}))};return e.subscribe(fn(t,p,function(){d=!0,f()})),function(){s?.()}}function dr(e,t,n){return n===void 0&&(n=1/0),V(t)?dr(function(n,r){return or(function(e,i){return t(n,e,r,i)})(zn(e(n,r)))},n):(typeof t==`number`&&(n=t),dn(function(t,r){return ur(t,r,e,n)}))}function fr(e){return e===void 0&&(e=1/0),dr(an,e)}var pr=[`addListener`,`removeListener`],mr=[`addEventListener`,`removeEventListener`],hr=[`on`,`off`];function gr(e,t,n,r){if(V(n)&&(r=n,n=void 0),r)return gr(e,t,n).pipe(lr(r));var i=Tt(br(e)?mr.map(function(r){return function(i){return e[r](t,i,n)}}):vr(e)?pr.map(_r(e,t)):yr(e)?hr.map(_r(e,t)):[],2),a=i[0],o=i[1];if(!a&&kn(e))return dr(function(e){return gr(e,t,n)})(zn(e));if(!a)throw TypeError(`Invalid event target`);return new H(function(e){var t=function(){for(var t=[],n=0;n<arguments.length;n++)t[n]=arguments[n];return e.next(1<t.length?t:t[0])};return a(t),function(){return o(t)}})}function _r(e,t){return function(n){return function(r){return e[n](t,r)}}}function vr(e){return V(e.addListener)&&V(e.removeListener)}function yr(e){return V(e.on)&&V(e.off)}function br(e){return V(e.addEventListener)&&V(e.removeEventListener)}function xr(e,t,n){e===void 0&&(e=0),n===void 0&&(n=Cn);var r=-1;return t!=null&&(Tn(t)?n=t:r=t),new H(function(t){var i=ar(e)?+e-n.now():e;i<0&&(i=0);var a=0;return n.schedule(function(){t.closed||(t.next(a++),0<=r?this.schedule(void 0,r):t.complete())},i)})}function Sr(e,t){return e===void 0&&(e=0),t===void 0&&(t=Sn),e<0&&(e=0),xr(e,e,t)}function Cr(){for(var e=[],t=0;t<arguments.length;t++)e[t]=arguments[t];var n=Dn(e),r=On(e,1/0),i=e;return i.length?i.length===1?zn(i[0]):fr(r)(rr(i,n)):wn}function wr(e,t){return t===void 0&&(t=an),e??=Tr,dn(function(n,r){var i,a=!0;n.subscribe(fn(r,function(n){var o=t(n);(a||!e(i,o))&&(a=!1,i=o,r.next(n))}))})}function Tr(e,t){return e===t}function Er(e){return dn(function(t,n){var r=!1,i=null;t.subscribe(fn(n,function(e){r=!0,i=e})),zn(e).subscribe(fn(n,function(){if(r){r=!1;var e=i;i=null,n.next(e)}},Bt))})}function Dr(e,t){return t===void 0&&(t=Sn),Er(Sr(e,t))}function Or(e,t,n){var r=V(e)||t||n?{next:e,error:t,complete:n}:e;return r?dn(function(e,t){var n;(n=r.subscribe)==null||n.call(r);var i=!0;e.subscribe(fn(t,function(e){var n;(n=r.next)==null||n.call(r,e),t.next(e)},function(){var e;i=!1,(e=r.complete)==null||e.call(r),t.complete()},function(e){var n;i=!1,(n=r.error)==null||n.call(r,e),t.error(e)},function(){var e,t;i&&((e=r.unsubscribe)==null||e.call(r)),(t=r.finalize)==null||t.call(r)}))}):an}function kr(){let e=`test`;try{return localStorage.setItem(e,e),localStorage.removeItem(e),!0}catch{return!1}}function U(e,t,n){return new CustomEvent(e,{detail:t,...n})}var{I:Ar}=Oe,jr=e=>e,Mr=e=>e.strings===void 0,Nr=()=>document.createComment(``),Pr=(e,t,n)=>{let r=e._$AA.parentNode,i=t===void 0?e._$AB:t._$AA;if(n===void 0)n=new Ar(r.insertBefore(Nr(),i),r.insertBefore(Nr(),i),e,e.options);else{let t=n._$AB.nextSibling,a=n._$AM,o=a!==e;if(o){let t;n._$AQ?.(e),n._$AM=e,n._$AP!==void 0&&(t=e._$AU)!==a._$AU&&n._$AP(t)}if(t!==i||o){let e=n._$AA;for(;e!==t;){let t=jr(e).nextSibling;jr(r).insertBefore(e,i),e=t}}}return n},Fr=(e,t,n=e)=>(e._$AI(t,n),e),Ir={},Lr=(e,t=Ir)=>e._$AH=t,Rr=e=>e._$AH,zr=e=>{e._$AR(),e._$AA.remove()},Br={ATTRIBUTE:1,CHILD:2,PROPERTY:3,BOOLEAN_ATTRIBUTE:4,EVENT:5,ELEMENT:6},Vr=e=>(...t)=>({_$litDirective$:e,values:t}),Hr=class{constructor(e){}get _$AU(){return this._$AM._$AU}_$AT(e,t,n){this._$Ct=e,this._$AM=t,this._$Ci=n}_$AS(e,t){return this.update(e,t)}update(e,t){return this.render(...t)}},Ur=(e,t)=>{let n=e._$AN;if(n===void 0)return!1;for(let e of n)e._$AO?.(t,!1),Ur(e,t);return!0},Wr=e=>{let t,n;do{if((t=e._$AM)===void 0)break;n=t._$AN,n.delete(e),e=t}while(n?.size===0)},Gr=e=>{for(let t;t=e._$AM;e=t){let n=t._$AN;if(n===void 0)t._$AN=n=new Set;else if(n.has(e))break;n.add(e),Jr(t)}};function Kr(e){this._$AN===void 0?this._$AM=e:(Wr(this),this._$AM=e,Gr(this))}function qr(e,t=!1,n=0){let r=this._$AH,i=this._$AN;if(i!==void 0&&i.size!==0)if(t)if(Array.isArray(r))for(let e=n;e<r.length;e++)Ur(r[e],!1),Wr(r[e]);else r!=null&&(Ur(r,!1),Wr(r));else Ur(this,e)}var Jr=e=>{e.type==Br.CHILD&&(e._$AP??=qr,e._$AQ??=Kr)},Yr=class extends Hr{constructor(){super(...arguments),this._$AN=void 0}_$AT(e,t,n){super._$AT(e,t,n),Gr(this),this.isConnected=e._$AU}_$AO(e,t=!0){e!==this.isConnected&&(this.isConnected=e,e?this.reconnected?.():this.disconnected?.()),t&&(Ur(this,e),Wr(this))}setValue(e){if(Mr(this._$Ct))this._$Ct._$AI(e,this);else{let t=[...this._$Ct._$AH];t[this._$Ci]=e,this._$Ct._$AI(t,this,0)}}disconnected(){}reconnected(){}},Xr=class{constructor(e,{target:t,config:n,callback:r,skipInitial:i}){this.t=new Set,this.o=!1,this.i=!1,this.h=e,t!==null&&this.t.add(t??e),this.l=n,this.o=i??this.o,this.callback=r,window.ResizeObserver?(this.u=new ResizeObserver(e=>{this.handleChanges(e),this.h.requestUpdate()}),e.addController(this)):console.warn(`ResizeController error: browser does not support ResizeObserver.`)}handleChanges(e){this.value=this.callback?.(e,this.u)}hostConnected(){for(let e of this.t)this.observe(e)}hostDisconnected(){this.disconnect()}async hostUpdated(){!this.o&&this.i&&this.handleChanges([]),this.i=!1}observe(e){this.t.add(e),this.u.observe(e,this.l),this.i=!0,this.h.requestUpdate()}unobserve(e){this.t.delete(e),this.u.unobserve(e)}disconnect(){this.u.disconnect()}target(e){return Zr(this,e)}},Zr=Vr(class extends Yr{constructor(){super(...arguments),this.observing=!1}render(e,t){}update(e,[t,n]){this.controller=t,this.part=e,this.observe=n,!1===n?(t.unobserve(e.element),this.observing=!1):!1===this.observing&&(t.observe(e.element),this.observing=!0)}disconnected(){this.controller?.unobserve(this.part.element),this.observing=!1}reconnected(){!1!==this.observe&&!1===this.observing&&(this.controller?.observe(this.part.element),this.observing=!0)}}),Qr=Vr(class extends Hr{constructor(e){if(super(e),e.type!==Br.ATTRIBUTE||e.name!==`class`||e.strings?.length>2)throw Error(\\"`classMap()` can only be used in the `class` attribute and must be the only part in the attribute.\\")}render(e){return` `+Object.keys(e).filter(t=>e[t]).join(` `)+` `}update(e,[t]){if(this.st===void 0){this.st=new Set,e.strings!==void 0&&(this.nt=new Set(e.strings.join(` `).split(/\\\\s/).filter(e=>e!==``)));for(let e in t)t[e]&&!this.nt?.has(e)&&this.st.add(e);return this.render(t)}let n=e.element.classList;for(let e of this.st)e in t||(n.remove(e),this.st.delete(e));for(let e in t){let r=!!t[e];r===this.st.has(e)||this.nt?.has(e)||(r?(n.add(e),this.st.add(e)):(n.remove(e),this.st.delete(e)))}return P}}),$r=t(((e,t)=>{var n=function(e){var t=/(?:^|\\\\s)lang(?:uage)?-([\\\\w-]+)(?=\\\\s|$)/i,n=0,r={},i={manual:e.Prism&&e.Prism.manual,disableWorkerMessageHandler:e.Prism&&e.Prism.disableWorkerMessageHandler,util:{encode:function e(t){return t instanceof a?new a(t.type,e(t.content),t.alias):Array.isArray(t)?t.map(e):t.replace(/&/g,`&amp;`).replace(/</g,`&lt;`).replace(/\\\\u00a0/g,` `)},type:function(e){return Object.prototype.toString.call(e).slice(8,-1)},objId:function(e){return e.__id||Object.defineProperty(e,\\"__id\\",{value:++n}),e.__id},clone:function e(t,n){n||={};var r,a;switch(i.util.type(t)){case`Object`:if(a=i.util.objId(t),n[a])return n[a];for(var o in r={},n[a]=r,t)t.hasOwnProperty(o)&&(r[o]=e(t[o],n));return r;case`Array`:return a=i.util.objId(t),n[a]?n[a]:(r=[],n[a]=r,t.forEach(function(t,i){r[i]=e(t,n)}),r);default:return t}},getLanguage:function(e){for(;e;){var n=t.exec(e.className);if(n)return n[1].toLowerCase();e=e.parentElement}return`none`},setLanguage:function(e,n){e.className=e.className.replace(RegExp(t,`gi`),``),e.classList.add(`language-`+n)},currentScript:function(){if(typeof document>`u`)return null;if(document.currentScript&&document.currentScript.tagName===`SCRIPT`)return document.currentScript;try{throw Error()}catch(r){var e=(/at [^(\\\\r\\\\n]*\\\\((.*):[^:]+:[^:]+\\\\)$/i.exec(r.stack)||[])[1];if(e){var t=document.getElementsByTagName(`script`);for(var n in t)if(t[n].src==e)return t[n]}return null}},isActive:function(e,t,n){for(var r=`no-`+t;e;){var i=e.classList;if(i.contains(t))return!0;if(i.contains(r))return!1;e=e.parentElement}return!!n}},languages:{plain:r,plaintext:r,text:r,txt:r,extend:function(e,t){var n=i.util.clone(i.languages[e]);for(var r in t)n[r]=t[r];return n},insertBefore:function(e,t,n,r){r||=i.languages;var a=r[e],o={};for(var s in a)if(a.hasOwnProperty(s)){if(s==t)for(var c in n)n.hasOwnProperty(c)&&(o[c]=n[c]);n.hasOwnProperty(s)||(o[s]=a[s])}var l=r[e];return r[e]=o,i.languages.DFS(i.languages,function(t,n){n===l&&t!=e&&(this[t]=o)}),o},DFS:function e(t,n,r,a){a||={};var o=i.util.objId;for(var s in t)if(t.hasOwnProperty(s)){n.call(t,s,t[s],r||s);var c=t[s],l=i.util.type(c);l===`Object`&&!a[o(c)]?(a[o(c)]=!0,e(c,n,null,a)):l===`Array`&&!a[o(c)]&&(a[o(c)]=!0,e(c,n,s,a))}}},plugins:{},highlightAll:function(e,t){i.highlightAllUnder(document,e,t)},highlightAllUnder:function(e,t,n){var r={callback:n,container:e,selector:`code[class*=\\"language-\\"], [class*=\\"language-\\"] code, code[class*=\\"lang-\\"], [class*=\\"lang-\\"] code`};i.hooks.run(`before-highlightall`,r),r.elements=Array.prototype.slice.apply(r.container.querySelectorAll(r.selector)),i.hooks.run(`before-all-elements-highlight`,r);for(var a=0,o;o=r.elements[a++];)i.highlightElement(o,t===!0,r.callback)},highlightElement:function(t,n,r){var a=i.util.getLanguage(t),o=i.languages[a];i.util.setLanguage(t,a);var s=t.parentElement;s&&s.nodeName.toLowerCase()===`pre`&&i.util.setLanguage(s,a);var c={element:t,language:a,grammar:o,code:t.textContent};function l(e){c.highlightedCode=e,i.hooks.run(`before-insert`,c),c.element.innerHTML=c.highlightedCode,i.hooks.run(`after-highlight`,c),i.hooks.run(`complete`,c),r&&r.call(c.element)}if(i.hooks.run(`before-sanity-check`,c),s=c.element.parentElement,s&&s.nodeName.toLowerCase()===`pre`&&!s.hasAttribute(`tabindex`)&&s.setAttribute(`tabindex`,`0`),!c.code){i.hooks.run(`complete`,c),r&&r.call(c.element);return}if(i.hooks.run(`before-highlight`,c),!c.grammar){l(i.util.encode(c.code));return}if(n&&e.Worker){var u=new Worker(i.filename);u.onmessage=function(e){l(e.data)},u.postMessage(JSON.stringify({language:c.language,code:c.code,immediateClose:!0}))}else l(i.highlight(c.code,c.grammar,c.language))},highlight:function(e,t,n){var r={code:e,grammar:t,language:n};if(i.hooks.run(`before-tokenize`,r),!r.grammar)throw Error(`The language \\"`+r.language+`\\" has no grammar.`);return r.tokens=i.tokenize(r.code,r.grammar),i.hooks.run(`after-tokenize`,r),a.stringify(i.util.encode(r.tokens),r.language)},tokenize:function(e,t){var n=t.rest;if(n){for(var r in n)t[r]=n[r];delete t.rest}var i=new c;return l(i,i.head,e),s(e,i,t,i.head,0),d(i)},hooks:{all:{},add:function(e,t){var n=i.hooks.all;n[e]=n[e]||[],n[e].push(t)},run:function(e,t){var n=i.hooks.all[e];if(!(!n||!n.length))for(var r=0,a;a=n[r++];)a(t)}},Token:a};e.Prism=i;function a(e,t,n,r){this.type=e,this.content=t,this.alias=n,this.length=(r||``).length|0}a.stringify=function e(t,n){if(typeof t==`string`)return t;if(Array.isArray(t)){var r=``;return t.forEach(function(t){r+=e(t,n)}),r}var a={type:t.type,content:e(t.content,n),tag:`span`,classes:[`token`,t.type],attributes:{},language:n},o=t.alias;o&&(Array.isArray(o)?Array.prototype.push.apply(a.classes,o):a.classes.push(o)),i.hooks.run(`wrap`,a);var s=``;for(var c in a.attributes)s+=` `+c+`=\\"`+(a.attributes[c]||``).replace(/\\"/g,`&quot;`)+`\\"`;return`<`+a.tag+` class=\\"`+a.classes.join(` `)+`\\"`+s+`>`+a.content+`</`+a.tag+`>`};function o(e,t,n,r){e.lastIndex=t;var i=e.exec(n);if(i&&r&&i[1]){var a=i[1].length;i.index+=a,i[0]=i[0].slice(a)}return i}function s(e,t,n,r,c,d){for(var f in n)if(!(!n.hasOwnProperty(f)||!n[f])){var p=n[f];p=Array.isArray(p)?p:[p];for(var m=0;m<p.length;++m){if(d&&d.cause==f+`,`+m)return;var h=p[m],g=h.inside,_=!!h.lookbehind,v=!!h.greedy,y=h.alias;if(v&&!h.pattern.global){var b=h.pattern.toString().match(/[imsuy]*$/)[0];h.pattern=RegExp(h.pattern.source,b+`g`)}for(var x=h.pattern||h,S=r.next,C=c;S!==t.tail&&!(d&&C>=d.reach);C+=S.value.length,S=S.next){var w=S.value;if(t.length>e.length)return;if(!(w instanceof a)){var T=1,E;if(v){if(E=o(x,C,e,_),!E||E.index>=e.length)break;var D=E.index,ee=E.index+E[0].length,O=C;for(O+=S.value.length;D>=O;)S=S.next,O+=S.value.length;if(O-=S.value.length,C=O,S.value instanceof a)continue;for(var k=S;k!==t.tail&&(O<ee||typeof k.value==`string`);k=k.next)T++,O+=k.value.length;T--,w=e.slice(C,O),E.index-=C}else if(E=o(x,0,w,_),!E)continue;var D=E.index,te=E[0],ne=w.slice(0,D),A=w.slice(D+te.length),re=C+w.length;d&&re>d.reach&&(d.reach=re);var j=S.prev;ne&&(j=l(t,j,ne),C+=ne.length),u(t,j,T);var ie=new a(f,g?i.tokenize(te,g):te,y,te);if(S=l(t,j,ie),A&&l(t,S,A),T>1){var ae={cause:f+`,`+m,reach:re};s(e,t,n,S.prev,C,ae),d&&ae.reach>d.reach&&(d.reach=ae.reach)}}}}}}function c(){var e={value:null,prev:null,next:null},t={value:null,prev:e,next:null};e.next=t,this.head=e,this.tail=t,this.length=0}function l(e,t,n){var r=t.next,i={value:n,prev:t,next:r};return t.next=i,r.prev=i,e.length++,i}function u(e,t,n){for(var r=t.next,i=0;i<n&&r!==e.tail;i++)r=r.next;t.next=r,r.prev=t,e.length-=i}function d(e){for(var t=[],n=e.head.next;n!==e.tail;)t.push(n.value),n=n.next;return t}if(!e.document)return e.addEventListener&&(i.disableWorkerMessageHandler||e.addEventListener(`message`,function(t){var n=JSON.parse(t.data),r=n.language,a=n.code,o=n.immediateClose;e.postMessage(i.highlight(a,i.languages[r],r)),o&&e.close()},!1)),i;var f=i.util.currentScript();f&&(i.filename=f.src,f.hasAttribute(`data-manual`)&&(i.manual=!0));function p(){i.manual||i.highlightAll()}if(!i.manual){var m=document.readyState;m===`loading`||m===`interactive`&&f&&f.defer?document.addEventListener(`DOMContentLoaded`,p):window.requestAnimationFrame?window.requestAnimationFrame(p):window.setTimeout(p,16)}return i}(typeof window<`u`?window:typeof WorkerGlobalScope<`u`&&self instanceof WorkerGlobalScope?self:{});t!==void 0&&t.exports&&(t.exports=n),typeof global<`u`&&(global.Prism=n)}))();Prism.languages.clike={comment:[{pattern:/(^|[^\\\\\\\\])\\\\/\\\\*[\\\\s\\\\S]*?(?:\\\\*\\\\/|$)/,lookbehind:!0,greedy:!0},{pattern:/(^|[^\\\\\\\\:])\\\\/\\\\/.*/,lookbehind:!0,greedy:!0}],string:{pattern:/([\\"\'])(?:\\\\\\\\(?:\\\\r\\\\n|[\\\\s\\\\S])|(?!\\\\1)[^\\\\\\\\\\\\r\\\\n])*\\\\1/,greedy:!0},\\"class-name\\":{pattern:/(\\\\b(?:class|extends|implements|instanceof|interface|new|trait)\\\\s+|\\\\bcatch\\\\s+\\\\()[\\\\w.\\\\\\\\]+/i,lookbehind:!0,inside:{punctuation:/[.\\\\\\\\]/}},keyword:/\\\\b(?:break|catch|continue|do|else|finally|for|function|if|in|instanceof|new|null|return|throw|try|while)\\\\b/,boolean:/\\\\b(?:false|true)\\\\b/,function:/\\\\b\\\\w+(?=\\\\()/,number:/\\\\b0x[\\\\da-f]+\\\\b|(?:\\\\b\\\\d+(?:\\\\.\\\\d*)?|\\\\B\\\\.\\\\d+)(?:e[+-]?\\\\d+)?/i,operator:/[<>]=?|[!=]=?=?|--?|\\\\+\\\\+?|&&?|\\\\|\\\\|?|[?*/~^%]/,punctuation:/[{}[\\\\];(),.:]/},Prism.languages.javascript=Prism.languages.extend(`clike`,{\\"class-name\\":[Prism.languages.clike[`class-name`],{pattern:/(^|[^$\\\\w\\\\xA0-\\\\uFFFF])(?!\\\\s)[_$A-Z\\\\xA0-\\\\uFFFF](?:(?!\\\\s)[$\\\\w\\\\xA0-\\\\uFFFF])*(?=\\\\.(?:constructor|prototype))/,lookbehind:!0}],keyword:[{pattern:/((?:^|\\\\})\\\\s*)catch\\\\b/,lookbehind:!0},{pattern:/(^|[^.]|\\\\.\\\\.\\\\.\\\\s*)\\\\b(?:as|assert(?=\\\\s*\\\\{)|async(?=\\\\s*(?:function\\\\b|\\\\(|[$\\\\w\\\\xA0-\\\\uFFFF]|$))|await|break|case|class|const|continue|debugger|default|delete|do|else|enum|export|extends|finally(?=\\\\s*(?:\\\\{|$))|for|from(?=\\\\s*(?:[\'\\"]|$))|function|(?:get|set)(?=\\\\s*(?:[#\\\\[$\\\\w\\\\xA0-\\\\uFFFF]|$))|if|implements|import|in|instanceof|interface|let|new|null|of|package|private|protected|public|return|static|super|switch|this|throw|try|typeof|undefined|var|void|while|with|yield)\\\\b/,lookbehind:!0}],function:/#?(?!\\\\s)[_$a-zA-Z\\\\xA0-\\\\uFFFF](?:(?!\\\\s)[$\\\\w\\\\xA0-\\\\uFFFF])*(?=\\\\s*(?:\\\\.\\\\s*(?:apply|bind|call)\\\\s*)?\\\\()/,number:{pattern:RegExp(`(^|[^\\\\\\\\w$])(?:NaN|Infinity|0[bB][01]+(?:_[01]+)*n?|0[oO][0-7]+(?:_[0-7]+)*n?|0[xX][\\\\\\\\dA-Fa-f]+(?:_[\\\\\\\\dA-Fa-f]+)*n?|\\\\\\\\d+(?:_\\\\\\\\d+)*n|(?:\\\\\\\\d+(?:_\\\\\\\\d+)*(?:\\\\\\\\.(?:\\\\\\\\d+(?:_\\\\\\\\d+)*)?)?|\\\\\\\\.\\\\\\\\d+(?:_\\\\\\\\d+)*)(?:[Ee][+-]?\\\\\\\\d+(?:_\\\\\\\\d+)*)?)(?![\\\\\\\\w$])`),lookbehind:!0},operator:/--|\\\\+\\\\+|\\\\*\\\\*=?|=>|&&=?|\\\\|\\\\|=?|[!=]==|<<=?|>>>?=?|[-+*/%&|^!=<>]=?|\\\\.{3}|\\\\?\\\\?=?|\\\\?\\\\.?|[~:]/}),Prism.languages.javascript[`class-name`][0].pattern=/(\\\\b(?:class|extends|implements|instanceof|interface|new)\\\\s+)[\\\\w.\\\\\\\\]+/,Prism.languages.insertBefore(`javascript`,`keyword`,{regex:{pattern:RegExp(`((?:^|[^$\\\\\\\\w\\\\\\\\xA0-\\\\\\\\uFFFF.\\"\'\\\\\\\\])\\\\\\\\s]|\\\\\\\\b(?:return|yield))\\\\\\\\s*)\\\\\\\\/(?:(?:\\\\\\\\[(?:[^\\\\\\\\]\\\\\\\\\\\\\\\\\\\\\\\\r\\\\\\\\n]|\\\\\\\\\\\\\\\\.)*\\\\\\\\]|\\\\\\\\\\\\\\\\.|[^/\\\\\\\\\\\\\\\\\\\\\\\\[\\\\\\\\r\\\\\\\\n])+\\\\\\\\/[dgimyus]{0,7}|(?:\\\\\\\\[(?:[^[\\\\\\\\]\\\\\\\\\\\\\\\\\\\\\\\\r\\\\\\\\n]|\\\\\\\\\\\\\\\\.|\\\\\\\\[(?:[^[\\\\\\\\]\\\\\\\\\\\\\\\\\\\\\\\\r\\\\\\\\n]|\\\\\\\\\\\\\\\\.|\\\\\\\\[(?:[^[\\\\\\\\]\\\\\\\\\\\\\\\\\\\\\\\\r\\\\\\\\n]|\\\\\\\\\\\\\\\\.)*\\\\\\\\])*\\\\\\\\])*\\\\\\\\]|\\\\\\\\\\\\\\\\.|[^/\\\\\\\\\\\\\\\\\\\\\\\\[\\\\\\\\r\\\\\\\\n])+\\\\\\\\/[dgimyus]{0,7}v[dgimyus]{0,7})(?=(?:\\\\\\\\s|\\\\\\\\/\\\\\\\\*(?:[^*]|\\\\\\\\*(?!\\\\\\\\/))*\\\\\\\\*\\\\\\\\/)*(?:$|[\\\\\\\\r\\\\\\\\n,.;:})\\\\\\\\]]|\\\\\\\\/\\\\\\\\/))`),lookbehind:!0,greedy:!0,inside:{\\"regex-source\\":{pattern:/^(\\\\/)[\\\\s\\\\S]+(?=\\\\/[a-z]*$)/,lookbehind:!0,alias:`language-regex`,inside:Prism.languages.regex},\\"regex-delimiter\\":/^\\\\/|\\\\/$/,\\"regex-flags\\":/^[a-z]+$/}},\\"function-variable\\":{pattern:/#?(?!\\\\s)[_$a-zA-Z\\\\xA0-\\\\uFFFF](?:(?!\\\\s)[$\\\\w\\\\xA0-\\\\uFFFF])*(?=\\\\s*[=:]\\\\s*(?:async\\\\s*)?(?:\\\\bfunction\\\\b|(?:\\\\((?:[^()]|\\\\([^()]*\\\\))*\\\\)|(?!\\\\s)[_$a-zA-Z\\\\xA0-\\\\uFFFF](?:(?!\\\\s)[$\\\\w\\\\xA0-\\\\uFFFF])*)\\\\s*=>))/,alias:`function`},parameter:[{pattern:/(function(?:\\\\s+(?!\\\\s)[_$a-zA-Z\\\\xA0-\\\\uFFFF](?:(?!\\\\s)[$\\\\w\\\\xA0-\\\\uFFFF])*)?\\\\s*\\\\(\\\\s*)(?!\\\\s)(?:[^()\\\\s]|\\\\s+(?![\\\\s)])|\\\\([^()]*\\\\))+(?=\\\\s*\\\\))/,lookbehind:!0,inside:Prism.languages.javascript},{pattern:/(^|[^$\\\\w\\\\xA0-\\\\uFFFF])(?!\\\\s)[_$a-z\\\\xA0-\\\\uFFFF](?:(?!\\\\s)[$\\\\w\\\\xA0-\\\\uFFFF])*(?=\\\\s*=>)/i,lookbehind:!0,inside:Prism.languages.javascript},{pattern:/(\\\\(\\\\s*)(?!\\\\s)(?:[^()\\\\s]|\\\\s+(?![\\\\s)])|\\\\([^()]*\\\\))+(?=\\\\s*\\\\)\\\\s*=>)/,lookbehind:!0,inside:Prism.languages.javascript},{pattern:/((?:\\\\b|\\\\s|^)(?!(?:as|async|await|break|case|catch|class|const|continue|debugger|default|delete|do|else|enum|export|extends|finally|for|from|function|get|if|implements|import|in|instanceof|interface|let|new|null|of|package|private|protected|public|return|set|static|super|switch|this|throw|try|typeof|undefined|var|void|while|with|yield)(?![$\\\\w\\\\xA0-\\\\uFFFF]))(?:(?!\\\\s)[_$a-zA-Z\\\\xA0-\\\\uFFFF](?:(?!\\\\s)[$\\\\w\\\\xA0-\\\\uFFFF])*\\\\s*)\\\\(\\\\s*|\\\\]\\\\s*\\\\(\\\\s*)(?!\\\\s)(?:[^()\\\\s]|\\\\s+(?![\\\\s)])|\\\\([^()]*\\\\))+(?=\\\\s*\\\\)\\\\s*\\\\{)/,lookbehind:!0,inside:Prism.languages.javascript}],constant:/\\\\b[A-Z](?:[A-Z_]|\\\\dx?)*\\\\b/}),Prism.languages.insertBefore(`javascript`,`string`,{hashbang:{pattern:/^#!.*/,greedy:!0,alias:`comment`},\\"template-string\\":{pattern:/`(?:\\\\\\\\[\\\\s\\\\S]|\\\\$\\\\{(?:[^{}]|\\\\{(?:[^{}]|\\\\{[^}]*\\\\})*\\\\})+\\\\}|(?!\\\\$\\\\{)[^\\\\\\\\`])*`/,greedy:!0,inside:{\\"template-punctuation\\":{pattern:/^`|`$/,alias:`string`},interpolation:{pattern:/((?:^|[^\\\\\\\\])(?:\\\\\\\\{2})*)\\\\$\\\\{(?:[^{}]|\\\\{(?:[^{}]|\\\\{[^}]*\\\\})*\\\\})+\\\\}/,lookbehind:!0,inside:{\\"interpolation-punctuation\\":{pattern:/^\\\\$\\\\{|\\\\}$/,alias:`punctuation`},rest:Prism.languages.javascript}},string:/[\\\\s\\\\S]+/}},\\"string-property\\":{pattern:/((?:^|[,{])[ \\\\t]*)([\\"\'])(?:\\\\\\\\(?:\\\\r\\\\n|[\\\\s\\\\S])|(?!\\\\2)[^\\\\\\\\\\\\r\\\\n])*\\\\2(?=\\\\s*:)/m,lookbehind:!0,greedy:!0,alias:`property`}}),Prism.languages.insertBefore(`javascript`,`operator`,{\\"literal-property\\":{pattern:/((?:^|[,{])[ \\\\t]*)(?!\\\\s)[_$a-zA-Z\\\\xA0-\\\\uFFFF](?:(?!\\\\s)[$\\\\w\\\\xA0-\\\\uFFFF])*(?=\\\\s*:)/m,lookbehind:!0,alias:`property`}}),Prism.languages.markup&&(Prism.languages.markup.tag.addInlined(`script`,`javascript`),Prism.languages.markup.tag.addAttribute(`on(?:abort|blur|change|click|composition(?:end|start|update)|dblclick|error|focus(?:in|out)?|key(?:down|up)|load|mouse(?:down|enter|leave|move|out|over|up)|reset|resize|scroll|select|slotchange|submit|unload|wheel)`,`javascript`)),Prism.languages.js=Prism.languages.javascript,(function(e){e.languages.typescript=e.languages.extend(`javascript`,{\\"class-name\\":{pattern:/(\\\\b(?:class|extends|implements|instanceof|interface|new|type)\\\\s+)(?!keyof\\\\b)(?!\\\\s)[_$a-zA-Z\\\\xA0-\\\\uFFFF](?:(?!\\\\s)[$\\\\w\\\\xA0-\\\\uFFFF])*(?:\\\\s*<(?:[^<>]|<(?:[^<>]|<[^<>]*>)*>)*>)?/,lookbehind:!0,greedy:!0,inside:null},builtin:/\\\\b(?:Array|Function|Promise|any|boolean|console|never|number|string|symbol|unknown)\\\\b/}),e.languages.typescript.keyword.push(/\\\\b(?:abstract|declare|is|keyof|readonly|require)\\\\b/,/\\\\b(?:asserts|infer|interface|module|namespace|type)\\\\b(?=\\\\s*(?:[{_$a-zA-Z\\\\xA0-\\\\uFFFF]|$))/,/\\\\btype\\\\b(?=\\\\s*(?:[\\\\{*]|$))/),delete e.languages.typescript.parameter,delete e.languages.typescript[`literal-property`];var t=e.languages.extend(`typescript`,{});delete t[`class-name`],e.languages.typescript[`class-name`].inside=t,e.languages.insertBefore(`typescript`,`function`,{decorator:{pattern:/@[$\\\\w\\\\xA0-\\\\uFFFF]+/,inside:{at:{pattern:/^@/,alias:`operator`},function:/^[\\\\s\\\\S]+/}},\\"generic-function\\":{pattern:/#?(?!\\\\s)[_$a-zA-Z\\\\xA0-\\\\uFFFF](?:(?!\\\\s)[$\\\\w\\\\xA0-\\\\uFFFF])*\\\\s*<(?:[^<>]|<(?:[^<>]|<[^<>]*>)*>)*>(?=\\\\s*\\\\()/,greedy:!0,inside:{function:/^#?(?!\\\\s)[_$a-zA-Z\\\\xA0-\\\\uFFFF](?:(?!\\\\s)[$\\\\w\\\\xA0-\\\\uFFFF])*/,generic:{pattern:/<[\\\\s\\\\S]+/,alias:`class-name`,inside:t}}}}),e.languages.ts=e.languages.typescript})(Prism),(function(e){function t(e,t){return e.replace(/<<(\\\\d+)>>/g,function(e,n){return`(?:`+t[+n]+`)`})}function n(e,n,r){return RegExp(t(e,n),r||``)}function r(e,t){for(var n=0;n<t;n++)e=e.replace(/<<self>>/g,function(){return`(?:`+e+`)`});return e.replace(/<<self>>/g,`[^\\\\\\\\s\\\\\\\\S]`)}var i={type:`bool byte char decimal double dynamic float int long object sbyte short string uint ulong ushort var void`,typeDeclaration:`class enum interface record struct`,contextual:`add alias and ascending async await by descending from(?=\\\\\\\\s*(?:\\\\\\\\w|$)) get global group into init(?=\\\\\\\\s*;) join let nameof not notnull on or orderby partial remove select set unmanaged value when where with(?=\\\\\\\\s*{)`,other:`abstract as base break case catch checked const continue default delegate do else event explicit extern finally fixed for foreach goto if implicit in internal is lock namespace new null operator out override params private protected public readonly ref return sealed sizeof stackalloc static switch this throw try typeof unchecked unsafe using virtual volatile while yield`};function a(e){return`\\\\\\\\b(?:`+e.trim().replace(/ /g,`|`)+`)\\\\\\\\b`}var o=a(i.typeDeclaration),s=RegExp(a(i.type+` `+i.typeDeclaration+` `+i.contextual+` `+i.other)),c=a(i.typeDeclaration+` `+i.contextual+` `+i.other),l=a(i.type+` `+i.typeDeclaration+` `+i.other),u=r(`<(?:[^<>;=+\\\\\\\\-*/%&|^]|<<self>>)*>`,2),d=r(`\\\\\\\\((?:[^()]|<<self>>)*\\\\\\\\)`,2),f=`@?\\\\\\\\b[A-Za-z_]\\\\\\\\w*\\\\\\\\b`,p=t(`<<0>>(?:\\\\\\\\s*<<1>>)?`,[f,u]),m=t(`(?!<<0>>)<<1>>(?:\\\\\\\\s*\\\\\\\\.\\\\\\\\s*<<1>>)*`,[c,p]),h=`\\\\\\\\[\\\\\\\\s*(?:,\\\\\\\\s*)*\\\\\\\\]`,g=t(`<<0>>(?:\\\\\\\\s*(?:\\\\\\\\?\\\\\\\\s*)?<<1>>)*(?:\\\\\\\\s*\\\\\\\\?)?`,[m,h]),_=t(`(?:<<0>>|<<1>>)(?:\\\\\\\\s*(?:\\\\\\\\?\\\\\\\\s*)?<<2>>)*(?:\\\\\\\\s*\\\\\\\\?)?`,[t(`\\\\\\\\(<<0>>+(?:,<<0>>+)+\\\\\\\\)`,[t(`[^,()<>[\\\\\\\\];=+\\\\\\\\-*/%&|^]|<<0>>|<<1>>|<<2>>`,[u,d,h])]),m,h]),v={keyword:s,punctuation:/[<>()?,.:[\\\\]]/},y=`\'(?:[^\\\\\\\\r\\\\\\\\n\'\\\\\\\\\\\\\\\\]|\\\\\\\\\\\\\\\\.|\\\\\\\\\\\\\\\\[Uux][\\\\\\\\da-fA-F]{1,8})\'`,b=`\\"(?:\\\\\\\\\\\\\\\\.|[^\\\\\\\\\\\\\\\\\\"\\\\\\\\r\\\\\\\\n])*\\"`,x=`@\\"(?:\\"\\"|\\\\\\\\\\\\\\\\[\\\\\\\\s\\\\\\\\S]|[^\\\\\\\\\\\\\\\\\\"])*\\"(?!\\")`;e.languages.csharp=e.languages.extend(`clike`,{string:[{pattern:n(`(^|[^$\\\\\\\\\\\\\\\\])<<0>>`,[x]),lookbehind:!0,greedy:!0},{pattern:n(`(^|[^@$\\\\\\\\\\\\\\\\])<<0>>`,[b]),lookbehind:!0,greedy:!0}],\\"class-name\\":[{pattern:n(`(\\\\\\\\busing\\\\\\\\s+static\\\\\\\\s+)<<0>>(?=\\\\\\\\s*;)`,[m]),lookbehind:!0,inside:v},{pattern:n(`(\\\\\\\\busing\\\\\\\\s+<<0>>\\\\\\\\s*=\\\\\\\\s*)<<1>>(?=\\\\\\\\s*;)`,[f,_]),lookbehind:!0,inside:v},{pattern:n(`(\\\\\\\\busing\\\\\\\\s+)<<0>>(?=\\\\\\\\s*=)`,[f]),lookbehind:!0},{pattern:n(`(\\\\\\\\b<<0>>\\\\\\\\s+)<<1>>`,[o,p]),lookbehind:!0,inside:v},{pattern:n(`(\\\\\\\\bcatch\\\\\\\\s*\\\\\\\\(\\\\\\\\s*)<<0>>`,[m]),lookbehind:!0,inside:v},{pattern:n(`(\\\\\\\\bwhere\\\\\\\\s+)<<0>>`,[f]),lookbehind:!0},{pattern:n(`(\\\\\\\\b(?:is(?:\\\\\\\\s+not)?|as)\\\\\\\\s+)<<0>>`,[g]),lookbehind:!0,inside:v},{pattern:n(`\\\\\\\\b<<0>>(?=\\\\\\\\s+(?!<<1>>|with\\\\\\\\s*\\\\\\\\{)<<2>>(?:\\\\\\\\s*[=,;:{)\\\\\\\\]]|\\\\\\\\s+(?:in|when)\\\\\\\\b))`,[_,l,f]),inside:v}],keyword:s,number:/(?:\\\\b0(?:x[\\\\da-f_]*[\\\\da-f]|b[01_]*[01])|(?:\\\\B\\\\.\\\\d+(?:_+\\\\d+)*|\\\\b\\\\d+(?:_+\\\\d+)*(?:\\\\.\\\\d+(?:_+\\\\d+)*)?)(?:e[-+]?\\\\d+(?:_+\\\\d+)*)?)(?:[dflmu]|lu|ul)?\\\\b/i,operator:/>>=?|<<=?|[-=]>|([-+&|])\\\\1|~|\\\\?\\\\?=?|[-+*/%&|^!=<>]=?/,punctuation:/\\\\?\\\\.?|::|[{}[\\\\];(),.:]/}),e.languages.insertBefore(`csharp`,`number`,{range:{pattern:/\\\\.\\\\./,alias:`operator`}}),e.languages.insertBefore(`csharp`,`punctuation`,{\\"named-parameter\\":{pattern:n(`([(,]\\\\\\\\s*)<<0>>(?=\\\\\\\\s*:)`,[f]),lookbehind:!0,alias:`punctuation`}}),e.languages.insertBefore(`csharp`,`class-name`,{namespace:{pattern:n(`(\\\\\\\\b(?:namespace|using)\\\\\\\\s+)<<0>>(?:\\\\\\\\s*\\\\\\\\.\\\\\\\\s*<<0>>)*(?=\\\\\\\\s*[;{])`,[f]),lookbehind:!0,inside:{punctuation:/\\\\./}},\\"type-expression\\":{pattern:n(`(\\\\\\\\b(?:default|sizeof|typeof)\\\\\\\\s*\\\\\\\\(\\\\\\\\s*(?!\\\\\\\\s))(?:[^()\\\\\\\\s]|\\\\\\\\s(?!\\\\\\\\s)|<<0>>)*(?=\\\\\\\\s*\\\\\\\\))`,[d]),lookbehind:!0,alias:`class-name`,inside:v},\\"return-type\\":{pattern:n(`<<0>>(?=\\\\\\\\s+(?:<<1>>\\\\\\\\s*(?:=>|[({]|\\\\\\\\.\\\\\\\\s*this\\\\\\\\s*\\\\\\\\[)|this\\\\\\\\s*\\\\\\\\[))`,[_,m]),inside:v,alias:`class-name`},\\"constructor-invocation\\":{pattern:n(`(\\\\\\\\bnew\\\\\\\\s+)<<0>>(?=\\\\\\\\s*[[({])`,[_]),lookbehind:!0,inside:v,alias:`class-name`},\\"generic-method\\":{pattern:n(`<<0>>\\\\\\\\s*<<1>>(?=\\\\\\\\s*\\\\\\\\()`,[f,u]),inside:{function:n(`^<<0>>`,[f]),generic:{pattern:RegExp(u),alias:`class-name`,inside:v}}},\\"type-list\\":{pattern:n(`\\\\\\\\b((?:<<0>>\\\\\\\\s+<<1>>|record\\\\\\\\s+<<1>>\\\\\\\\s*<<5>>|where\\\\\\\\s+<<2>>)\\\\\\\\s*:\\\\\\\\s*)(?:<<3>>|<<4>>|<<1>>\\\\\\\\s*<<5>>|<<6>>)(?:\\\\\\\\s*,\\\\\\\\s*(?:<<3>>|<<4>>|<<6>>))*(?=\\\\\\\\s*(?:where|[{;]|=>|$))`,[o,p,f,_,s.source,d,`\\\\\\\\bnew\\\\\\\\s*\\\\\\\\(\\\\\\\\s*\\\\\\\\)`]),lookbehind:!0,inside:{\\"record-arguments\\":{pattern:n(`(^(?!new\\\\\\\\s*\\\\\\\\()<<0>>\\\\\\\\s*)<<1>>`,[p,d]),lookbehind:!0,greedy:!0,inside:e.languages.csharp},keyword:s,\\"class-name\\":{pattern:RegExp(_),greedy:!0,inside:v},punctuation:/[,()]/}},preprocessor:{pattern:/(^[\\\\t ]*)#.*/m,lookbehind:!0,alias:`property`,inside:{directive:{pattern:/(#)\\\\b(?:define|elif|else|endif|endregion|error|if|line|nullable|pragma|region|undef|warning)\\\\b/,lookbehind:!0,alias:`keyword`}}}});var S=b+`|`+y,C=t(`\\\\\\\\/(?![*/])|\\\\\\\\/\\\\\\\\/[^\\\\\\\\r\\\\\\\\n]*[\\\\\\\\r\\\\\\\\n]|\\\\\\\\/\\\\\\\\*(?:[^*]|\\\\\\\\*(?!\\\\\\\\/))*\\\\\\\\*\\\\\\\\/|<<0>>`,[S]),w=r(t(`[^\\"\'/()]|<<0>>|\\\\\\\\(<<self>>*\\\\\\\\)`,[C]),2),T=`\\\\\\\\b(?:assembly|event|field|method|module|param|property|return|type)\\\\\\\\b`,E=t(`<<0>>(?:\\\\\\\\s*\\\\\\\\(<<1>>*\\\\\\\\))?`,[m,w]);e.languages.insertBefore(`csharp`,`class-name`,{attribute:{pattern:n(`((?:^|[^\\\\\\\\s\\\\\\\\w>)?])\\\\\\\\s*\\\\\\\\[\\\\\\\\s*)(?:<<0>>\\\\\\\\s*:\\\\\\\\s*)?<<1>>(?:\\\\\\\\s*,\\\\\\\\s*<<1>>)*(?=\\\\\\\\s*\\\\\\\\])`,[T,E]),lookbehind:!0,greedy:!0,inside:{target:{pattern:n(`^<<0>>(?=\\\\\\\\s*:)`,[T]),alias:`keyword`},\\"attribute-arguments\\":{pattern:n(`\\\\\\\\(<<0>>*\\\\\\\\)`,[w]),inside:e.languages.csharp},\\"class-name\\":{pattern:RegExp(m),inside:{punctuation:/\\\\./}},punctuation:/[:,]/}}});var D=`:[^}\\\\\\\\r\\\\\\\\n]+`,ee=r(t(`[^\\"\'/()]|<<0>>|\\\\\\\\(<<self>>*\\\\\\\\)`,[C]),2),O=t(`\\\\\\\\{(?!\\\\\\\\{)(?:(?![}:])<<0>>)*<<1>>?\\\\\\\\}`,[ee,D]),k=r(t(`[^\\"\'/()]|\\\\\\\\/(?!\\\\\\\\*)|\\\\\\\\/\\\\\\\\*(?:[^*]|\\\\\\\\*(?!\\\\\\\\/))*\\\\\\\\*\\\\\\\\/|<<0>>|\\\\\\\\(<<self>>*\\\\\\\\)`,[S]),2),te=t(`\\\\\\\\{(?!\\\\\\\\{)(?:(?![}:])<<0>>)*<<1>>?\\\\\\\\}`,[k,D]);function ne(t,r){return{interpolation:{pattern:n(`((?:^|[^{])(?:\\\\\\\\{\\\\\\\\{)*)<<0>>`,[t]),lookbehind:!0,inside:{\\"format-string\\":{pattern:n(`(^\\\\\\\\{(?:(?![}:])<<0>>)*)<<1>>(?=\\\\\\\\}$)`,[r,D]),lookbehind:!0,inside:{punctuation:/^:/}},punctuation:/^\\\\{|\\\\}$/,expression:{pattern:/[\\\\s\\\\S]+/,alias:`language-csharp`,inside:e.languages.csharp}}},string:/[\\\\s\\\\S]+/}}e.languages.insertBefore(`csharp`,`string`,{\\"interpolation-string\\":[{pattern:n(`(^|[^\\\\\\\\\\\\\\\\])(?:\\\\\\\\$@|@\\\\\\\\$)\\"(?:\\"\\"|\\\\\\\\\\\\\\\\[\\\\\\\\s\\\\\\\\S]|\\\\\\\\{\\\\\\\\{|<<0>>|[^\\\\\\\\\\\\\\\\{\\"])*\\"`,[O]),lookbehind:!0,greedy:!0,inside:ne(O,ee)},{pattern:n(`(^|[^@\\\\\\\\\\\\\\\\])\\\\\\\\$\\"(?:\\\\\\\\\\\\\\\\.|\\\\\\\\{\\\\\\\\{|<<0>>|[^\\\\\\\\\\\\\\\\\\"{])*\\"`,[te]),lookbehind:!0,greedy:!0,inside:ne(te,k)}],char:{pattern:RegExp(y),greedy:!0}}),e.languages.dotnet=e.languages.cs=e.languages.csharp})(Prism),(function(e){var t=/\\\\b(?:abstract|assert|boolean|break|byte|case|catch|char|class|const|continue|default|do|double|else|enum|exports|extends|final|finally|float|for|goto|if|implements|import|instanceof|int|interface|long|module|native|new|non-sealed|null|open|opens|package|permits|private|protected|provides|public|record(?!\\\\s*[(){}[\\\\]<>=%~.:,;?+\\\\-*/&|^])|requires|return|sealed|short|static|strictfp|super|switch|synchronized|this|throw|throws|to|transient|transitive|try|uses|var|void|volatile|while|with|yield)\\\\b/,n=`(?:[a-z]\\\\\\\\w*\\\\\\\\s*\\\\\\\\.\\\\\\\\s*)*(?:[A-Z]\\\\\\\\w*\\\\\\\\s*\\\\\\\\.\\\\\\\\s*)*`,r={pattern:RegExp(`(^|[^\\\\\\\\w.])`+n+`[A-Z](?:[\\\\\\\\d_A-Z]*[a-z]\\\\\\\\w*)?\\\\\\\\b`),lookbehind:!0,inside:{namespace:{pattern:/^[a-z]\\\\w*(?:\\\\s*\\\\.\\\\s*[a-z]\\\\w*)*(?:\\\\s*\\\\.)?/,inside:{punctuation:/\\\\./}},punctuation:/\\\\./}};e.languages.java=e.languages.extend(`clike`,{string:{pattern:/(^|[^\\\\\\\\])\\"(?:\\\\\\\\.|[^\\"\\\\\\\\\\\\r\\\\n])*\\"/,lookbehind:!0,greedy:!0},\\"class-name\\":[r,{pattern:RegExp(`(^|[^\\\\\\\\w.])`+n+`[A-Z]\\\\\\\\w*(?=\\\\\\\\s+\\\\\\\\w+\\\\\\\\s*[;,=()]|\\\\\\\\s*(?:\\\\\\\\[[\\\\\\\\s,]*\\\\\\\\]\\\\\\\\s*)?::\\\\\\\\s*new\\\\\\\\b)`),lookbehind:!0,inside:r.inside},{pattern:RegExp(`(\\\\\\\\b(?:class|enum|extends|implements|instanceof|interface|new|record|throws)\\\\\\\\s+)`+n+`[A-Z]\\\\\\\\w*\\\\\\\\b`),lookbehind:!0,inside:r.inside}],keyword:t,function:[e.languages.clike.function,{pattern:/(::\\\\s*)[a-z_]\\\\w*/,lookbehind:!0}],number:/\\\\b0b[01][01_]*L?\\\\b|\\\\b0x(?:\\\\.[\\\\da-f_p+-]+|[\\\\da-f_]+(?:\\\\.[\\\\da-f_p+-]+)?)\\\\b|(?:\\\\b\\\\d[\\\\d_]*(?:\\\\.[\\\\d_]*)?|\\\\B\\\\.\\\\d[\\\\d_]*)(?:e[+-]?\\\\d[\\\\d_]*)?[dfl]?/i,operator:{pattern:/(^|[^.])(?:<<=?|>>>?=?|->|--|\\\\+\\\\+|&&|\\\\|\\\\||::|[?:~]|[-+*/%&|^!=<>]=?)/m,lookbehind:!0},constant:/\\\\b[A-Z][A-Z_\\\\d]+\\\\b/}),e.languages.insertBefore(`java`,`string`,{\\"triple-quoted-string\\":{pattern:/\\"\\"\\"[ \\\\t]*[\\\\r\\\\n](?:(?:\\"|\\"\\")?(?:\\\\\\\\.|[^\\"\\\\\\\\]))*\\"\\"\\"/,greedy:!0,alias:`string`},char:{pattern:/\'(?:\\\\\\\\.|[^\'\\\\\\\\\\\\r\\\\n]){1,6}\'/,greedy:!0}}),e.languages.insertBefore(`java`,`class-name`,{annotation:{pattern:/(^|[^.])@\\\\w+(?:\\\\s*\\\\.\\\\s*\\\\w+)*/,lookbehind:!0,alias:`punctuation`},generics:{pattern:/<(?:[\\\\w\\\\s,.?]|&(?!&)|<(?:[\\\\w\\\\s,.?]|&(?!&)|<(?:[\\\\w\\\\s,.?]|&(?!&)|<(?:[\\\\w\\\\s,.?]|&(?!&))*>)*>)*>)*>/,inside:{\\"class-name\\":r,keyword:t,punctuation:/[<>(),.:]/,operator:/[?&|]/}},import:[{pattern:RegExp(`(\\\\\\\\bimport\\\\\\\\s+)`+n+`(?:[A-Z]\\\\\\\\w*|\\\\\\\\*)(?=\\\\\\\\s*;)`),lookbehind:!0,inside:{namespace:r.inside.namespace,punctuation:/\\\\./,operator:/\\\\*/,\\"class-name\\":/\\\\w+/}},{pattern:RegExp(`(\\\\\\\\bimport\\\\\\\\s+static\\\\\\\\s+)`+n+`(?:\\\\\\\\w+|\\\\\\\\*)(?=\\\\\\\\s*;)`),lookbehind:!0,alias:`static`,inside:{namespace:r.inside.namespace,static:/\\\\b\\\\w+$/,punctuation:/\\\\./,operator:/\\\\*/,\\"class-name\\":/\\\\w+/}}],namespace:{pattern:RegExp(`(\\\\\\\\b(?:exports|import(?:\\\\\\\\s+static)?|module|open|opens|package|provides|requires|to|transitive|uses|with)\\\\\\\\s+)(?!<keyword>)[a-z]\\\\\\\\w*(?:\\\\\\\\.[a-z]\\\\\\\\w*)*\\\\\\\\.?`.replace(/<keyword>/g,function(){return t.source})),lookbehind:!0,inside:{punctuation:/\\\\./}}})})(Prism),Prism.languages.scala=Prism.languages.extend(`java`,{\\"triple-quoted-string\\":{pattern:/\\"\\"\\"[\\\\s\\\\S]*?\\"\\"\\"/,greedy:!0,alias:`string`},string:{pattern:/(\\"|\')(?:\\\\\\\\.|(?!\\\\1)[^\\\\\\\\\\\\r\\\\n])*\\\\1/,greedy:!0},keyword:/<-|=>|\\\\b(?:abstract|case|catch|class|def|derives|do|else|enum|extends|extension|final|finally|for|forSome|given|if|implicit|import|infix|inline|lazy|match|new|null|object|opaque|open|override|package|private|protected|return|sealed|self|super|this|throw|trait|transparent|try|type|using|val|var|while|with|yield)\\\\b/,number:/\\\\b0x(?:[\\\\da-f]*\\\\.)?[\\\\da-f]+|(?:\\\\b\\\\d+(?:\\\\.\\\\d*)?|\\\\B\\\\.\\\\d+)(?:e\\\\d+)?[dfl]?/i,builtin:/\\\\b(?:Any|AnyRef|AnyVal|Boolean|Byte|Char|Double|Float|Int|Long|Nothing|Short|String|Unit)\\\\b/,symbol:/\'[^\\\\d\\\\s\\\\\\\\]\\\\w*/}),Prism.languages.insertBefore(`scala`,`triple-quoted-string`,{\\"string-interpolation\\":{pattern:/\\\\b[a-z]\\\\w*(?:\\"\\"\\"(?:[^$]|\\\\$(?:[^{]|\\\\{(?:[^{}]|\\\\{[^{}]*\\\\})*\\\\}))*?\\"\\"\\"|\\"(?:[^$\\"\\\\r\\\\n]|\\\\$(?:[^{]|\\\\{(?:[^{}]|\\\\{[^{}]*\\\\})*\\\\}))*\\")/i,greedy:!0,inside:{id:{pattern:/^\\\\w+/,greedy:!0,alias:`function`},escape:{pattern:/\\\\\\\\\\\\$\\"|\\\\$[$\\"]/,greedy:!0,alias:`symbol`},interpolation:{pattern:/\\\\$(?:\\\\w+|\\\\{(?:[^{}]|\\\\{[^{}]*\\\\})*\\\\})/,greedy:!0,inside:{punctuation:/^\\\\$\\\\{?|\\\\}$/,expression:{pattern:/[\\\\s\\\\S]+/,inside:Prism.languages.scala}}},string:/[\\\\s\\\\S]+/}}}),delete Prism.languages.scala[`class-name`],delete Prism.languages.scala.function,delete Prism.languages.scala.constant,(function(e){var t=`(?:\\\\\\\\r?\\\\\\\\n|\\\\\\\\r)[ \\\\\\\\t]*\\\\\\\\|.+\\\\\\\\|(?:(?!\\\\\\\\|).)*`;e.languages.gherkin={pystring:{pattern:/(\\"\\"\\"|\'\'\')[\\\\s\\\\S]+?\\\\1/,alias:`string`},comment:{pattern:/(^[ \\\\t]*)#.*/m,lookbehind:!0},tag:{pattern:/(^[ \\\\t]*)@\\\\S*/m,lookbehind:!0},feature:{pattern:/((?:^|\\\\r?\\\\n|\\\\r)[ \\\\t]*)(?:Ability|Ahoy matey!|Arwedd|Aspekt|Besigheid Behoefte|Business Need|Caracteristica|Característica|Egenskab|Egenskap|Eiginleiki|Feature|Fīča|Fitur|Fonctionnalité|Fonksyonalite|Funcionalidade|Funcionalitat|Functionalitate|Funcţionalitate|Funcționalitate|Functionaliteit|Fungsi|Funkcia|Funkcija|Funkcionalitāte|Funkcionalnost|Funkcja|Funksie|Funktionalität|Funktionalitéit|Funzionalità|Hwaet|Hwæt|Jellemző|Karakteristik|Lastnost|Mak|Mogucnost|laH|Mogućnost|Moznosti|Možnosti|OH HAI|Omadus|Ominaisuus|Osobina|Özellik|Potrzeba biznesowa|perbogh|poQbogh malja\'|Požadavek|Požiadavka|Pretty much|Qap|Qu\'meH \'ut|Savybė|Tính năng|Trajto|Vermoë|Vlastnosť|Właściwość|Značilnost|Δυνατότητα|Λειτουργία|Могућност|Мөмкинлек|Особина|Свойство|Үзенчәлеклелек|Функционал|Функционалност|Функция|Функціонал|תכונה|خاصية|خصوصیت|صلاحیت|کاروبار کی ضرورت|وِیژگی|रूप लेख|ਖਾਸੀਅਤ|ਨਕਸ਼ ਨੁਹਾਰ|ਮੁਹਾਂਦਰਾ|గుణము|ಹೆಚ್ಚಳ|ความต้องการทางธุรกิจ|ความสามารถ|โครงหลัก|기능|フィーチャ|功能|機能):(?:[^:\\\\r\\\\n]+(?:\\\\r?\\\\n|\\\\r|$))*/,lookbehind:!0,inside:{important:{pattern:/(:)[^\\\\r\\\\n]+/,lookbehind:!0},keyword:/[^:\\\\r\\\\n]+:/}},scenario:{pattern:/(^[ \\\\t]*)(?:Abstract Scenario|Abstrakt Scenario|Achtergrond|Aer|Ær|Agtergrond|All y\'all|Antecedentes|Antecedents|Atburðarás|Atburðarásir|Awww, look mate|B4|Background|Baggrund|Bakgrund|Bakgrunn|Bakgrunnur|Beispiele|Beispiller|Bối cảnh|Cefndir|Cenario|Cenário|Cenario de Fundo|Cenário de Fundo|Cenarios|Cenários|Contesto|Context|Contexte|Contexto|Conto|Contoh|Contone|Dæmi|Dasar|Dead men tell no tales|Delineacao do Cenario|Delineação do Cenário|Dis is what went down|Dữ liệu|Dyagram Senaryo|Dyagram senaryo|Egzanp|Ejemplos|Eksempler|Ekzemploj|Enghreifftiau|Esbozo do escenario|Escenari|Escenario|Esempi|Esquema de l\'escenari|Esquema del escenario|Esquema do Cenario|Esquema do Cenário|EXAMPLZ|Examples|Exempel|Exemple|Exemples|Exemplos|First off|Fono|Forgatókönyv|Forgatókönyv vázlat|Fundo|Geçmiş|Grundlage|Hannergrond|ghantoH|Háttér|Heave to|Istorik|Juhtumid|Keadaan|Khung kịch bản|Khung tình huống|Kịch bản|Koncept|Konsep skenario|Kontèks|Kontekst|Kontekstas|Konteksts|Kontext|Konturo de la scenaro|Latar Belakang|lut chovnatlh|lut|lutmey|Lýsing Atburðarásar|Lýsing Dæma|MISHUN SRSLY|MISHUN|Menggariskan Senario|mo\'|Náčrt Scenára|Náčrt Scénáře|Náčrt Scenáru|Oris scenarija|Örnekler|Osnova|Osnova Scenára|Osnova scénáře|Osnutek|Ozadje|Paraugs|Pavyzdžiai|Példák|Piemēri|Plan du scénario|Plan du Scénario|Plan Senaryo|Plan senaryo|Plang vum Szenario|Pozadí|Pozadie|Pozadina|Príklady|Příklady|Primer|Primeri|Primjeri|Przykłady|Raamstsenaarium|Reckon it\'s like|Rerefons|Scenár|Scénář|Scenarie|Scenarij|Scenarijai|Scenarijaus šablonas|Scenariji|Scenārijs|Scenārijs pēc parauga|Scenarijus|Scenario|Scénario|Scenario Amlinellol|Scenario Outline|Scenario Template|Scenariomal|Scenariomall|Scenarios|Scenariu|Scenariusz|Scenaro|Schema dello scenario|Se ðe|Se the|Se þe|Senario|Senaryo Deskripsyon|Senaryo deskripsyon|Senaryo|Senaryo taslağı|Shiver me timbers|Situācija|Situai|Situasie Uiteensetting|Situasie|Skenario konsep|Skenario|Skica|Structura scenariu|Structură scenariu|Struktura scenarija|Stsenaarium|Swa hwaer swa|Swa|Swa hwær swa|Szablon scenariusza|Szenario|Szenariogrundriss|Tapaukset|Tapaus|Tapausaihio|Taust|Tausta|Template Keadaan|Template Senario|Template Situai|The thing of it is|Tình huống|Variantai|Voorbeelde|Voorbeelden|Wharrimean is|Yo-ho-ho|You\'ll wanna|Założenia|Παραδείγματα|Περιγραφή Σεναρίου|Σενάρια|Σενάριο|Υπόβαθρο|Кереш|Контекст|Концепт|Мисаллар|Мисоллар|Основа|Передумова|Позадина|Предистория|Предыстория|Приклади|Пример|Примери|Примеры|Рамка на сценарий|Скица|Структура сценарија|Структура сценария|Структура сценарію|Сценарий|Сценарий структураси|Сценарийның төзелеше|Сценарији|Сценарио|Сценарій|Тарих|Үрнәкләр|דוגמאות|רקע|תבנית תרחיש|תרחיש|الخلفية|الگوی سناریو|امثلة|پس منظر|زمینه|سناریو|سيناريو|سيناريو مخطط|مثالیں|منظر نامے کا خاکہ|منظرنامہ|نمونه ها|उदाहरण|परिदृश्य|परिदृश्य रूपरेखा|पृष्ठभूमि|ਉਦਾਹਰਨਾਂ|ਪਟਕਥਾ|ਪਟਕਥਾ ਢਾਂਚਾ|ਪਟਕਥਾ ਰੂਪ ਰੇਖਾ|ਪਿਛੋਕੜ|ఉదాహరణలు|కథనం|నేపథ్యం|సన్నివేశం|ಉದಾಹರಣೆಗಳು|ಕಥಾಸಾರಾಂಶ|ವಿವರಣೆ|ಹಿನ್ನೆಲೆ|โครงสร้างของเหตุการณ์|ชุดของตัวอย่าง|ชุดของเหตุการณ์|แนวคิด|สรุปเหตุการณ์|เหตุการณ์|배경|시나리오|시나리오 개요|예|サンプル|シナリオ|シナリオアウトライン|シナリオテンプレ|シナリオテンプレート|テンプレ|例|例子|剧本|剧本大纲|劇本|劇本大綱|场景|场景大纲|場景|場景大綱|背景):[^:\\\\r\\\\n]*/m,lookbehind:!0,inside:{important:{pattern:/(:)[^\\\\r\\\\n]*/,lookbehind:!0},keyword:/[^:\\\\r\\\\n]+:/}},\\"table-body\\":{pattern:RegExp(`(`+t+`)(?:`+t+`)+`),lookbehind:!0,inside:{outline:{pattern:/<[^>]+>/,alias:`variable`},td:{pattern:/\\\\s*[^\\\\s|][^|]*/,alias:`string`},punctuation:/\\\\|/}},\\"table-head\\":{pattern:RegExp(t),inside:{th:{pattern:/\\\\s*[^\\\\s|][^|]*/,alias:`variable`},punctuation:/\\\\|/}},atrule:{pattern:/(^[ \\\\t]+)(?:\'a|\'ach|\'ej|7|a|A také|A taktiež|A tiež|A zároveň|Aber|Ac|Adott|Akkor|Ak|Aleshores|Ale|Ali|Allora|Alors|Als|Ama|Amennyiben|Amikor|Ampak|an|AN|Ananging|And y\'all|And|Angenommen|Anrhegedig a|An|Apabila|Atès|Atesa|Atunci|Avast!|Aye|A|awer|Bagi|Banjur|Bet|Biết|Blimey!|Buh|But at the end of the day I reckon|But y\'all|But|BUT|Cal|Când|Cand|Cando|Ce|Cuando|Če|Ða ðe|Ða|Dadas|Dada|Dados|Dado|DaH ghu\' bejlu\'|dann|Dann|Dano|Dan|Dar|Dat fiind|Data|Date fiind|Date|Dati fiind|Dati|Daţi fiind|Dați fiind|DEN|Dato|De|Den youse gotta|Dengan|Diberi|Diyelim ki|Donada|Donat|Donitaĵo|Do|Dun|Duota|Ðurh|Eeldades|Ef|Eğer ki|Entao|Então|Entón|E|En|Entonces|Epi|És|Etant donnée|Etant donné|Et|Étant données|Étant donnée|Étant donné|Etant données|Etant donnés|Étant donnés|Fakat|Gangway!|Gdy|Gegeben seien|Gegeben sei|Gegeven|Gegewe|ghu\' noblu\'|Gitt|Given y\'all|Given|Givet|Givun|Ha|Cho|I CAN HAZ|In|Ir|It\'s just unbelievable|I|Ja|Jeśli|Jeżeli|Kad|Kada|Kadar|Kai|Kaj|Když|Keď|Kemudian|Ketika|Khi|Kiedy|Ko|Kuid|Kui|Kun|Lan|latlh|Le sa a|Let go and haul|Le|Lè sa a|Lè|Logo|Lorsqu\'<|Lorsque|mä|Maar|Mais|Mając|Ma|Majd|Maka|Manawa|Mas|Men|Menawa|Mutta|Nalika|Nalikaning|Nanging|Når|När|Nato|Nhưng|Niin|Njuk|O zaman|Och|Og|Oletetaan|Ond|Onda|Oraz|Pak|Pero|Però|Podano|Pokiaľ|Pokud|Potem|Potom|Privzeto|Pryd|Quan|Quand|Quando|qaSDI\'|Så|Sed|Se|Siis|Sipoze ke|Sipoze Ke|Sipoze|Si|Şi|Și|Soit|Stel|Tada|Tad|Takrat|Tak|Tapi|Ter|Tetapi|Tha the|Tha|Then y\'all|Then|Thì|Thurh|Toda|Too right|Un|Und|ugeholl|Và|vaj|Vendar|Ve|wann|Wanneer|WEN|Wenn|When y\'all|When|Wtedy|Wun|Y\'know|Yeah nah|Yna|Youse know like when|Youse know when youse got|Y|Za predpokladu|Za předpokladu|Zadan|Zadani|Zadano|Zadate|Zadato|Zakładając|Zaradi|Zatati|Þa þe|Þa|Þá|Þegar|Þurh|Αλλά|Δεδομένου|Και|Όταν|Τότε|А також|Агар|Але|Али|Аммо|А|Әгәр|Әйтик|Әмма|Бирок|Ва|Вә|Дадено|Дано|Допустим|Если|Задате|Задати|Задато|И|І|К тому же|Када|Кад|Когато|Когда|Коли|Ләкин|Лекин|Нәтиҗәдә|Нехай|Но|Онда|Припустимо, що|Припустимо|Пусть|Также|Та|Тогда|Тоді|То|Унда|Һәм|Якщо|אבל|אזי|אז|בהינתן|וגם|כאשר|آنگاه|اذاً|اگر|اما|اور|با فرض|بالفرض|بفرض|پھر|تب|ثم|جب|عندما|فرض کیا|لكن|لیکن|متى|هنگامی|و|अगर|और|कदा|किन्तु|चूंकि|जब|तथा|तदा|तब|परन्तु|पर|यदि|ਅਤੇ|ਜਦੋਂ|ਜਿਵੇਂ ਕਿ|ਜੇਕਰ|ਤਦ|ਪਰ|అప్పుడు|ఈ పరిస్థితిలో|కాని|చెప్పబడినది|మరియు|ಆದರೆ|ನಂತರ|ನೀಡಿದ|ಮತ್ತು|ಸ್ಥಿತಿಯನ್ನು|กำหนดให้|ดังนั้น|แต่|เมื่อ|และ|그러면<|그리고<|단<|만약<|만일<|먼저<|조건<|하지만<|かつ<|しかし<|ただし<|ならば<|もし<|並且<|但し<|但是<|假如<|假定<|假設<|假设<|前提<|同时<|同時<|并且<|当<|當<|而且<|那么<|那麼<)(?=[ \\\\t])/m,lookbehind:!0},string:{pattern:/\\"(?:\\\\\\\\.|[^\\"\\\\\\\\\\\\r\\\\n])*\\"|\'(?:\\\\\\\\.|[^\'\\\\\\\\\\\\r\\\\n])*\'/,inside:{outline:{pattern:/<[^>]+>/,alias:`variable`}}},outline:{pattern:/<[^>]+>/,alias:`variable`}}})(Prism),(function(e){for(var t=`\\\\\\\\/\\\\\\\\*(?:[^*/]|\\\\\\\\*(?!\\\\\\\\/)|\\\\\\\\/(?!\\\\\\\\*)|<self>)*\\\\\\\\*\\\\\\\\/`,n=0;n<2;n++)t=t.replace(/<self>/g,function(){return t});t=t.replace(/<self>/g,function(){return`[^\\\\\\\\s\\\\\\\\S]`}),e.languages.rust={comment:[{pattern:RegExp(`(^|[^\\\\\\\\\\\\\\\\])`+t),lookbehind:!0,greedy:!0},{pattern:/(^|[^\\\\\\\\:])\\\\/\\\\/.*/,lookbehind:!0,greedy:!0}],string:{pattern:/b?\\"(?:\\\\\\\\[\\\\s\\\\S]|[^\\\\\\\\\\"])*\\"|b?r(#*)\\"(?:[^\\"]|\\"(?!\\\\1))*\\"\\\\1/,greedy:!0},char:{pattern:/b?\'(?:\\\\\\\\(?:x[0-7][\\\\da-fA-F]|u\\\\{(?:[\\\\da-fA-F]_*){1,6}\\\\}|.)|[^\\\\\\\\\\\\r\\\\n\\\\t\'])\'/,greedy:!0},attribute:{pattern:/#!?\\\\[(?:[^\\\\[\\\\]\\"]|\\"(?:\\\\\\\\[\\\\s\\\\S]|[^\\\\\\\\\\"])*\\")*\\\\]/,greedy:!0,alias:`attr-name`,inside:{string:null}},\\"closure-params\\":{pattern:/([=(,:]\\\\s*|\\\\bmove\\\\s*)\\\\|[^|]*\\\\||\\\\|[^|]*\\\\|(?=\\\\s*(?:\\\\{|->))/,lookbehind:!0,greedy:!0,inside:{\\"closure-punctuation\\":{pattern:/^\\\\||\\\\|$/,alias:`punctuation`},rest:null}},\\"lifetime-annotation\\":{pattern:/\'\\\\w+/,alias:`symbol`},\\"fragment-specifier\\":{pattern:/(\\\\$\\\\w+:)[a-z]+/,lookbehind:!0,alias:`punctuation`},variable:/\\\\$\\\\w+/,\\"function-definition\\":{pattern:/(\\\\bfn\\\\s+)\\\\w+/,lookbehind:!0,alias:`function`},\\"type-definition\\":{pattern:/(\\\\b(?:enum|struct|trait|type|union)\\\\s+)\\\\w+/,lookbehind:!0,alias:`class-name`},\\"module-declaration\\":[{pattern:/(\\\\b(?:crate|mod)\\\\s+)[a-z][a-z_\\\\d]*/,lookbehind:!0,alias:`namespace`},{pattern:/(\\\\b(?:crate|self|super)\\\\s*)::\\\\s*[a-z][a-z_\\\\d]*\\\\b(?:\\\\s*::(?:\\\\s*[a-z][a-z_\\\\d]*\\\\s*::)*)?/,lookbehind:!0,alias:`namespace`,inside:{punctuation:/::/}}],keyword:[/\\\\b(?:Self|abstract|as|async|await|become|box|break|const|continue|crate|do|dyn|else|enum|extern|final|fn|for|if|impl|in|let|loop|macro|match|mod|move|mut|override|priv|pub|ref|return|self|static|struct|super|trait|try|type|typeof|union|unsafe|unsized|use|virtual|where|while|yield)\\\\b/,/\\\\b(?:bool|char|f(?:32|64)|[ui](?:8|16|32|64|128|size)|str)\\\\b/],function:/\\\\b[a-z_]\\\\w*(?=\\\\s*(?:::\\\\s*<|\\\\())/,macro:{pattern:/\\\\b\\\\w+!/,alias:`property`},constant:/\\\\b[A-Z_][A-Z_\\\\d]+\\\\b/,\\"class-name\\":/\\\\b[A-Z]\\\\w*\\\\b/,namespace:{pattern:/(?:\\\\b[a-z][a-z_\\\\d]*\\\\s*::\\\\s*)*\\\\b[a-z][a-z_\\\\d]*\\\\s*::(?!\\\\s*<)/,inside:{punctuation:/::/}},number:/\\\\b(?:0x[\\\\dA-Fa-f](?:_?[\\\\dA-Fa-f])*|0o[0-7](?:_?[0-7])*|0b[01](?:_?[01])*|(?:(?:\\\\d(?:_?\\\\d)*)?\\\\.)?\\\\d(?:_?\\\\d)*(?:[Ee][+-]?\\\\d+)?)(?:_?(?:f32|f64|[iu](?:8|16|32|64|size)?))?\\\\b/,boolean:/\\\\b(?:false|true)\\\\b/,punctuation:/->|\\\\.\\\\.=|\\\\.{1,3}|::|[{}[\\\\];(),:]/,operator:/[-+*\\\\/%!^]=?|=[=>]?|&[&=]?|\\\\|[|=]?|<<?=?|>>?=?|[@?]/},e.languages.rust[`closure-params`].inside.rest=e.languages.rust,e.languages.rust.attribute.inside.string=e.languages.rust.string})(Prism),Prism.languages.python={comment:{pattern:/(^|[^\\\\\\\\])#.*/,lookbehind:!0,greedy:!0},\\"string-interpolation\\":{pattern:/(?:f|fr|rf)(?:(\\"\\"\\"|\'\'\')[\\\\s\\\\S]*?\\\\1|(\\"|\')(?:\\\\\\\\.|(?!\\\\2)[^\\\\\\\\\\\\r\\\\n])*\\\\2)/i,greedy:!0,inside:{interpolation:{pattern:/((?:^|[^{])(?:\\\\{\\\\{)*)\\\\{(?!\\\\{)(?:[^{}]|\\\\{(?!\\\\{)(?:[^{}]|\\\\{(?!\\\\{)(?:[^{}])+\\\\})+\\\\})+\\\\}/,lookbehind:!0,inside:{\\"format-spec\\":{pattern:/(:)[^:(){}]+(?=\\\\}$)/,lookbehind:!0},\\"conversion-option\\":{pattern:/![sra](?=[:}]$)/,alias:`punctuation`},rest:null}},string:/[\\\\s\\\\S]+/}},\\"triple-quoted-string\\":{pattern:/(?:[rub]|br|rb)?(\\"\\"\\"|\'\'\')[\\\\s\\\\S]*?\\\\1/i,greedy:!0,alias:`string`},string:{pattern:/(?:[rub]|br|rb)?(\\"|\')(?:\\\\\\\\.|(?!\\\\1)[^\\\\\\\\\\\\r\\\\n])*\\\\1/i,greedy:!0},function:{pattern:/((?:^|\\\\s)def[ \\\\t]+)[a-zA-Z_]\\\\w*(?=\\\\s*\\\\()/g,lookbehind:!0},\\"class-name\\":{pattern:/(\\\\bclass\\\\s+)\\\\w+/i,lookbehind:!0},decorator:{pattern:/(^[\\\\t ]*)@\\\\w+(?:\\\\.\\\\w+)*/m,lookbehind:!0,alias:[`annotation`,`punctuation`],inside:{punctuation:/\\\\./}},keyword:/\\\\b(?:_(?=\\\\s*:)|and|as|assert|async|await|break|case|class|continue|def|del|elif|else|except|exec|finally|for|from|global|if|import|in|is|lambda|match|nonlocal|not|or|pass|print|raise|return|try|while|with|yield)\\\\b/,builtin:/\\\\b(?:__import__|abs|all|any|apply|ascii|basestring|bin|bool|buffer|bytearray|bytes|callable|chr|classmethod|cmp|coerce|compile|complex|delattr|dict|dir|divmod|enumerate|eval|execfile|file|filter|float|format|frozenset|getattr|globals|hasattr|hash|help|hex|id|input|int|intern|isinstance|issubclass|iter|len|list|locals|long|map|max|memoryview|min|next|object|oct|open|ord|pow|property|range|raw_input|reduce|reload|repr|reversed|round|set|setattr|slice|sorted|staticmethod|str|sum|super|tuple|type|unichr|unicode|vars|xrange|zip)\\\\b/,boolean:/\\\\b(?:False|None|True)\\\\b/,number:/\\\\b0(?:b(?:_?[01])+|o(?:_?[0-7])+|x(?:_?[a-f0-9])+)\\\\b|(?:\\\\b\\\\d+(?:_\\\\d+)*(?:\\\\.(?:\\\\d+(?:_\\\\d+)*)?)?|\\\\B\\\\.\\\\d+(?:_\\\\d+)*)(?:e[+-]?\\\\d+(?:_\\\\d+)*)?j?(?!\\\\w)/i,operator:/[-+%=]=?|!=|:=|\\\\*\\\\*?=?|\\\\/\\\\/?=?|<[<=>]?|>[=>]?|[&|^~]/,punctuation:/[{}[\\\\];(),.:]/},Prism.languages.python[`string-interpolation`].inside.interpolation.inside.rest=Prism.languages.python,Prism.languages.py=Prism.languages.python,Prism.languages.markup={comment:{pattern:/<!--(?:(?!<!--)[\\\\s\\\\S])*?-->/,greedy:!0},prolog:{pattern:/<\\\\?[\\\\s\\\\S]+?\\\\?>/,greedy:!0},doctype:{pattern:/<!DOCTYPE(?:[^>\\"\'[\\\\]]|\\"[^\\"]*\\"|\'[^\']*\')+(?:\\\\[(?:[^<\\"\'\\\\]]|\\"[^\\"]*\\"|\'[^\']*\'|<(?!!--)|<!--(?:[^-]|-(?!->))*-->)*\\\\]\\\\s*)?>/i,greedy:!0,inside:{\\"internal-subset\\":{pattern:/(^[^\\\\[]*\\\\[)[\\\\s\\\\S]+(?=\\\\]>$)/,lookbehind:!0,greedy:!0,inside:null},string:{pattern:/\\"[^\\"]*\\"|\'[^\']*\'/,greedy:!0},punctuation:/^<!|>$|[[\\\\]]/,\\"doctype-tag\\":/^DOCTYPE/i,name:/[^\\\\s<>\'\\"]+/}},cdata:{pattern:/<!\\\\[CDATA\\\\[[\\\\s\\\\S]*?\\\\]\\\\]>/i,greedy:!0},tag:{pattern:/<\\\\/?(?!\\\\d)[^\\\\s>\\\\/=$<%]+(?:\\\\s(?:\\\\s*[^\\\\s>\\\\/=]+(?:\\\\s*=\\\\s*(?:\\"[^\\"]*\\"|\'[^\']*\'|[^\\\\s\'\\">=]+(?=[\\\\s>]))|(?=[\\\\s/>])))+)?\\\\s*\\\\/?>/,greedy:!0,inside:{tag:{pattern:/^<\\\\/?[^\\\\s>\\\\/]+/,inside:{punctuation:/^<\\\\/?/,namespace:/^[^\\\\s>\\\\/:]+:/}},\\"special-attr\\":[],\\"attr-value\\":{pattern:/=\\\\s*(?:\\"[^\\"]*\\"|\'[^\']*\'|[^\\\\s\'\\">=]+)/,inside:{punctuation:[{pattern:/^=/,alias:`attr-equals`},{pattern:/^(\\\\s*)[\\"\']|[\\"\']$/,lookbehind:!0}]}},punctuation:/\\\\/?>/,\\"attr-name\\":{pattern:/[^\\\\s>\\\\/]+/,inside:{namespace:/^[^\\\\s>\\\\/:]+:/}}}},entity:[{pattern:/&[\\\\da-z]{1,8};/i,alias:`named-entity`},/&#x?[\\\\da-f]{1,8};/i]},Prism.languages.markup.tag.inside[`attr-value`].inside.entity=Prism.languages.markup.entity,Prism.languages.markup.doctype.inside[`internal-subset`].inside=Prism.languages.markup,Prism.hooks.add(`wrap`,function(e){e.type===`entity`&&(e.attributes.title=e.content.replace(/&amp;/,`&`))}),Object.defineProperty(Prism.languages.markup.tag,\\"addInlined\\",{value:function(e,t){var n={};n[`language-`+t]={pattern:/(^<!\\\\[CDATA\\\\[)[\\\\s\\\\S]+?(?=\\\\]\\\\]>$)/i,lookbehind:!0,inside:Prism.languages[t]},n.cdata=/^<!\\\\[CDATA\\\\[|\\\\]\\\\]>$/i;var r={\\"included-cdata\\":{pattern:/<!\\\\[CDATA\\\\[[\\\\s\\\\S]*?\\\\]\\\\]>/i,inside:n}};r[`language-`+t]={pattern:/[\\\\s\\\\S]+/,inside:Prism.languages[t]};var i={};i[e]={pattern:RegExp(`(<__[^>]*>)(?:<!\\\\\\\\[CDATA\\\\\\\\[(?:[^\\\\\\\\]]|\\\\\\\\](?!\\\\\\\\]>))*\\\\\\\\]\\\\\\\\]>|(?!<!\\\\\\\\[CDATA\\\\\\\\[)[\\\\\\\\s\\\\\\\\S])*?(?=<\\\\\\\\/__>)`.replace(/__/g,function(){return e}),`i`),lookbehind:!0,greedy:!0,inside:r},Prism.languages.insertBefore(`markup`,`cdata`,i)}}),Object.defineProperty(Prism.languages.markup.tag,\\"addAttribute\\",{value:function(e,t){Prism.languages.markup.tag.inside[`special-attr`].push({pattern:RegExp(`(^|[\\"\'\\\\\\\\s])(?:`+e+`)\\\\\\\\s*=\\\\\\\\s*(?:\\"[^\\"]*\\"|\'[^\']*\'|[^\\\\\\\\s\'\\">=]+(?=[\\\\\\\\s>]))`,`i`),lookbehind:!0,inside:{\\"attr-name\\":/^[^\\\\s=]+/,\\"attr-value\\":{pattern:/=[\\\\s\\\\S]+/,inside:{value:{pattern:/(^=\\\\s*([\\"\']|(?![\\"\'])))\\\\S[\\\\s\\\\S]*(?=\\\\2$)/,lookbehind:!0,alias:[t,`language-`+t],inside:Prism.languages[t]},punctuation:[{pattern:/^=/,alias:`attr-equals`},/\\"|\'/]}}}})}}),Prism.languages.html=Prism.languages.markup,Prism.languages.mathml=Prism.languages.markup,Prism.languages.svg=Prism.languages.markup,Prism.languages.xml=Prism.languages.extend(`markup`,{}),Prism.languages.ssml=Prism.languages.xml,Prism.languages.atom=Prism.languages.xml,Prism.languages.rss=Prism.languages.xml,(function(e){function t(e,t){return`___`+e.toUpperCase()+t+`___`}Object.defineProperties(e.languages[`markup-templating`]={},{buildPlaceholders:{value:function(n,r,i,a){if(n.language===r){var o=n.tokenStack=[];n.code=n.code.replace(i,function(e){if(typeof a==`function`&&!a(e))return e;for(var i=o.length,s;n.code.indexOf(s=t(r,i))!==-1;)++i;return o[i]=e,s}),n.grammar=e.languages.markup}}},tokenizePlaceholders:{value:function(n,r){if(n.language!==r||!n.tokenStack)return;n.grammar=e.languages[r];var i=0,a=Object.keys(n.tokenStack);function o(s){for(var c=0;c<s.length&&!(i>=a.length);c++){var l=s[c];if(typeof l==`string`||l.content&&typeof l.content==`string`){var u=a[i],d=n.tokenStack[u],f=typeof l==`string`?l:l.content,p=t(r,u),m=f.indexOf(p);if(m>-1){++i;var h=f.substring(0,m),g=new e.Token(r,e.tokenize(d,n.grammar),`language-`+r,d),_=f.substring(m+p.length),v=[];h&&v.push.apply(v,o([h])),v.push(g),_&&v.push.apply(v,o([_])),typeof l==`string`?s.splice.apply(s,[c,1].concat(v)):l.content=v}}else l.content&&o(l.content)}return s}o(n.tokens)}}})})(Prism),(function(e){var t=/\\\\/\\\\*[\\\\s\\\\S]*?\\\\*\\\\/|\\\\/\\\\/.*|#(?!\\\\[).*/,n=[{pattern:/\\\\b(?:false|true)\\\\b/i,alias:`boolean`},{pattern:/(::\\\\s*)\\\\b[a-z_]\\\\w*\\\\b(?!\\\\s*\\\\()/i,greedy:!0,lookbehind:!0},{pattern:/(\\\\b(?:case|const)\\\\s+)\\\\b[a-z_]\\\\w*(?=\\\\s*[;=])/i,greedy:!0,lookbehind:!0},/\\\\b(?:null)\\\\b/i,/\\\\b[A-Z_][A-Z0-9_]*\\\\b(?!\\\\s*\\\\()/],r=/\\\\b0b[01]+(?:_[01]+)*\\\\b|\\\\b0o[0-7]+(?:_[0-7]+)*\\\\b|\\\\b0x[\\\\da-f]+(?:_[\\\\da-f]+)*\\\\b|(?:\\\\b\\\\d+(?:_\\\\d+)*\\\\.?(?:\\\\d+(?:_\\\\d+)*)?|\\\\B\\\\.\\\\d+)(?:e[+-]?\\\\d+)?/i,i=/<?=>|\\\\?\\\\?=?|\\\\.{3}|\\\\??->|[!=]=?=?|::|\\\\*\\\\*=?|--|\\\\+\\\\+|&&|\\\\|\\\\||<<|>>|[?~]|[/^|%*&<>.+-]=?/,a=/[{}\\\\[\\\\](),:;]/;e.languages.php={delimiter:{pattern:/\\\\?>$|^<\\\\?(?:php(?=\\\\s)|=)?/i,alias:`important`},comment:t,variable:/\\\\$+(?:\\\\w+\\\\b|(?=\\\\{))/,package:{pattern:/(namespace\\\\s+|use\\\\s+(?:function\\\\s+)?)(?:\\\\\\\\?\\\\b[a-z_]\\\\w*)+\\\\b(?!\\\\\\\\)/i,lookbehind:!0,inside:{punctuation:/\\\\\\\\/}},\\"class-name-definition\\":{pattern:/(\\\\b(?:class|enum|interface|trait)\\\\s+)\\\\b[a-z_]\\\\w*(?!\\\\\\\\)\\\\b/i,lookbehind:!0,alias:`class-name`},\\"function-definition\\":{pattern:/(\\\\bfunction\\\\s+)[a-z_]\\\\w*(?=\\\\s*\\\\()/i,lookbehind:!0,alias:`function`},keyword:[{pattern:/(\\\\(\\\\s*)\\\\b(?:array|bool|boolean|float|int|integer|object|string)\\\\b(?=\\\\s*\\\\))/i,alias:`type-casting`,greedy:!0,lookbehind:!0},{pattern:/([(,?]\\\\s*)\\\\b(?:array(?!\\\\s*\\\\()|bool|callable|(?:false|null)(?=\\\\s*\\\\|)|float|int|iterable|mixed|object|self|static|string)\\\\b(?=\\\\s*\\\\$)/i,alias:`type-hint`,greedy:!0,lookbehind:!0},{pattern:/(\\\\)\\\\s*:\\\\s*(?:\\\\?\\\\s*)?)\\\\b(?:array(?!\\\\s*\\\\()|bool|callable|(?:false|null)(?=\\\\s*\\\\|)|float|int|iterable|mixed|never|object|self|static|string|void)\\\\b/i,alias:`return-type`,greedy:!0,lookbehind:!0},{pattern:/\\\\b(?:array(?!\\\\s*\\\\()|bool|float|int|iterable|mixed|object|string|void)\\\\b/i,alias:`type-declaration`,greedy:!0},{pattern:/(\\\\|\\\\s*)(?:false|null)\\\\b|\\\\b(?:false|null)(?=\\\\s*\\\\|)/i,alias:`type-declaration`,greedy:!0,lookbehind:!0},{pattern:/\\\\b(?:parent|self|static)(?=\\\\s*::)/i,alias:`static-context`,greedy:!0},{pattern:/(\\\\byield\\\\s+)from\\\\b/i,lookbehind:!0},/\\\\bclass\\\\b/i,{pattern:/((?:^|[^\\\\s>:]|(?:^|[^-])>|(?:^|[^:]):)\\\\s*)\\\\b(?:abstract|and|array|as|break|callable|case|catch|clone|const|continue|declare|default|die|do|echo|else|elseif|empty|enddeclare|endfor|endforeach|endif|endswitch|endwhile|enum|eval|exit|extends|final|finally|fn|for|foreach|function|global|goto|if|implements|include|include_once|instanceof|insteadof|interface|isset|list|match|namespace|never|new|or|parent|print|private|protected|public|readonly|require|require_once|return|self|static|switch|throw|trait|try|unset|use|var|while|xor|yield|__halt_compiler)\\\\b/i,lookbehind:!0}],\\"argument-name\\":{pattern:/([(,]\\\\s*)\\\\b[a-z_]\\\\w*(?=\\\\s*:(?!:))/i,lookbehind:!0},\\"class-name\\":[{pattern:/(\\\\b(?:extends|implements|instanceof|new(?!\\\\s+self|\\\\s+static))\\\\s+|\\\\bcatch\\\\s*\\\\()\\\\b[a-z_]\\\\w*(?!\\\\\\\\)\\\\b/i,greedy:!0,lookbehind:!0},{pattern:/(\\\\|\\\\s*)\\\\b[a-z_]\\\\w*(?!\\\\\\\\)\\\\b/i,greedy:!0,lookbehind:!0},{pattern:/\\\\b[a-z_]\\\\w*(?!\\\\\\\\)\\\\b(?=\\\\s*\\\\|)/i,greedy:!0},{pattern:/(\\\\|\\\\s*)(?:\\\\\\\\?\\\\b[a-z_]\\\\w*)+\\\\b/i,alias:`class-name-fully-qualified`,greedy:!0,lookbehind:!0,inside:{punctuation:/\\\\\\\\/}},{pattern:/(?:\\\\\\\\?\\\\b[a-z_]\\\\w*)+\\\\b(?=\\\\s*\\\\|)/i,alias:`class-name-fully-qualified`,greedy:!0,inside:{punctuation:/\\\\\\\\/}},{pattern:/(\\\\b(?:extends|implements|instanceof|new(?!\\\\s+self\\\\b|\\\\s+static\\\\b))\\\\s+|\\\\bcatch\\\\s*\\\\()(?:\\\\\\\\?\\\\b[a-z_]\\\\w*)+\\\\b(?!\\\\\\\\)/i,alias:`class-name-fully-qualified`,greedy:!0,lookbehind:!0,inside:{punctuation:/\\\\\\\\/}},{pattern:/\\\\b[a-z_]\\\\w*(?=\\\\s*\\\\$)/i,alias:`type-declaration`,greedy:!0},{pattern:/(?:\\\\\\\\?\\\\b[a-z_]\\\\w*)+(?=\\\\s*\\\\$)/i,alias:[`class-name-fully-qualified`,`type-declaration`],greedy:!0,inside:{punctuation:/\\\\\\\\/}},{pattern:/\\\\b[a-z_]\\\\w*(?=\\\\s*::)/i,alias:`static-context`,greedy:!0},{pattern:/(?:\\\\\\\\?\\\\b[a-z_]\\\\w*)+(?=\\\\s*::)/i,alias:[`class-name-fully-qualified`,`static-context`],greedy:!0,inside:{punctuation:/\\\\\\\\/}},{pattern:/([(,?]\\\\s*)[a-z_]\\\\w*(?=\\\\s*\\\\$)/i,alias:`type-hint`,greedy:!0,lookbehind:!0},{pattern:/([(,?]\\\\s*)(?:\\\\\\\\?\\\\b[a-z_]\\\\w*)+(?=\\\\s*\\\\$)/i,alias:[`class-name-fully-qualified`,`type-hint`],greedy:!0,lookbehind:!0,inside:{punctuation:/\\\\\\\\/}},{pattern:/(\\\\)\\\\s*:\\\\s*(?:\\\\?\\\\s*)?)\\\\b[a-z_]\\\\w*(?!\\\\\\\\)\\\\b/i,alias:`return-type`,greedy:!0,lookbehind:!0},{pattern:/(\\\\)\\\\s*:\\\\s*(?:\\\\?\\\\s*)?)(?:\\\\\\\\?\\\\b[a-z_]\\\\w*)+\\\\b(?!\\\\\\\\)/i,alias:[`class-name-fully-qualified`,`return-type`],greedy:!0,lookbehind:!0,inside:{punctuation:/\\\\\\\\/}}],constant:n,function:{pattern:/(^|[^\\\\\\\\\\\\w])\\\\\\\\?[a-z_](?:[\\\\w\\\\\\\\]*\\\\w)?(?=\\\\s*\\\\()/i,lookbehind:!0,inside:{punctuation:/\\\\\\\\/}},property:{pattern:/(->\\\\s*)\\\\w+/,lookbehind:!0},number:r,operator:i,punctuation:a};var o={pattern:/\\\\{\\\\$(?:\\\\{(?:\\\\{[^{}]+\\\\}|[^{}]+)\\\\}|[^{}])+\\\\}|(^|[^\\\\\\\\{])\\\\$+(?:\\\\w+(?:\\\\[[^\\\\r\\\\n\\\\[\\\\]]+\\\\]|->\\\\w+)?)/,lookbehind:!0,inside:e.languages.php},s=[{pattern:/<<<\'([^\']+)\'[\\\\r\\\\n](?:.*[\\\\r\\\\n])*?\\\\1;/,alias:`nowdoc-string`,greedy:!0,inside:{delimiter:{pattern:/^<<<\'[^\']+\'|[a-z_]\\\\w*;$/i,alias:`symbol`,inside:{punctuation:/^<<<\'?|[\';]$/}}}},{pattern:/<<<(?:\\"([^\\"]+)\\"[\\\\r\\\\n](?:.*[\\\\r\\\\n])*?\\\\1;|([a-z_]\\\\w*)[\\\\r\\\\n](?:.*[\\\\r\\\\n])*?\\\\2;)/i,alias:`heredoc-string`,greedy:!0,inside:{delimiter:{pattern:/^<<<(?:\\"[^\\"]+\\"|[a-z_]\\\\w*)|[a-z_]\\\\w*;$/i,alias:`symbol`,inside:{punctuation:/^<<<\\"?|[\\";]$/}},interpolation:o}},{pattern:/`(?:\\\\\\\\[\\\\s\\\\S]|[^\\\\\\\\`])*`/,alias:`backtick-quoted-string`,greedy:!0},{pattern:/\'(?:\\\\\\\\[\\\\s\\\\S]|[^\\\\\\\\\'])*\'/,alias:`single-quoted-string`,greedy:!0},{pattern:/\\"(?:\\\\\\\\[\\\\s\\\\S]|[^\\\\\\\\\\"])*\\"/,alias:`double-quoted-string`,greedy:!0,inside:{interpolation:o}}];e.languages.insertBefore(`php`,`variable`,{string:s,attribute:{pattern:/#\\\\[(?:[^\\"\'\\\\/#]|\\\\/(?![*/])|\\\\/\\\\/.*$|#(?!\\\\[).*$|\\\\/\\\\*(?:[^*]|\\\\*(?!\\\\/))*\\\\*\\\\/|\\"(?:\\\\\\\\[\\\\s\\\\S]|[^\\\\\\\\\\"])*\\"|\'(?:\\\\\\\\[\\\\s\\\\S]|[^\\\\\\\\\'])*\')+\\\\](?=\\\\s*[a-z$#])/im,greedy:!0,inside:{\\"attribute-content\\":{pattern:/^(#\\\\[)[\\\\s\\\\S]+(?=\\\\]$)/,lookbehind:!0,inside:{comment:t,string:s,\\"attribute-class-name\\":[{pattern:/([^:]|^)\\\\b[a-z_]\\\\w*(?!\\\\\\\\)\\\\b/i,alias:`class-name`,greedy:!0,lookbehind:!0},{pattern:/([^:]|^)(?:\\\\\\\\?\\\\b[a-z_]\\\\w*)+/i,alias:[`class-name`,`class-name-fully-qualified`],greedy:!0,lookbehind:!0,inside:{punctuation:/\\\\\\\\/}}],constant:n,number:r,operator:i,punctuation:a}},delimiter:{pattern:/^#\\\\[|\\\\]$/,alias:`punctuation`}}}}),e.hooks.add(`before-tokenize`,function(t){/<\\\\?/.test(t.code)&&e.languages[`markup-templating`].buildPlaceholders(t,`php`,/<\\\\?(?:[^\\"\'/#]|\\\\/(?![*/])|(\\"|\')(?:\\\\\\\\[\\\\s\\\\S]|(?!\\\\1)[^\\\\\\\\])*\\\\1|(?:\\\\/\\\\/|#(?!\\\\[))(?:[^?\\\\n\\\\r]|\\\\?(?!>))*(?=$|\\\\?>|[\\\\r\\\\n])|#\\\\[|\\\\/\\\\*(?:[^*]|\\\\*(?!\\\\/))*(?:\\\\*\\\\/|$))*?(?:\\\\?>|$)/g)}),e.hooks.add(`after-tokenize`,function(t){e.languages[`markup-templating`].tokenizePlaceholders(t,`php`)})})(Prism),Prism.languages.svelte=Prism.languages.extend(`markup`,{each:{pattern:RegExp(`{[#/]each(?:(?:\\\\\\\\{(?:(?:\\\\\\\\{(?:[^{}])*\\\\\\\\})|(?:[^{}]))*\\\\\\\\})|(?:[^{}]))*}`),inside:{\\"language-javascript\\":[{pattern:/(as[\\\\s\\\\S]*)\\\\([\\\\s\\\\S]*\\\\)(?=\\\\s*\\\\})/,lookbehind:!0,inside:Prism.languages.javascript},{pattern:/(as[\\\\s]*)[\\\\s\\\\S]*(?=\\\\s*)/,lookbehind:!0,inside:Prism.languages.javascript},{pattern:/(#each[\\\\s]*)[\\\\s\\\\S]*(?=as)/,lookbehind:!0,inside:Prism.languages.javascript}],keyword:/[#/]each|as/,punctuation:/{|}/}},block:{pattern:RegExp(`{[#:/@]/s(if|else if|await|then|catch|each|html|debug)(?:(?:\\\\\\\\{(?:(?:\\\\\\\\{(?:[^{}])*\\\\\\\\})|(?:[^{}]))*\\\\\\\\})|(?:[^{}]))*}`),inside:{punctuation:/^{|}$/,keyword:[RegExp(`[#:/@](if|else if|await|then|catch|each|html|debug)( )*`),/as/,/then/],\\"language-javascript\\":{pattern:/[\\\\s\\\\S]*/,inside:Prism.languages.javascript}}},tag:{pattern:/<\\\\/?(?!\\\\d)[^\\\\s>\\\\/=$<%]+(?:\\\\s(?:\\\\s*[^\\\\s>\\\\/=]+(?:\\\\s*=\\\\s*(?:(?:\\"[^\\"]*\\"|\'[^\']*\'|[^\\\\s\'\\">=]+(?=[\\\\s>]))|(?:\\"[^\\"]*\\"|\'[^\']*\'|{[\\\\s\\\\S]+?}(?=[\\\\s/>])))|(?=[\\\\s/>])))+)?\\\\s*\\\\/?>/i,greedy:!0,inside:{tag:{pattern:/^<\\\\/?[^\\\\s>\\\\/]+/i,inside:{punctuation:/^<\\\\/?/,namespace:/^[^\\\\s>\\\\/:]+:/}},\\"language-javascript\\":{pattern:/\\\\{(?:(?:\\\\{(?:(?:\\\\{(?:[^{}])*\\\\})|(?:[^{}]))*\\\\})|(?:[^{}]))*\\\\}/,inside:Prism.languages.javascript},\\"attr-value\\":{pattern:/=\\\\s*(?:\\"[^\\"]*\\"|\'[^\']*\'|[^\\\\s\'\\">=]+)/i,inside:{punctuation:[/^=/,{pattern:/^(\\\\s*)[\\"\']|[\\"\']$/,lookbehind:!0}],\\"language-javascript\\":{pattern:/{[\\\\s\\\\S]+}/,inside:Prism.languages.javascript}}},punctuation:/\\\\/?>/,\\"attr-name\\":{pattern:/[^\\\\s>\\\\/]+/,inside:{namespace:/^[^\\\\s>\\\\/:]+:/}}}},\\"language-javascript\\":{pattern:/\\\\{(?:(?:\\\\{(?:(?:\\\\{(?:[^{}])*\\\\})|(?:[^{}]))*\\\\})|(?:[^{}]))*\\\\}/,lookbehind:!0,inside:Prism.languages.javascript}}),Prism.languages.svelte.tag.inside[`attr-value`].inside.entity=Prism.languages.svelte.entity,Prism.hooks.add(`wrap`,e=>{e.type===`entity`&&(e.attributes.title=e.content.replace(/&amp;/,`&`))}),Object.defineProperty(Prism.languages.svelte.tag,\\"addInlined\\",{value:function(e,t){let n={};n[`language-`+t]={pattern:/(^<!\\\\[CDATA\\\\[)[\\\\s\\\\S]+?(?=\\\\]\\\\]>$)/i,lookbehind:!0,inside:Prism.languages[t]},n.cdata=/^<!\\\\[CDATA\\\\[|\\\\]\\\\]>$/i;let r={\\"included-cdata\\":{pattern:/<!\\\\[CDATA\\\\[[\\\\s\\\\S]*?\\\\]\\\\]>/i,inside:n}};r[`language-`+t]={pattern:/[\\\\s\\\\S]+/,inside:Prism.languages[t]};let i={};i[e]={pattern:RegExp(`(<__[\\\\\\\\s\\\\\\\\S]*?>)(?:<!\\\\\\\\[CDATA\\\\\\\\[[\\\\\\\\s\\\\\\\\S]*?\\\\\\\\]\\\\\\\\]>\\\\\\\\s*|[\\\\\\\\s\\\\\\\\S])*?(?=<\\\\\\\\/__>)`.replace(/__/g,e),`i`),lookbehind:!0,greedy:!0,inside:r},Prism.languages.insertBefore(`svelte`,`cdata`,i)}}),Prism.languages.svelte.tag.addInlined(`style`,`css`),Prism.languages.svelte.tag.addInlined(`script`,`javascript`),(function(){typeof Prism>`u`||typeof document>`u`||!document.createRange||(Prism.plugins.KeepMarkup=!0,Prism.hooks.add(`before-highlight`,function(e){if(!e.element.children.length||!Prism.util.isActive(e.element,`keep-markup`,!0))return;var t=Prism.util.isActive(e.element,`drop-tokens`,!1);function n(e){return!(t&&e.nodeName.toLowerCase()===`span`&&e.classList.contains(`token`))}var r=0,i=[];function a(e){if(!n(e)){o(e);return}var t={element:e,posOpen:r};i.push(t),o(e),t.posClose=r}function o(e){for(var t=0,n=e.childNodes.length;t<n;t++){var i=e.childNodes[t];i.nodeType===1?a(i):i.nodeType===3&&(r+=i.data.length)}}o(e.element),i.length&&(e.keepMarkup=i)}),Prism.hooks.add(`after-highlight`,function(e){if(e.keepMarkup&&e.keepMarkup.length){var t=function(e,n){for(var r=0,i=e.childNodes.length;r<i;r++){var a=e.childNodes[r];if(a.nodeType===1){if(!t(a,n))return!1}else a.nodeType===3&&(!n.nodeStart&&n.pos+a.data.length>n.node.posOpen&&(n.nodeStart=a,n.nodeStartPos=n.node.posOpen-n.pos),n.nodeStart&&n.pos+a.data.length>=n.node.posClose&&(n.nodeEnd=a,n.nodeEndPos=n.node.posClose-n.pos),n.pos+=a.data.length);if(n.nodeStart&&n.nodeEnd){var o=document.createRange();return o.setStart(n.nodeStart,n.nodeStartPos),o.setEnd(n.nodeEnd,n.nodeEndPos),n.node.element.innerHTML=``,n.node.element.appendChild(o.extractContents()),o.insertNode(n.node.element),o.detach(),!1}}return!0};e.keepMarkup.forEach(function(n){t(e.element,{node:n,pos:0})}),e.highlightedCode=e.element.innerHTML}}))})();var ei=`code[class*=language-],pre[class*=language-]{color:var(--prism-maintext);text-align:left;white-space:pre;word-spacing:normal;word-break:normal;tab-size:4;-webkit-hyphens:none;hyphens:none;direction:ltr;font-size:1em;line-height:1.5}pre>code[class*=language-]{font-size:1em}pre[class*=language-]{border:1px solid var(--prism-border);border-radius:.25rem;margin:.5em 0;padding:1em;overflow:auto}:not(pre)>code[class*=language-],pre[class*=language-]{background:var(--prism-background)}.token.comment,.token.prolog,.token.doctype,.token.italic,.token.cdata{font-style:italic}.token.important,.token.function,.token.bold{font-weight:700}.token.namespace{opacity:.7}.token.atrule{color:var(--prism-atrule)}.token.attr{color:var(--prism-attr)}.token.attr-name{color:var(--prism-attr-name)}.token.boolean{color:var(--prism-boolean)}.token.builtin{color:var(--prism-builtin)}.token.cdata{color:var(--prism-cdata)}.token.changed{color:var(--prism-changed)}.token.char{color:var(--prism-char)}.token.comment{color:var(--prism-comment)}.token.constant{color:var(--prism-constant)}.token.deleted{color:var(--prism-deleted)}.token.doctype{color:var(--prism-doctype)}.token.entity{color:var(--prism-entity);cursor:help}.token.function{color:var(--prism-function)}.token.function-variable{color:var(--prism-function-variable,var(--prism-function))}.token.inserted{color:var(--prism-inserted)}.token.keyword{color:var(--prism-keyword)}.token.number{color:var(--prism-number)}.token.operator{color:var(--prism-operator)}.token.prolog{color:var(--prism-prolog)}.token.property{color:var(--prism-property)}.token.punctuation{color:var(--prism-punctuation)}.token.regex{color:var(--prism-regex)}.token.selector{color:var(--prism-selector)}.token.string{color:var(--prism-string)}.token.symbol{color:var(--prism-symbol)}.token.tag{color:var(--prism-tag)}.token.url{color:var(--prism-url)}.token.variable{color:var(--prism-variable)}.token.placeholder{color:var(--prism-placeholder)}.token.statement{color:var(--prism-statement)}.token.attr-value{color:var(--prism-attr-value)}.token.control{color:var(--prism-control)}.token.directive{color:var(--prism-directive)}.token.unit{color:var(--prism-unit)}.token.important{color:var(--prism-important)}.token.class-name{color:var(--prism-class-name)}`,ti=s(`/*! tailwindcss v4.3.3 | MIT License | https://tailwindcss.com */\\n@layer properties{@supports (((-webkit-hyphens:none)) and (not (margin-trim:inline))) or ((-moz-orient:inline) and (not (color:rgb(from red r g b)))){*,:before,:after,::backdrop{--tw-rotate-x:initial;--tw-rotate-y:initial;--tw-rotate-z:initial;--tw-skew-x:initial;--tw-skew-y:initial;--tw-scroll-snap-strictness:proximity;--tw-space-y-reverse:0;--tw-divide-y-reverse:0;--tw-border-style:solid;--tw-font-weight:initial;--tw-tracking:initial;--tw-ordinal:initial;--tw-slashed-zero:initial;--tw-numeric-figure:initial;--tw-numeric-spacing:initial;--tw-numeric-fraction:initial;--tw-shadow:0 0 #0000;--tw-shadow-color:initial;--tw-shadow-alpha:100%;--tw-inset-shadow:0 0 #0000;--tw-inset-shadow-color:initial;--tw-inset-shadow-alpha:100%;--tw-ring-color:initial;--tw-ring-shadow:0 0 #0000;--tw-inset-ring-color:initial;--tw-inset-ring-shadow:0 0 #0000;--tw-ring-inset:initial;--tw-ring-offset-width:0px;--tw-ring-offset-color:#fff;--tw-ring-offset-shadow:0 0 #0000;--tw-blur:initial;--tw-brightness:initial;--tw-contrast:initial;--tw-grayscale:initial;--tw-hue-rotate:initial;--tw-invert:initial;--tw-opacity:initial;--tw-saturate:initial;--tw-sepia:initial;--tw-drop-shadow:initial;--tw-drop-shadow-color:initial;--tw-drop-shadow-alpha:100%;--tw-drop-shadow-size:initial;--tw-backdrop-blur:initial;--tw-backdrop-brightness:initial;--tw-backdrop-contrast:initial;--tw-backdrop-grayscale:initial;--tw-backdrop-hue-rotate:initial;--tw-backdrop-invert:initial;--tw-backdrop-opacity:initial;--tw-backdrop-saturate:initial;--tw-backdrop-sepia:initial;--tw-content:\\"\\";--tw-duration:initial}}}@layer theme{:root,:host{--font-sans:-apple-system, BlinkMacSystemFont, \\"Segoe UI\\", Roboto, \\"Helvetica Neue\\", \\"Noto Sans\\", Arial, sans-serif, \\"Apple Color Emoji\\", \\"Segoe UI Emoji\\", \\"Segoe UI Symbol\\", \\"Noto Color Emoji\\";--font-mono:ui-monospace, SFMono-Regular, Menlo, Monaco, Consolas, \\"Liberation Mono\\", \\"Courier New\\", monospace;--color-red-100:oklch(93.6% .032 17.717);--color-red-300:oklch(80.8% .114 19.571);--color-red-500:oklch(63.7% .237 25.331);--color-red-600:oklch(57.7% .245 27.325);--color-red-700:oklch(50.5% .213 27.518);--color-red-800:oklch(44.4% .177 26.899);--color-orange-100:oklch(95.4% .038 75.164);--color-orange-500:oklch(70.5% .213 47.604);--color-orange-800:oklch(47% .157 37.304);--color-amber-400:oklch(82.8% .189 84.429);--color-yellow-100:oklch(97.3% .071 103.193);--color-yellow-400:oklch(85.2% .199 91.936);--color-yellow-600:oklch(68.1% .162 75.834);--color-yellow-800:oklch(47.6% .114 61.907);--color-green-100:oklch(96.2% .044 156.743);--color-green-300:oklch(87.1% .15 154.449);--color-green-600:oklch(62.7% .194 149.214);--color-green-700:oklch(52.7% .154 150.069);--color-green-800:oklch(44.8% .119 151.328);--color-cyan-600:oklch(60.9% .126 221.723);--color-sky-50:oklch(97.7% .013 236.62);--color-sky-100:oklch(95.1% .026 236.824);--color-sky-200:oklch(90.1% .058 230.902);--color-sky-300:oklch(82.8% .111 230.318);--color-sky-400:oklch(74.6% .16 232.661);--color-sky-500:oklch(68.5% .169 237.323);--color-sky-600:oklch(58.8% .158 241.966);--color-sky-700:oklch(50% .134 242.749);--color-sky-800:oklch(44.3% .11 240.79);--color-sky-900:oklch(39.1% .09 240.876);--color-sky-950:oklch(29.3% .066 243.157);--color-gray-50:var(--mut-gray-50,var(--color-zinc-50));--color-gray-200:var(--mut-gray-200,var(--color-zinc-200));--color-gray-400:var(--mut-gray-400,var(--color-zinc-400));--color-gray-600:var(--mut-gray-600,var(--color-zinc-600));--color-gray-700:var(--mut-gray-700,var(--color-zinc-700));--color-zinc-50:oklch(98.5% 0 none);--color-zinc-100:oklch(96.7% .001 286.375);--color-zinc-200:oklch(92% .004 286.32);--color-zinc-300:oklch(87.1% .006 286.286);--color-zinc-400:oklch(70.5% .015 286.067);--color-zinc-500:oklch(55.2% .016 285.938);--color-zinc-600:oklch(44.2% .017 285.786);--color-zinc-700:oklch(37% .013 285.805);--color-zinc-800:oklch(27.4% .006 286.033);--color-zinc-900:oklch(21% .006 285.885);--color-zinc-950:oklch(14.1% .005 285.823);--color-neutral-400:oklch(70.8% 0 none);--color-white:var(--mut-white,#fff);--spacing:.25rem;--container-6xl:72rem;--text-sm:.875rem;--text-sm--line-height:calc(1.25 / .875);--text-lg:1.125rem;--text-lg--line-height:calc(1.75 / 1.125);--text-5xl:3rem;--text-5xl--line-height:1;--font-weight-light:300;--font-weight-medium:500;--font-weight-semibold:600;--font-weight-bold:700;--tracking-tight:-.025em;--radius-sm:.25rem;--radius-md:.375rem;--radius-lg:.5rem;--radius-3xl:1.5rem;--animate-pulse:pulse 2s cubic-bezier(.4, 0, .6, 1) infinite;--blur-lg:16px;--default-transition-duration:.15s;--default-transition-timing-function:cubic-bezier(.4, 0, .2, 1);--default-font-family:var(--font-sans);--default-mono-font-family:var(--font-mono);--transition-property-max-width:max-width;--transition-property-width:width;--transition-property-stroke-opacity:stroke-opacity;--spacing-drawer-half-open:var(--mte-drawer-height-half-open,120px);--color-primary-500:var(--mut-primary-500,var(--color-sky-500));--color-primary-600:var(--mut-primary-600,var(--color-sky-600))}:host{--mte-drawer-height-half-open:120px}}@layer base{*,:after,:before,::backdrop{box-sizing:border-box;border:0 solid;margin:0;padding:0}::file-selector-button{box-sizing:border-box;border:0 solid;margin:0;padding:0}html,:host{-webkit-text-size-adjust:100%;tab-size:4;line-height:1.5;font-family:var(--default-font-family,-apple-system, BlinkMacSystemFont, \\"Segoe UI\\", Roboto, \\"Helvetica Neue\\", \\"Noto Sans\\", Arial, sans-serif, \\"Apple Color Emoji\\", \\"Segoe UI Emoji\\", \\"Segoe UI Symbol\\", \\"Noto Color Emoji\\");font-feature-settings:var(--default-font-feature-settings,normal);font-variation-settings:var(--default-font-variation-settings,normal);-webkit-tap-highlight-color:transparent}hr{height:0;color:inherit;border-top-width:1px}abbr:where([title]){-webkit-text-decoration:underline dotted;text-decoration:underline dotted}h1,h2,h3,h4,h5,h6{font-size:inherit;font-weight:inherit}a{color:inherit;-webkit-text-decoration:inherit;-webkit-text-decoration:inherit;-webkit-text-decoration:inherit;-webkit-text-decoration:inherit;-webkit-text-decoration:inherit;text-decoration:inherit}b,strong{font-weight:bolder}code,kbd,samp,pre{font-family:var(--default-mono-font-family,ui-monospace, SFMono-Regular, Menlo, Monaco, Consolas, \\"Liberation Mono\\", \\"Courier New\\", monospace);font-feature-settings:var(--default-mono-font-feature-settings,normal);font-variation-settings:var(--default-mono-font-variation-settings,normal);font-size:1em}small{font-size:80%}sub,sup{vertical-align:baseline;font-size:75%;line-height:0;position:relative}sub{bottom:-.25em}sup{top:-.5em}table{text-indent:0;border-color:inherit;border-collapse:collapse}:-moz-focusring:where(:not(iframe)){outline:auto}progress{vertical-align:baseline}summary{display:list-item}ol,ul,menu{list-style:none}img,svg,video,canvas,audio,iframe,embed,object{vertical-align:middle;display:block}img,video{max-width:100%;height:auto}button,input,select,optgroup,textarea{font:inherit;font-feature-settings:inherit;font-variation-settings:inherit;letter-spacing:inherit;color:inherit;opacity:1;background-color:#0000;border-radius:0}::file-selector-button{font:inherit;font-feature-settings:inherit;font-variation-settings:inherit;letter-spacing:inherit;color:inherit;opacity:1;background-color:#0000;border-radius:0}:where(select:is([multiple],[size])) optgroup{font-weight:bolder}:where(select:is([multiple],[size])) optgroup option{padding-inline-start:20px}::file-selector-button{margin-inline-end:4px}::placeholder{opacity:1}@supports (not ((-webkit-appearance:-apple-pay-button))) or (contain-intrinsic-size:1px){::placeholder{color:currentColor}@supports (color:color-mix(in lab, red, red)){::placeholder{color:color-mix(in oklab, currentcolor 50%, transparent)}}}textarea{resize:vertical}::-webkit-search-decoration{-webkit-appearance:none}::-webkit-datetime-edit{padding-block:0}::-webkit-datetime-edit-year-field{padding-block:0}::-webkit-datetime-edit-month-field{padding-block:0}::-webkit-datetime-edit-day-field{padding-block:0}::-webkit-datetime-edit-hour-field{padding-block:0}::-webkit-datetime-edit-minute-field{padding-block:0}::-webkit-datetime-edit-second-field{padding-block:0}::-webkit-datetime-edit-millisecond-field{padding-block:0}::-webkit-datetime-edit-meridiem-field{padding-block:0}::-webkit-calendar-picker-indicator{line-height:1}:-moz-ui-invalid{box-shadow:none}button,input:where([type=button],[type=reset],[type=submit]){appearance:button}::file-selector-button{appearance:button}::-webkit-inner-spin-button{height:auto}::-webkit-outer-spin-button{height:auto}[hidden]:where(:not([hidden=until-found])){display:none!important}input:where([type=text]),input:where(:not([type])),input:where([type=email]),input:where([type=url]),input:where([type=password]),input:where([type=number]),input:where([type=date]),input:where([type=datetime-local]),input:where([type=month]),input:where([type=search]),input:where([type=tel]),input:where([type=time]),input:where([type=week]),select:where([multiple]),textarea,select{appearance:none;border-color:var(--mut-gray-500,var(--color-zinc-500));--tw-shadow:0 0 #0000;background-color:#fff;border-width:1px;border-radius:0;padding:.5rem .75rem;font-size:1rem;line-height:1.5rem}:is(input:where([type=text]),input:where(:not([type])),input:where([type=email]),input:where([type=url]),input:where([type=password]),input:where([type=number]),input:where([type=date]),input:where([type=datetime-local]),input:where([type=month]),input:where([type=search]),input:where([type=tel]),input:where([type=time]),input:where([type=week]),select:where([multiple]),textarea,select):focus{outline-offset:2px;--tw-ring-inset:var(--tw-empty, );--tw-ring-offset-width:0px;--tw-ring-offset-color:#fff;--tw-ring-color:oklch(54.6% .245 262.881);--tw-ring-offset-shadow:var(--tw-ring-inset) 0 0 0 var(--tw-ring-offset-width) var(--tw-ring-offset-color);--tw-ring-shadow:var(--tw-ring-inset) 0 0 0 calc(1px + var(--tw-ring-offset-width)) var(--tw-ring-color);box-shadow:var(--tw-ring-offset-shadow), var(--tw-ring-shadow), var(--tw-shadow);border-color:oklch(54.6% .245 262.881);outline:2px solid #0000}input::placeholder,textarea::placeholder{color:var(--mut-gray-500,var(--color-zinc-500));opacity:1}::-webkit-datetime-edit-fields-wrapper{padding:0}::-webkit-date-and-time-value{min-height:1.5em;text-align:inherit}::-webkit-datetime-edit{display:inline-flex}::-webkit-datetime-edit{padding-top:0;padding-bottom:0}::-webkit-datetime-edit-year-field{padding-top:0;padding-bottom:0}::-webkit-datetime-edit-month-field{padding-top:0;padding-bottom:0}::-webkit-datetime-edit-day-field{padding-top:0;padding-bottom:0}::-webkit-datetime-edit-hour-field{padding-top:0;padding-bottom:0}::-webkit-datetime-edit-minute-field{padding-top:0;padding-bottom:0}::-webkit-datetime-edit-second-field{padding-top:0;padding-bottom:0}::-webkit-datetime-edit-millisecond-field{padding-top:0;padding-bottom:0}::-webkit-datetime-edit-meridiem-field{padding-top:0;padding-bottom:0}select{-webkit-print-color-adjust:exact;print-color-adjust:exact;background-image:url(\\"data:image/svg+xml,%3csvg xmlns=\'http://www.w3.org/2000/svg\' fill=\'none\' viewBox=\'0 0 20 20\'%3e%3cpath stroke=\'oklch(55.1%25 0.027 264.364)\' stroke-linecap=\'round\' stroke-linejoin=\'round\' stroke-width=\'1.5\' d=\'M6 8l4 4 4-4\'/%3e%3c/svg%3e\\");background-position:right .5rem center;background-repeat:no-repeat;background-size:1.5em 1.5em;padding-right:2.5rem}select:where([multiple]),select:where([size]:not([size=\\"1\\"])){background-image:initial;background-position:initial;background-repeat:unset;background-size:initial;print-color-adjust:unset;padding-right:.75rem}input:where([type=checkbox]),input:where([type=radio]){appearance:none;-webkit-print-color-adjust:exact;print-color-adjust:exact;vertical-align:middle;-webkit-user-select:none;user-select:none;color:oklch(54.6% .245 262.881);border-color:var(--mut-gray-500,var(--color-zinc-500));--tw-shadow:0 0 #0000;background-color:#fff;background-origin:border-box;border-width:1px;flex-shrink:0;width:1rem;height:1rem;padding:0;display:inline-block}input:where([type=checkbox]){border-radius:0}input:where([type=radio]){border-radius:100%}input:where([type=checkbox]):focus,input:where([type=radio]):focus{outline-offset:2px;--tw-ring-inset:var(--tw-empty, );--tw-ring-offset-width:2px;--tw-ring-offset-color:#fff;--tw-ring-color:oklch(54.6% .245 262.881);--tw-ring-offset-shadow:var(--tw-ring-inset) 0 0 0 var(--tw-ring-offset-width) var(--tw-ring-offset-color);--tw-ring-shadow:var(--tw-ring-inset) 0 0 0 calc(2px + var(--tw-ring-offset-width)) var(--tw-ring-color);box-shadow:var(--tw-ring-offset-shadow), var(--tw-ring-shadow), var(--tw-shadow);outline:2px solid #0000}input:where([type=checkbox]):checked,input:where([type=radio]):checked{background-color:currentColor;background-position:50%;background-repeat:no-repeat;background-size:100% 100%;border-color:#0000}input:where([type=checkbox]):checked{background-image:url(\\"data:image/svg+xml,%3csvg viewBox=\'0 0 16 16\' fill=\'white\' xmlns=\'http://www.w3.org/2000/svg\'%3e%3cpath d=\'M12.207 4.793a1 1 0 010 1.414l-5 5a1 1 0 01-1.414 0l-2-2a1 1 0 011.414-1.414L6.5 9.086l4.293-4.293a1 1 0 011.414 0z\'/%3e%3c/svg%3e\\")}@media (forced-colors:active){input:where([type=checkbox]):checked{appearance:auto}}input:where([type=radio]):checked{background-image:url(\\"data:image/svg+xml,%3csvg viewBox=\'0 0 16 16\' fill=\'white\' xmlns=\'http://www.w3.org/2000/svg\'%3e%3ccircle cx=\'8\' cy=\'8\' r=\'3\'/%3e%3c/svg%3e\\")}@media (forced-colors:active){input:where([type=radio]):checked{appearance:auto}}input:where([type=checkbox]):checked:hover,input:where([type=checkbox]):checked:focus,input:where([type=radio]):checked:hover,input:where([type=radio]):checked:focus{background-color:currentColor;border-color:#0000}input:where([type=checkbox]):indeterminate{background-color:currentColor;background-image:url(\\"data:image/svg+xml,%3csvg xmlns=\'http://www.w3.org/2000/svg\' fill=\'none\' viewBox=\'0 0 16 16\'%3e%3cpath stroke=\'white\' stroke-linecap=\'round\' stroke-linejoin=\'round\' stroke-width=\'2\' d=\'M4 8h8\'/%3e%3c/svg%3e\\");background-position:50%;background-repeat:no-repeat;background-size:100% 100%;border-color:#0000}@media (forced-colors:active){input:where([type=checkbox]):indeterminate{appearance:auto}}input:where([type=checkbox]):indeterminate:hover,input:where([type=checkbox]):indeterminate:focus{background-color:currentColor;border-color:#0000}input:where([type=file]){background:unset;border-color:inherit;font-size:unset;line-height:inherit;border-width:0;border-radius:0;padding:0}input:where([type=file]):focus{outline:1px solid buttontext;outline:1px auto -webkit-focus-ring-color}}@layer components;@layer utilities{.pointer-events-none{pointer-events:none}.invisible{visibility:hidden}.visible{visibility:visible}.sr-only{clip-path:inset(50%);white-space:nowrap;border-width:0;width:1px;height:1px;margin:-1px;padding:0;position:absolute;overflow:hidden}.absolute{position:absolute}.fixed{position:fixed}.relative{position:relative}.static{position:static}.sticky{position:sticky}.top-offset{top:var(--top-offset,0)}.bottom-0{bottom:0}.left-0{left:0}.z-10{z-index:10}.z-20{z-index:20}.float-right{float:right}.container{width:100%}@media (width>=2000px){.container{max-width:2000px}}@media (width>=40rem){.container{max-width:40rem}}@media (width>=48rem){.container{max-width:48rem}}@media (width>=64rem){.container{max-width:64rem}}@media (width>=80rem){.container{max-width:80rem}}@media (width>=96rem){.container{max-width:96rem}}.container{margin-inline:auto}.mx-0\\\\\\\\.5{margin-inline:calc(var(--spacing) * .5)}.mx-1{margin-inline:var(--spacing)}.mx-2{margin-inline:calc(var(--spacing) * 2)}.mx-auto{margin-inline:auto}.my-3{margin-block:calc(var(--spacing) * 3)}.my-4{margin-block:calc(var(--spacing) * 4)}.ms-1{margin-inline-start:var(--spacing)}.ms-3{margin-inline-start:calc(var(--spacing) * 3)}.me-1{margin-inline-end:var(--spacing)}.me-2{margin-inline-end:calc(var(--spacing) * 2)}.mt-2{margin-top:calc(var(--spacing) * 2)}.mt-4{margin-top:calc(var(--spacing) * 4)}.mr-2{margin-right:calc(var(--spacing) * 2)}.mr-4{margin-right:calc(var(--spacing) * 4)}.mr-6{margin-right:calc(var(--spacing) * 6)}.mr-auto{margin-right:auto}.-mb-px{margin-bottom:-1px}.mb-0{margin-bottom:0}.mb-1{margin-bottom:var(--spacing)}.mb-3{margin-bottom:calc(var(--spacing) * 3)}.mb-4{margin-bottom:calc(var(--spacing) * 4)}.mb-6{margin-bottom:calc(var(--spacing) * 6)}.ml-1{margin-left:var(--spacing)}.ml-2{margin-left:calc(var(--spacing) * 2)}.ml-4{margin-left:calc(var(--spacing) * 4)}.ml-6{margin-left:calc(var(--spacing) * 6)}.ml-auto{margin-left:auto}.block{display:block}.contents{display:contents}.flex{display:flex}.hidden{display:none}.inline{display:inline}.inline-block{display:inline-block}.inline-flex{display:inline-flex}.table{display:table}.h-2{height:calc(var(--spacing) * 2)}.h-3{height:calc(var(--spacing) * 3)}.h-4{height:calc(var(--spacing) * 4)}.h-5{height:calc(var(--spacing) * 5)}.h-8{height:calc(var(--spacing) * 8)}.h-100{height:calc(var(--spacing) * 100)}.h-fit{height:fit-content}.h-full{height:100%}.max-h-132{max-height:calc(var(--spacing) * 132)}.w-4{width:calc(var(--spacing) * 4)}.w-5{width:calc(var(--spacing) * 5)}.w-12{width:calc(var(--spacing) * 12)}.w-24{width:calc(var(--spacing) * 24)}.w-full{width:100%}.max-w-6xl{max-width:var(--container-6xl)}.max-w-160{max-width:calc(var(--spacing) * 160)}.min-w-\\\\\\\\[24px\\\\\\\\]{min-width:24px}.shrink-0{flex-shrink:0}.grow{flex-grow:1}.table-auto{table-layout:auto}.rotate-180{rotate:180deg}.transform{transform:var(--tw-rotate-x,) var(--tw-rotate-y,) var(--tw-rotate-z,) var(--tw-skew-x,) var(--tw-skew-y,)}.cursor-help{cursor:help}.cursor-pointer{cursor:pointer}.resize{resize:both}.snap-y{scroll-snap-type:y var(--tw-scroll-snap-strictness)}.snap-start{scroll-snap-align:start}.flex-col{flex-direction:column}.flex-row{flex-direction:row}.flex-wrap{flex-wrap:wrap}.items-center{align-items:center}.justify-around{justify-content:space-around}.justify-center{justify-content:center}.justify-start{justify-content:flex-start}.gap-2{gap:calc(var(--spacing) * 2)}.gap-4{gap:calc(var(--spacing) * 4)}.gap-5{gap:calc(var(--spacing) * 5)}:where(.space-y-4>:not(:last-child)){--tw-space-y-reverse:0;margin-block-start:calc(calc(var(--spacing) * 4) * var(--tw-space-y-reverse));margin-block-end:calc(calc(var(--spacing) * 4) * calc(1 - var(--tw-space-y-reverse)))}:where(.divide-y>:not(:last-child)){--tw-divide-y-reverse:0;border-bottom-style:var(--tw-border-style);border-top-style:var(--tw-border-style);border-top-width:calc(1px * var(--tw-divide-y-reverse));border-bottom-width:calc(1px * calc(1 - var(--tw-divide-y-reverse)))}:where(.divide-gray-200>:not(:last-child)){border-color:var(--mut-gray-200,var(--color-zinc-200))}.truncate{text-overflow:ellipsis;white-space:nowrap;overflow:hidden}.overflow-auto{overflow:auto}.overflow-hidden{overflow:hidden}.overflow-x-auto{overflow-x:auto}.overflow-y-auto{overflow-y:auto}.rounded{border-radius:.25rem}.rounded-full{border-radius:2147483647px}.rounded-lg{border-radius:var(--radius-lg)}.rounded-md{border-radius:var(--radius-md)}.rounded-sm{border-radius:var(--radius-sm)}.rounded-t-3xl{border-top-left-radius:var(--radius-3xl);border-top-right-radius:var(--radius-3xl)}.rounded-t-lg{border-top-left-radius:var(--radius-lg);border-top-right-radius:var(--radius-lg)}.border{border-style:var(--tw-border-style);border-width:1px}.border-0{border-style:var(--tw-border-style);border-width:0}.border-b{border-bottom-style:var(--tw-border-style);border-bottom-width:1px}.border-b-2{border-bottom-style:var(--tw-border-style);border-bottom-width:2px}.border-none{--tw-border-style:none;border-style:none}.border-gray-200{border-color:var(--mut-gray-200,var(--color-zinc-200))}.border-transparent{border-color:#0000}.bg-cyan-600{background-color:var(--color-cyan-600)}.bg-gray-100{background-color:var(--mut-gray-100,var(--color-zinc-100))}.bg-gray-200{background-color:var(--mut-gray-200,var(--color-zinc-200))}.bg-gray-200\\\\\\\\/60{background-color:var(--mut-gray-200,oklch(92% .004 286.32))}@supports (color:color-mix(in lab, red, red)){.bg-gray-200\\\\\\\\/60{background-color:color-mix(in oklab, var(--mut-gray-200,var(--color-zinc-200)) 60%, transparent)}}.bg-gray-300{background-color:var(--mut-gray-300,var(--color-zinc-300))}.bg-green-100{background-color:var(--color-green-100)}.bg-green-600{background-color:var(--color-green-600)}.bg-inherit{background-color:inherit}.bg-orange-100{background-color:var(--color-orange-100)}.bg-primary-100{background-color:var(--mut-primary-100,var(--color-sky-100))}.bg-primary-600{background-color:var(--mut-primary-600,var(--color-sky-600))}.bg-red-100{background-color:var(--color-red-100)}.bg-red-600{background-color:var(--color-red-600)}.bg-transparent{background-color:#0000}.bg-white{background-color:var(--mut-white,#fff)}.bg-yellow-100{background-color:var(--color-yellow-100)}.bg-yellow-400{background-color:var(--color-yellow-400)}.bg-yellow-600{background-color:var(--color-yellow-600)}.stroke-gray-800{stroke:var(--mut-gray-800,var(--color-zinc-800))}.p-1{padding:var(--spacing)}.p-2{padding:calc(var(--spacing) * 2)}.p-3{padding:calc(var(--spacing) * 3)}.p-4{padding:calc(var(--spacing) * 4)}.px-2{padding-inline:calc(var(--spacing) * 2)}.px-2\\\\\\\\.5{padding-inline:calc(var(--spacing) * 2.5)}.px-4{padding-inline:calc(var(--spacing) * 4)}.py-0\\\\\\\\.5{padding-block:calc(var(--spacing) * .5)}.py-2{padding-block:calc(var(--spacing) * 2)}.py-3{padding-block:calc(var(--spacing) * 3)}.py-4{padding-block:calc(var(--spacing) * 4)}.py-6{padding-block:calc(var(--spacing) * 6)}.pe-4{padding-inline-end:calc(var(--spacing) * 4)}.pt-7{padding-top:calc(var(--spacing) * 7)}.pr-2{padding-right:calc(var(--spacing) * 2)}.pb-4{padding-bottom:calc(var(--spacing) * 4)}.pb-drawer-half-open{padding-bottom:var(--mte-drawer-height-half-open,120px)}.pl-1{padding-left:var(--spacing)}.text-center{text-align:center}.text-left{text-align:left}.align-middle{vertical-align:middle}.font-mono{font-family:var(--font-mono)}.font-sans{font-family:var(--font-sans)}.text-5xl{font-size:var(--text-5xl);line-height:var(--tw-leading,var(--text-5xl--line-height))}.text-lg{font-size:var(--text-lg);line-height:var(--tw-leading,var(--text-lg--line-height))}.text-sm{font-size:var(--text-sm);line-height:var(--tw-leading,var(--text-sm--line-height))}.font-bold{--tw-font-weight:var(--font-weight-bold);font-weight:var(--font-weight-bold)}.font-light{--tw-font-weight:var(--font-weight-light);font-weight:var(--font-weight-light)}.font-medium{--tw-font-weight:var(--font-weight-medium);font-weight:var(--font-weight-medium)}.font-semibold{--tw-font-weight:var(--font-weight-semibold);font-weight:var(--font-weight-semibold)}.tracking-tight{--tw-tracking:var(--tracking-tight);letter-spacing:var(--tracking-tight)}.whitespace-pre-wrap{white-space:pre-wrap}.text-gray-200{color:var(--mut-gray-200,var(--color-zinc-200))}.text-gray-400{color:var(--mut-gray-400,var(--color-zinc-400))}.text-gray-600{color:var(--mut-gray-600,var(--color-zinc-600))}.text-gray-700{color:var(--mut-gray-700,var(--color-zinc-700))}.text-gray-800{color:var(--mut-gray-800,var(--color-zinc-800))}.text-gray-900{color:var(--mut-gray-900,var(--color-zinc-900))}.text-green-700{color:var(--color-green-700)}.text-green-800{color:var(--color-green-800)}.text-orange-800{color:var(--color-orange-800)}.text-primary-500{color:var(--mut-primary-500,var(--color-sky-500))}.text-primary-800{color:var(--mut-primary-800,var(--color-sky-800))}.text-red-700{color:var(--color-red-700)}.text-red-800{color:var(--color-red-800)}.text-white{color:var(--mut-white,#fff)}.text-yellow-600{color:var(--color-yellow-600)}.text-yellow-800{color:var(--color-yellow-800)}.capitalize{text-transform:capitalize}.lowercase{text-transform:lowercase}.italic{font-style:italic}.ordinal{--tw-ordinal:ordinal;font-variant-numeric:var(--tw-ordinal,) var(--tw-slashed-zero,) var(--tw-numeric-figure,) var(--tw-numeric-spacing,) var(--tw-numeric-fraction,)}.line-through{text-decoration-line:line-through}.underline{text-decoration-line:underline}.decoration-dotted{text-decoration-style:dotted}.opacity-0{opacity:0}.opacity-75{opacity:.75}.opacity-100{opacity:1}.shadow-lg{--tw-shadow:0 10px 15px -3px var(--tw-shadow-color,#0000001a), 0 4px 6px -4px var(--tw-shadow-color,#0000001a);box-shadow:var(--tw-inset-shadow), var(--tw-inset-ring-shadow), var(--tw-ring-offset-shadow), var(--tw-ring-shadow), var(--tw-shadow)}.shadow-sm{--tw-shadow:0 1px 3px 0 var(--tw-shadow-color,#0000001a), 0 1px 2px -1px var(--tw-shadow-color,#0000001a);box-shadow:var(--tw-inset-shadow), var(--tw-inset-ring-shadow), var(--tw-ring-offset-shadow), var(--tw-ring-shadow), var(--tw-shadow)}.shadow-xl{--tw-shadow:0 20px 25px -5px var(--tw-shadow-color,#0000001a), 0 8px 10px -6px var(--tw-shadow-color,#0000001a);box-shadow:var(--tw-inset-shadow), var(--tw-inset-ring-shadow), var(--tw-ring-offset-shadow), var(--tw-ring-shadow), var(--tw-shadow)}.ring{--tw-ring-shadow:var(--tw-ring-inset,) 0 0 0 calc(1px + var(--tw-ring-offset-width)) var(--tw-ring-color,currentcolor);box-shadow:var(--tw-inset-shadow), var(--tw-inset-ring-shadow), var(--tw-ring-offset-shadow), var(--tw-ring-shadow), var(--tw-shadow)}.ring-offset-gray-200\\\\\\\\!{--tw-ring-offset-color:var(--mut-gray-200,var(--color-zinc-200))!important}.outline-hidden{--tw-outline-style:none;outline-style:none}@media (forced-colors:active){.outline-hidden{outline-offset:2px;outline:2px solid #0000}}.invert{--tw-invert:invert(100%);filter:var(--tw-blur,) var(--tw-brightness,) var(--tw-contrast,) var(--tw-grayscale,) var(--tw-hue-rotate,) var(--tw-invert,) var(--tw-saturate,) var(--tw-sepia,) var(--tw-drop-shadow,)}.filter{filter:var(--tw-blur,) var(--tw-brightness,) var(--tw-contrast,) var(--tw-grayscale,) var(--tw-hue-rotate,) var(--tw-invert,) var(--tw-saturate,) var(--tw-sepia,) var(--tw-drop-shadow,)}.backdrop-blur-lg{--tw-backdrop-blur:blur(var(--blur-lg));-webkit-backdrop-filter:var(--tw-backdrop-blur,) var(--tw-backdrop-brightness,) var(--tw-backdrop-contrast,) var(--tw-backdrop-grayscale,) var(--tw-backdrop-hue-rotate,) var(--tw-backdrop-invert,) var(--tw-backdrop-opacity,) var(--tw-backdrop-saturate,) var(--tw-backdrop-sepia,);backdrop-filter:var(--tw-backdrop-blur,) var(--tw-backdrop-brightness,) var(--tw-backdrop-contrast,) var(--tw-backdrop-grayscale,) var(--tw-backdrop-hue-rotate,) var(--tw-backdrop-invert,) var(--tw-backdrop-opacity,) var(--tw-backdrop-saturate,) var(--tw-backdrop-sepia,)}.transition{transition-property:color,background-color,border-color,outline-color,text-decoration-color,fill,stroke,--tw-gradient-from,--tw-gradient-via,--tw-gradient-to,opacity,box-shadow,transform,translate,scale,rotate,filter,-webkit-backdrop-filter,backdrop-filter,display,content-visibility,overlay,pointer-events;transition-timing-function:var(--tw-ease,var(--default-transition-timing-function));transition-duration:var(--tw-duration,var(--default-transition-duration))}.transition-all{transition-property:all;transition-timing-function:var(--tw-ease,var(--default-transition-timing-function));transition-duration:var(--tw-duration,var(--default-transition-duration))}.transition-colors{transition-property:color,background-color,border-color,outline-color,text-decoration-color,fill,stroke,--tw-gradient-from,--tw-gradient-via,--tw-gradient-to;transition-timing-function:var(--tw-ease,var(--default-transition-timing-function));transition-duration:var(--tw-duration,var(--default-transition-duration))}.transition-shadow{transition-property:box-shadow;transition-timing-function:var(--tw-ease,var(--default-transition-timing-function));transition-duration:var(--tw-duration,var(--default-transition-duration))}.transition-stroke-opacity{transition-property:var(--transition-property-stroke-opacity);transition-timing-function:var(--tw-ease,var(--default-transition-timing-function));transition-duration:var(--tw-duration,var(--default-transition-duration))}.\\\\\\\\[httparchive\\\\\\\\:summary_pages\\\\\\\\.2018_12_15_desktop\\\\\\\\]{httparchive:summary pages.2018 12 15 desktop}@media (hover:hover){.group-hover\\\\\\\\:bg-gray-200\\\\\\\\!:is(:where(.group):hover *){background-color:var(--mut-gray-200,var(--color-zinc-200))!important}}.group-aria-selected\\\\\\\\:text-gray-200:is(:where(.group)[aria-selected=true] *){color:var(--mut-gray-200,var(--color-zinc-200))}.group-aria-selected\\\\\\\\:text-primary-50:is(:where(.group)[aria-selected=true] *){color:var(--mut-primary-50,var(--color-sky-50))}.group-aria-selected\\\\\\\\:underline:is(:where(.group)[aria-selected=true] *){text-decoration-line:underline}.backdrop\\\\\\\\:bg-gray-950\\\\\\\\/50::backdrop{background-color:var(--mut-gray-950,oklch(14.1% .005 285.823))}@supports (color:color-mix(in lab, red, red)){.backdrop\\\\\\\\:bg-gray-950\\\\\\\\/50::backdrop{background-color:color-mix(in oklab, var(--mut-gray-950,var(--color-zinc-950)) 50%, transparent)}}.backdrop\\\\\\\\:backdrop-blur-lg::backdrop{--tw-backdrop-blur:blur(var(--blur-lg));-webkit-backdrop-filter:var(--tw-backdrop-blur,) var(--tw-backdrop-brightness,) var(--tw-backdrop-contrast,) var(--tw-backdrop-grayscale,) var(--tw-backdrop-hue-rotate,) var(--tw-backdrop-invert,) var(--tw-backdrop-opacity,) var(--tw-backdrop-saturate,) var(--tw-backdrop-sepia,);backdrop-filter:var(--tw-backdrop-blur,) var(--tw-backdrop-brightness,) var(--tw-backdrop-contrast,) var(--tw-backdrop-grayscale,) var(--tw-backdrop-hue-rotate,) var(--tw-backdrop-invert,) var(--tw-backdrop-opacity,) var(--tw-backdrop-saturate,) var(--tw-backdrop-sepia,)}.after\\\\\\\\:text-gray-800:after{content:var(--tw-content);color:var(--mut-gray-800,var(--color-zinc-800))}.after\\\\\\\\:content-\\\\\\\\[\\\\\\\\\'\\\\\\\\/\\\\\\\\\'\\\\\\\\]:after{--tw-content:\\"/\\";content:var(--tw-content)}.last\\\\\\\\:mr-12:last-child{margin-right:calc(var(--spacing) * 12)}.odd\\\\\\\\:bg-gray-100:nth-child(odd),.even\\\\\\\\:bg-gray-100:nth-child(2n){background-color:var(--mut-gray-100,var(--color-zinc-100))}.checked\\\\\\\\:bg-primary-600:checked{background-color:var(--mut-primary-600,var(--color-sky-600))}@media (hover:hover){.hover\\\\\\\\:cursor-pointer:hover{cursor:pointer}.hover\\\\\\\\:border-gray-300:hover{border-color:var(--mut-gray-300,var(--color-zinc-300))}.hover\\\\\\\\:bg-gray-100:hover{background-color:var(--mut-gray-100,var(--color-zinc-100))}.hover\\\\\\\\:bg-gray-200:hover{background-color:var(--mut-gray-200,var(--color-zinc-200))}.hover\\\\\\\\:bg-primary-700:hover{background-color:var(--mut-primary-700,var(--color-sky-700))}.hover\\\\\\\\:text-gray-700:hover{color:var(--mut-gray-700,var(--color-zinc-700))}.hover\\\\\\\\:text-gray-900:hover{color:var(--mut-gray-900,var(--color-zinc-900))}.hover\\\\\\\\:text-primary-on:hover{color:var(--mut-primary-on,var(--color-sky-700))}.hover\\\\\\\\:underline:hover{text-decoration-line:underline}}.focus\\\\\\\\:shadow-none:focus{--tw-shadow:0 0 #0000;box-shadow:var(--tw-inset-shadow), var(--tw-inset-ring-shadow), var(--tw-ring-offset-shadow), var(--tw-ring-shadow), var(--tw-shadow)}.focus\\\\\\\\:ring-2:focus{--tw-ring-shadow:var(--tw-ring-inset,) 0 0 0 calc(2px + var(--tw-ring-offset-width)) var(--tw-ring-color,currentcolor);box-shadow:var(--tw-inset-shadow), var(--tw-inset-ring-shadow), var(--tw-ring-offset-shadow), var(--tw-ring-shadow), var(--tw-shadow)}.focus\\\\\\\\:ring-primary-500:focus{--tw-ring-color:var(--mut-primary-500,var(--color-sky-500))}.focus\\\\\\\\:outline-hidden:focus{--tw-outline-style:none;outline-style:none}@media (forced-colors:active){.focus\\\\\\\\:outline-hidden:focus{outline-offset:2px;outline:2px solid #0000}}.active\\\\\\\\:bg-gray-200:active{background-color:var(--mut-gray-200,var(--color-zinc-200))}.aria-selected\\\\\\\\:border-b-\\\\\\\\[3px\\\\\\\\][aria-selected=true]{border-bottom-style:var(--tw-border-style);border-bottom-width:3px}.aria-selected\\\\\\\\:border-solid[aria-selected=true]{--tw-border-style:solid;border-style:solid}.aria-selected\\\\\\\\:border-primary-700[aria-selected=true]{border-color:var(--mut-primary-700,var(--color-sky-700))}.aria-selected\\\\\\\\:bg-primary-500[aria-selected=true]{background-color:var(--mut-primary-500,var(--color-sky-500))}.aria-selected\\\\\\\\:text-gray-50[aria-selected=true]{color:var(--mut-gray-50,var(--color-zinc-50))}.aria-selected\\\\\\\\:text-primary-on[aria-selected=true]{color:var(--mut-primary-on,var(--color-sky-700))}.aria-selected\\\\\\\\:shadow-lg[aria-selected=true]{--tw-shadow:0 10px 15px -3px var(--tw-shadow-color,#0000001a), 0 4px 6px -4px var(--tw-shadow-color,#0000001a);box-shadow:var(--tw-inset-shadow), var(--tw-inset-ring-shadow), var(--tw-ring-offset-shadow), var(--tw-ring-shadow), var(--tw-shadow)}@media (prefers-reduced-motion:no-preference){.motion-safe\\\\\\\\:animate-pulse{animation:var(--animate-pulse)}.motion-safe\\\\\\\\:transition-\\\\\\\\[height\\\\\\\\,max-width\\\\\\\\]{transition-property:height,max-width;transition-timing-function:var(--tw-ease,var(--default-transition-timing-function));transition-duration:var(--tw-duration,var(--default-transition-duration))}.motion-safe\\\\\\\\:transition-max-width{transition-property:var(--transition-property-max-width);transition-timing-function:var(--tw-ease,var(--default-transition-timing-function));transition-duration:var(--tw-duration,var(--default-transition-duration))}.motion-safe\\\\\\\\:transition-width{transition-property:var(--transition-property-width);transition-timing-function:var(--tw-ease,var(--default-transition-timing-function));transition-duration:var(--tw-duration,var(--default-transition-duration))}.motion-safe\\\\\\\\:duration-200{--tw-duration:.2s;transition-duration:.2s}}@media (width>=48rem){.md\\\\\\\\:ml-2{margin-left:calc(var(--spacing) * 2)}.md\\\\\\\\:w-1\\\\\\\\/2{width:50%}.md\\\\\\\\:after\\\\\\\\:pl-1:after{content:var(--tw-content);padding-left:var(--spacing)}}@media (width>=96rem){.\\\\\\\\32 xl\\\\\\\\:w-28{width:calc(var(--spacing) * 28)}}}@property --tw-rotate-x{syntax:\\"*\\";inherits:false}@property --tw-rotate-y{syntax:\\"*\\";inherits:false}@property --tw-rotate-z{syntax:\\"*\\";inherits:false}@property --tw-skew-x{syntax:\\"*\\";inherits:false}@property --tw-skew-y{syntax:\\"*\\";inherits:false}@property --tw-scroll-snap-strictness{syntax:\\"*\\";inherits:false;initial-value:proximity}@property --tw-space-y-reverse{syntax:\\"*\\";inherits:false;initial-value:0}@property --tw-divide-y-reverse{syntax:\\"*\\";inherits:false;initial-value:0}@property --tw-border-style{syntax:\\"*\\";inherits:false;initial-value:solid}@property --tw-font-weight{syntax:\\"*\\";inherits:false}@property --tw-tracking{syntax:\\"*\\";inherits:false}@property --tw-ordinal{syntax:\\"*\\";inherits:false}@property --tw-slashed-zero{syntax:\\"*\\";inherits:false}@property --tw-numeric-figure{syntax:\\"*\\";inherits:false}@property --tw-numeric-spacing{syntax:\\"*\\";inherits:false}@property --tw-numeric-fraction{syntax:\\"*\\";inherits:false}@property --tw-shadow{syntax:\\"*\\";inherits:false;initial-value:0 0 #0000}@property --tw-shadow-color{syntax:\\"*\\";inherits:false}@property --tw-shadow-alpha{syntax:\\"<percentage>\\";inherits:false;initial-value:100%}@property --tw-inset-shadow{syntax:\\"*\\";inherits:false;initial-value:0 0 #0000}@property --tw-inset-shadow-color{syntax:\\"*\\";inherits:false}@property --tw-inset-shadow-alpha{syntax:\\"<percentage>\\";inherits:false;initial-value:100%}@property --tw-ring-color{syntax:\\"*\\";inherits:false}@property --tw-ring-shadow{syntax:\\"*\\";inherits:false;initial-value:0 0 #0000}@property --tw-inset-ring-color{syntax:\\"*\\";inherits:false}@property --tw-inset-ring-shadow{syntax:\\"*\\";inherits:false;initial-value:0 0 #0000}@property --tw-ring-inset{syntax:\\"*\\";inherits:false}@property --tw-ring-offset-width{syntax:\\"<length>\\";inherits:false;initial-value:0}@property --tw-ring-offset-color{syntax:\\"*\\";inherits:false;initial-value:#fff}@property --tw-ring-offset-shadow{syntax:\\"*\\";inherits:false;initial-value:0 0 #0000}@property --tw-blur{syntax:\\"*\\";inherits:false}@property --tw-brightness{syntax:\\"*\\";inherits:false}@property --tw-contrast{syntax:\\"*\\";inherits:false}@property --tw-grayscale{syntax:\\"*\\";inherits:false}@property --tw-hue-rotate{syntax:\\"*\\";inherits:false}@property --tw-invert{syntax:\\"*\\";inherits:false}@property --tw-opacity{syntax:\\"*\\";inherits:false}@property --tw-saturate{syntax:\\"*\\";inherits:false}@property --tw-sepia{syntax:\\"*\\";inherits:false}@property --tw-drop-shadow{syntax:\\"*\\";inherits:false}@property --tw-drop-shadow-color{syntax:\\"*\\";inherits:false}@property --tw-drop-shadow-alpha{syntax:\\"<percentage>\\";inherits:false;initial-value:100%}@property --tw-drop-shadow-size{syntax:\\"*\\";inherits:false}@property --tw-backdrop-blur{syntax:\\"*\\";inherits:false}@property --tw-backdrop-brightness{syntax:\\"*\\";inherits:false}@property --tw-backdrop-contrast{syntax:\\"*\\";inherits:false}@property --tw-backdrop-grayscale{syntax:\\"*\\";inherits:false}@property --tw-backdrop-hue-rotate{syntax:\\"*\\";inherits:false}@property --tw-backdrop-invert{syntax:\\"*\\";inherits:false}@property --tw-backdrop-opacity{syntax:\\"*\\";inherits:false}@property --tw-backdrop-saturate{syntax:\\"*\\";inherits:false}@property --tw-backdrop-sepia{syntax:\\"*\\";inherits:false}@property --tw-content{syntax:\\"*\\";inherits:false;initial-value:\\"\\"}@property --tw-duration{syntax:\\"*\\";inherits:false}@keyframes pulse{50%{opacity:.5}}`),ni=s(ei);if(ti.styleSheet&&document?.adoptedStyleSheets&&!document.adoptedStyleSheets.some(e=>e.cssRules[0]?.cssText===ti.styleSheet.cssRules[0].cssText)){let e=new CSSStyleSheet,t=ti.cssText;t=t.replaceAll(`inherits: false`,`inherits: true`).substring(t.indexOf(`@property`)),e.replaceSync(t),document.adoptedStyleSheets.push(e)}var W=class extends Me{static styles=[ti]},ri=(e,t)=>M`<li title=${e.trim()||F} class=\\"my-3 rounded-sm bg-white px-2 py-3 shadow-sm\\">${t}</li>`,ii=(e,t)=>M`<p title=${t?.trim()||F}>${e}</p>`,ai=e=>M`<div class=\\"mt-2 mr-6 mb-6 flex flex-col gap-4\\">${e}</div>`,G=(e,t)=>M`<span role=\\"img\\" aria-label=${t}>${e}</span>`,oi=`:host([mode=closed]){height:0}:host([mode=half]){height:var(--spacing-drawer-half-open)}:host([mode=open]){height:50%}`;function K(e,t,n,r){var i=arguments.length,a=i<3?t:r===null?r=Object.getOwnPropertyDescriptor(t,n):r,o;if(typeof Reflect==`object`&&typeof Reflect.decorate==`function`)a=Reflect.decorate(e,t,n,r);else for(var s=e.length-1;s>=0;s--)(o=e[s])&&(a=(i<3?o(a):i>3?o(t,n,a):o(t,n))||a);return i>3&&a&&Object.defineProperty(t,n,a),a}var si=class extends W{static styles=[s(oi),ti];get toggleMoreLabel(){switch(this.mode){case`half`:return M`${G(`🔼`,`up arrow`)} More`;case`open`:return M`${G(`🔽`,`down arrow`)} Less`;case`closed`:return F}}#e;#t;constructor(){super(),this.mode=`closed`,this.hasDetail=!1,this.#t=new AbortController,this.#e=new Xr(this,{callback:e=>(e[0]?.contentRect.height??0)-(this.header?.clientHeight??0)})}toggleReadMore=e=>{this.mode===`open`?this.mode=`half`:this.mode=`open`,e.preventDefault(),e.stopImmediatePropagation()};connectedCallback(){super.connectedCallback(),window.addEventListener(`keydown`,this.#n,{signal:this.#t.signal})}disconnectedCallback(){this.#t.abort(),super.disconnectedCallback()}#n=e=>{e.key===`Escape`&&(this.mode=`closed`)};render(){let e=this.mode===`open`,t=this.#e.value;return M`<aside @click=${e=>e.stopPropagation()} class=\\"mr-4 ml-6\\">\\n      <header class=\\"w-full py-4\\">\\n        <h2>\\n          <slot name=\\"header\\"></slot>\\n          ${z(this.hasDetail,()=>M`<button data-testId=\\"btnReadMoreToggle\\" class=\\"ml-2 cursor-pointer align-middle\\" @click=${this.toggleReadMore}>\\n                ${this.toggleMoreLabel}\\n              </button>`)}\\n        </h2>\\n      </header>\\n      <div\\n        style=${t&&e?`height: ${t}px;`:F}\\n        class=${Qr({\\"mb-4 motion-safe:transition-max-width\\":!0,\\"overflow-y-auto\\":e})}\\n      >\\n        <slot name=\\"summary\\"></slot>\\n        ${z(this.hasDetail&&this.mode===`open`,()=>M`<slot name=\\"detail\\"></slot>`)}\\n      </div>\\n    </aside>`}};K([L({reflect:!0})],si.prototype,`mode`,void 0),K([L({reflect:!0,type:Boolean,attribute:`has-detail`})],si.prototype,`hasDetail`,void 0),K([L({attribute:!1})],si.prototype,`toggleMoreLabel`,null),K([Le(`header`)],si.prototype,`header`,void 0),si=K([I(`mte-drawer`)],si);function ci(e){switch(e){case`Killed`:return`success`;case`NoCoverage`:return`caution`;case`Survived`:return`danger`;case`Timeout`:return`warning`;case`Ignored`:case`RuntimeError`:case`Pending`:case`CompileError`:return`secondary`}}function li(e){switch(e){case B.Killing:return`success`;case B.Covering:return`warning`;case B.NotCovering:return`caution`}}function ui(e){switch(e){case B.Killing:return G(`✅`,e);case B.Covering:return G(`☂`,e);case B.NotCovering:return G(`🌧`,e)}}function di(e){switch(e){case`Killed`:return G(`✅`,e);case`NoCoverage`:return G(`🙈`,e);case`Ignored`:return G(`🤥`,e);case`Survived`:return G(`👽`,e);case`Timeout`:return G(`⏰`,e);case`Pending`:return G(`⌛`,e);case`RuntimeError`:case`CompileError`:return G(`💥`,e)}}function fi(e){return e.replace(/&/g,`&amp;`).replace(/</g,`&lt;`).replace(/>/g,`&gt;`).replace(/\\"/g,`&quot;`).replace(/\'/g,`&#039;`)}function pi(...e){let t=e.filter(Boolean).join(`/`);{let e=new URL(window.location.href);return new URL(`#${t}`,e).href}}function mi(e){return e.length>1?`s`:``}function hi({fileName:e,location:t}){return e?`${e}${t?`:${t.start.line}:${t.start.column}`:``}`:``}function gi(e){e&&!_i(e)&&e.scrollIntoView({block:`center`,behavior:window.matchMedia(`(prefers-reduced-motion: reduce)`).matches?`instant`:`smooth`})}function _i(e){let{top:t,bottom:n}=e.getBoundingClientRect();return t>=0&&n<=(window.innerHeight||document.documentElement.clientHeight)-120}var vi=new hn,yi=Cr(ir(1),window.navigation?gr(window.navigation,`navigatesuccess`):wn,gr(window,`hashchange`).pipe(Or(e=>e.preventDefault()))).pipe(or(()=>window.location.hash.slice(1)),wr(),or(e=>e.split(`/`).filter(Boolean).map(decodeURIComponent))),q={mutant:`mutant`,test:`test`},bi=class extends W{shouldReactivate(){return!0}reactivate(){this.requestUpdate()}#e=new Nt;connectedCallback(){super.connectedCallback(),this.#e.add(vi.subscribe(()=>this.shouldReactivate()&&this.reactivate()))}disconnectedCallback(){super.disconnectedCallback(),this.#e.unsubscribe()}},xi=`:host(:not([theme=dark])){--prism-maintext:var(--color-gray-700);--prism-background:var(--color-gray-50);--prism-border:var(--color-gray-200);--prism-cdata:#998;--prism-comment:var(--prism-cdata);--prism-doctype:var(--prism-cdata);--prism-prolog:var(--prism-cdata);--prism-attr-value:#e3116c;--prism-string:var(--prism-attr-value);--prism-boolean:#36acaa;--prism-entity:var(--prism-boolean);--prism-url:var(--prism-boolean);--prism-constant:var(--prism-boolean);--prism-inserted:var(--prism-boolean);--prism-number:var(--prism-boolean);--prism-property:var(--prism-boolean);--prism-regex:var(--prism-boolean);--prism-symbol:var(--prism-boolean);--prism-variable:var(--prism-boolean);--prism-atrule:#00a4db;--prism-attr-name:var(--prism-atrule);--prism-attr:var(--prism-atrule);--prism-operator:var(--prism-maintext);--prism-punctuation:var(--prism-maintext);--prism-deleted:#9a050f;--prism-function:var(--prism-deleted);--prism-function-variable:#6f42c1;--prism-selector:#00009f;--prism-tag:var(--prism-selector);--prism-keyword:var(--prism-selector)}:host([theme=dark]){--prism-maintext:var(--mut-gray-700);--prism-background:var(--mut-gray-50);--prism-border:var(--mut-gray-200);--prism-cdata:#7c7c7c;--prism-comment:var(--prism-cdata);--prism-doctype:var(--prism-cdata);--prism-prolog:var(--prism-cdata);--prism-punctuation:#c5c8c6;--prism-tag:#96cbfe;--prism-property:var(--prism-tag);--prism-keyword:var(--prism-tag);--prism-class-name:#ffffb6;--prism-boolean:#9c9;--prism-constant:var(--prism-boolean);--prism-symbol:#f92672;--prism-deleted:var(--prism-symbol);--prism-number:#ff73fd;--prism-inserted:#a8ff60;--prism-selector:var(--prism-inserted);--prism-attr-name:var(--prism-inserted);--prism-string:var(--prism-inserted);--prism-char:var(--prism-inserted);--prism-builtin:var(--prism-inserted);--prism-variable:#c6c5fe;--prism-operator:#ededed;--prism-entity:#ffffb6;--prism-url:#96cbfe;--prism-attr-value:#f9ee98;--prism-atrule:var(--prism-attr-value);--prism-function:#dad085;--prism-regex:#e9c062;--prism-important:#fd971f}:host(:not([theme=dark])){--mut-file-ts-color:#498ba7;--mut-file-ts-test-color:#cc6d2e;--mut-file-scala-color:#b8383d;--mut-file-java-color:#b8383d;--mut-file-js-color:#b7b73b;--mut-file-js-test-color:#cc6d2e;--mut-file-php-color:#9068b0;--mut-file-html-color:#cc6d2e;--mut-file-csharp-color:#498ba7;--mut-file-vue-color:#7fae42;--mut-file-gherkin-color:#00a818;--mut-file-svelte-color:#b8383d;--mut-file-rust-color:#627379;--mut-file-python-color:#498ba7}:host([theme=dark]){--mut-file-ts-color:#519aba;--mut-file-ts-test-color:#e37933;--mut-file-scala-color:#cc3e44;--mut-file-java-color:#cc3e44;--mut-file-js-color:#cbcb41;--mut-file-js-test-color:#e37933;--mut-file-php-color:#a074c4;--mut-file-html-color:#e37933;--mut-file-csharp-color:#519aba;--mut-file-vue-color:#8dc149;--mut-file-gherkin-color:#10b828;--mut-file-svelte-color:#cc3e44;--mut-file-rust-color:#6d8086;--mut-file-python-color:#519aba}:host{--mut-squiggly-Survived:url(\\"data:image/svg+xml;charset=UTF8,<svg xmlns=\'http://www.w3.org/2000/svg\' height=\'3\' width=\'6\'><g fill=\'oklch(0.637 0.237 25.331)\'><path d=\'m5.5 0-3 3H1.1l3-3z\'/><path d=\'m4 0 2 2V.6L5.4 0zM0 2l1 1h1.4L0 .6z\'/></g></svg>\\");--mut-squiggly-NoCoverage:url(\\"data:image/svg+xml;charset=UTF8,<svg xmlns=\'http://www.w3.org/2000/svg\' height=\'3\' width=\'6\'><g fill=\'oklch(0.75 0.183 55.934)\'><path d=\'m5.5 0-3 3H1.1l3-3z\'/><path d=\'m4 0 2 2V.6L5.4 0zM0 2l1 1h1.4L0 .6z\'/></g></svg>\\");color:var(--c)}:host(:not([theme=dark])){--mut-octicon-icon-color:var(--color-primary-600);--mut-line-number:var(--color-gray-400);--mut-diff-add-bg:oklch(from var(--color-green-300) l c h / .3);--mut-diff-add-bg-line-number:oklch(from var(--color-green-300) l c h / .5);--mut-diff-add-line-number:var(--color-gray-600);--mut-diff-del-bg:oklch(from var(--color-red-300) l c h / .3);--mut-diff-del-bg-line-number:oklch(from var(--color-red-300) l c h / .5);--mut-diff-del-line-number:var(--mut-diff-add-line-number)}:host([theme=dark]){--lightningcss-light: ;--lightningcss-dark:initial;--lightningcss-light: ;--lightningcss-dark:initial;color-scheme:dark;--mut-octicon-icon-color:var(--color-primary-500);--mut-line-number:var(--color-gray-400);--mut-diff-add-bg:oklch(from var(--color-green-600) l c h / .15);--mut-diff-add-bg-line-number:oklch(from var(--color-green-600) l c h / .3);--mut-diff-add-line-number:var(--color-gray-700);--mut-diff-del-bg:oklch(from var(--color-red-600) l c h / .15);--mut-diff-del-bg-line-number:oklch(from var(--color-red-600) l c h / .3);--mut-diff-del-line-number:var(--mut-diff-add-line-number);--mut-white:var(--color-zinc-900);--mut-gray-50:var(--color-zinc-900);--mut-gray-100:var(--color-zinc-800);--mut-gray-200:var(--color-zinc-700);--mut-gray-300:var(--color-zinc-600);--mut-gray-400:var(--color-zinc-500);--mut-gray-500:var(--color-zinc-400);--mut-gray-600:var(--color-zinc-300);--mut-gray-700:var(--color-zinc-200);--mut-gray-800:var(--color-zinc-100);--mut-gray-900:var(--color-zinc-50);--mut-primary-100:var(--color-sky-800);--mut-primary-200:var(--color-sky-700);--mut-primary-800:var(--color-sky-100);--mut-primary-900:var(--color-sky-50);--mut-primary-on:var(--color-sky-500)}`,Si=100,J=class extends bi{get themeBackgroundColor(){return getComputedStyle(this).getPropertyValue(`--color-white`)}#e=new AbortController;get title(){return this.context.result?this.titlePostfix?`${this.context.result.name} - ${this.titlePostfix}`:this.context.result.name:``}constructor(){super(),this.context={view:q.mutant,path:[]},this.path=[],this.#u=new Nt,this.#d=new Nt,this.#u.add(this.#d)}firstUpdated(){(this.path.length===0||this.path[0]!==q.mutant&&this.path[0]!==q.test)&&window.location.replace(pi(`${q.mutant}`))}async#t(){if(this.src)try{let e=await fetch(this.src);this.report=await e.json()}catch(e){let t=String(e);this.errorMessage=t}}willUpdate(e){this.report&&(this.theme??=this.#a(),e.has(`report`)&&this.#o(this.report),(e.has(`path`)||e.has(`report`))&&(this.#s(),this.#c())),e.has(`src`)&&this.#t()}#n=new Map;#r=new Map;updated(e){e.has(`theme`)&&this.theme&&this.dispatchEvent(U(`theme-changed`,{theme:this.theme,themeBackgroundColor:this.themeBackgroundColor}))}#i=()=>{this.theme=this.#a()};#a(){return kr()&&localStorage.getItem(`mutation-testing-elements-theme`)||(window.matchMedia?.(`(prefers-color-scheme: dark)`)?.matches?`dark`:`light`)}#o(e){this.rootModel=lt(e),t((e,t)=>{e.result=t,e.mutants.forEach(e=>this.#n.set(e.id,e))})(this.rootModel?.systemUnderTestMetrics),t((e,t)=>{e.result=t,e.tests.forEach(e=>this.#r.set(e.id,e))})(this.rootModel?.testMetrics),this.rootModel.systemUnderTestMetrics.updateParent(),this.rootModel.testMetrics?.updateParent();function t(e){return function t(n){n?.file&&e(n.file,n),n?.childResults.forEach(e=>{t(e)})}}}#s(){if(this.rootModel){let e=(e,t)=>t.reduce((e,t)=>e?.childResults.find(e=>e.name===t),e),t=this.path.slice(1);this.path[0]===q.test&&this.rootModel.testMetrics?this.context={view:q.test,path:t,result:e(this.rootModel.testMetrics,this.path.slice(1))}:this.context={view:q.mutant,path:t,result:e(this.rootModel.systemUnderTestMetrics,this.path.slice(1))}}}#c(){document.title=this.title}themeSwitch=e=>{this.theme=e.detail,kr()&&localStorage.setItem(`mutation-testing-elements-theme`,this.theme)};static styles=[s(xi),ti];connectedCallback(){super.connectedCallback(),window.matchMedia(`(prefers-color-scheme: dark)`).addEventListener?.(`change`,this.#i,{signal:this.#e.signal}),this.#u.add(yi.subscribe(e=>this.path=e)),this.#m()}#l;#u;#d;#f;#p;#m(){if(!this.sse)return;this.#l=new EventSource(this.sse);let e=gr(this.#l,`mutant-tested`).subscribe(e=>{let t=JSON.parse(e.data);if(!this.report)return;let n=this.#n.get(t.id);if(n!==void 0){this.#f=n;for(let[e,n]of Object.entries(t))this.#f[e]=n;t.killedBy&&t.killedBy.forEach(e=>{let t=this.#r.get(e);t!==void 0&&(this.#p=t,t.addKilled(this.#f),this.#f.addKilledBy(t))}),t.coveredBy&&t.coveredBy.forEach(e=>{let t=this.#r.get(e);t!==void 0&&(this.#p=t,t.addCovered(this.#f),this.#f.addCoveredBy(t))})}}),t=gr(this.#l,`mutant-tested`).pipe(Dr(Si)).subscribe(()=>{this.#h()});this.#d.add(e),this.#d.add(t),this.#l.addEventListener(`finished`,()=>{this.#l?.close(),this.#h(),this.#d.unsubscribe()},{signal:this.#e.signal})}#h(){this.#f?.update(),this.#p?.update(),vi.next()}disconnectedCallback(){super.disconnectedCallback(),this.#e.abort(),this.#u.unsubscribe(),this.#l?.close()}#g(){return z(this.context.result,e=>M`<h1 class=\\"mt-4 text-5xl font-bold tracking-tight\\">\\n          ${e.name}${z(this.titlePostfix,e=>M`<small class=\\"text-light-muted ml-4 font-light\\">${e}</small>`)}\\n        </h1>`)}render(){return z(this.context.result??this.errorMessage,()=>M`<mte-file-picker .rootModel=${this.rootModel}></mte-file-picker>\\n          <div class=\\"container space-y-4 bg-white pb-4 font-sans text-gray-800 transition-colors motion-safe:transition-max-width\\">\\n            ${this.#_()}\\n            <mte-theme-switch @theme-switch=${this.themeSwitch} class=\\"sticky top-offset z-20 float-right mb-0 pt-7\\" .theme=${this.theme}>\\n            </mte-theme-switch>\\n            ${this.#g()} ${this.#v()}\\n            <mte-breadcrumb\\n              @mte-file-picker-open=${()=>this.filePicker.open()}\\n              .view=${this.context.view}\\n              .path=${this.context.path}\\n            ></mte-breadcrumb>\\n            <mte-result-status-bar\\n              detected=${Re(this.rootModel?.systemUnderTestMetrics.metrics.totalDetected)}\\n              no-coverage=${Re(this.rootModel?.systemUnderTestMetrics.metrics.noCoverage)}\\n              pending=${Re(this.rootModel?.systemUnderTestMetrics.metrics.pending)}\\n              survived=${Re(this.rootModel?.systemUnderTestMetrics.metrics.survived)}\\n              total=${Re(this.rootModel?.systemUnderTestMetrics.metrics.totalValid)}\\n            ></mte-result-status-bar>\\n            ${z(this.context.view===`mutant`&&this.context.result,()=>M`<mte-mutant-view\\n                  id=\\"mte-mutant-view\\"\\n                  .result=${this.context.result}\\n                  .thresholds=${this.report.thresholds}\\n                  .path=${this.path}\\n                ></mte-mutant-view>`)}\\n            ${z(this.context.view===`test`&&this.context.result,()=>M`<mte-test-view id=\\"mte-test-view\\" .result=${this.context.result} .path=${this.path}></mte-test-view>`)}\\n          </div>`)}#_(){return z(this.errorMessage,e=>M`<div class=\\"my-4 rounded-lg bg-red-100 p-4 text-sm text-red-700\\" role=\\"alert\\">${e}</div>`)}#v(){return z(this.rootModel?.testMetrics,()=>{let e=this.context.view===`mutant`,t=this.context.view===`test`;return M`<nav class=\\"border-b border-gray-200 text-center text-sm font-medium text-gray-600\\">\\n        <ul class=\\"-mb-px flex flex-wrap\\" role=\\"tablist\\">\\n          ${[{type:`mutant`,isActive:e,text:`👽 Mutants`},{type:`test`,isActive:t,text:`🧪 Tests`}].map(({type:e,isActive:t,text:n})=>M`<li class=\\"mr-2\\" role=\\"presentation\\">\\n                <a\\n                  class=\\"inline-block rounded-t-lg border-b-2 border-transparent p-4 transition-colors hover:border-gray-300 hover:bg-gray-200 hover:text-gray-700 aria-selected:border-b-[3px] aria-selected:border-solid aria-selected:border-primary-700 aria-selected:text-primary-on\\"\\n                  role=\\"tab\\"\\n                  href=${pi(e)}\\n                  aria-selected=${t}\\n                  aria-controls=\\"mte-${e}-view\\"\\n                  >${n}</a\\n                >\\n              </li>`)}\\n        </ul>\\n      </nav>`})}};K([L({attribute:!1})],J.prototype,`report`,void 0),K([L({attribute:!1})],J.prototype,`rootModel`,void 0),K([L()],J.prototype,`src`,void 0),K([L()],J.prototype,`sse`,void 0),K([L({attribute:!1})],J.prototype,`errorMessage`,void 0),K([L({attribute:!1})],J.prototype,`context`,void 0),K([L({type:Array})],J.prototype,`path`,void 0),K([L({attribute:`title-postfix`})],J.prototype,`titlePostfix`,void 0),K([L({reflect:!0})],J.prototype,`theme`,void 0),K([L({attribute:!1})],J.prototype,`themeBackgroundColor`,null),K([Le(`mte-file-picker`)],J.prototype,`filePicker`,void 0),K([L()],J.prototype,`title`,null),J=K([I(`mutation-test-report-app`)],J);function*Ci(e,t){if(e!==void 0){let n=0;for(let r of e)yield t(r,n++)}}var wi=(e,t,n)=>{let r=new Map;for(let i=t;i<=n;i++)r.set(e[i],i);return r},Y=Vr(class extends Hr{constructor(e){if(super(e),e.type!==Br.CHILD)throw Error(`repeat() can only be used in text expressions`)}dt(e,t,n){let r;n===void 0?n=t:t!==void 0&&(r=t);let i=[],a=[],o=0;for(let t of e)i[o]=r?r(t,o):o,a[o]=n(t,o),o++;return{values:a,keys:i}}render(e,t,n){return this.dt(e,t,n).values}update(e,[t,n,r]){let i=Rr(e),{values:a,keys:o}=this.dt(t,n,r);if(!Array.isArray(i))return this.ut=o,a;let s=this.ut??=[],c=[],l,u,d=0,f=i.length-1,p=0,m=a.length-1;for(;d<=f&&p<=m;)if(i[d]===null)d++;else if(i[f]===null)f--;else if(s[d]===o[p])c[p]=Fr(i[d],a[p]),d++,p++;else if(s[f]===o[m])c[m]=Fr(i[f],a[m]),f--,m--;else if(s[d]===o[m])c[m]=Fr(i[d],a[m]),Pr(e,c[m+1],i[d]),d++,m--;else if(s[f]===o[p])c[p]=Fr(i[f],a[p]),Pr(e,i[d],i[f]),f--,p++;else if(l===void 0&&(l=wi(o,p,m),u=wi(s,d,f)),l.has(s[d]))if(l.has(s[f])){let t=u.get(o[p]),n=t===void 0?null:i[t];if(n===null){let t=Pr(e,i[d]);Fr(t,a[p]),c[p]=t}else c[p]=Fr(n,a[p]),Pr(e,i[d],n),i[t]=null;p++}else zr(i[f]),f--;else zr(i[d]),d++;for(;p<=m;){let t=Pr(e,c[m+1]);Fr(t,a[p]),c[p++]=t}for(;d<=f;){let e=i[d++];e!==null&&zr(e)}return this.ut=o,Lr(e,c),P}}),X={csharp:`cs`,java:`java`,javascript:`javascript`,html:`html`,php:`php`,scala:`scala`,typescript:`typescript`,vue:`vue`,gherkin:`gherkin`,svelte:`svelte`,rust:`rust`,python:`python`};function Ti(e){return e.slice(e.lastIndexOf(`.`)+1).toLocaleLowerCase()}function Ei(e){switch(Ti(e)){case`cs`:return X.csharp;case`html`:return X.html;case`java`:return X.java;case`js`:case`cjs`:case`mjs`:return X.javascript;case`ts`:case`tsx`:case`cts`:case`mts`:return X.typescript;case`sc`:case`sbt`:case`scala`:return X.scala;case`php`:return X.php;case`vue`:return X.vue;case`feature`:return X.gherkin;case`svelte`:return X.svelte;case`rs`:return X.rust;case`py`:return X.python;default:return}}function Di(e,t){let n=Ei(t)??`plain`,r=n;return n===X.vue&&(r=X.html),(0,$r.highlight)(e,$r.languages[r],r)}function Oi(e,t){let n=[],r=[],i={column:0,line:1,offset:-1},a=[],o=!1,s=0;for(;s<e.length;){switch(o&&!ki(e[s])&&(l(),o=!1),e[s]){case Z.CarriageReturn:i.offset++;break;case Z.NewLine:f(),i.offset++,i.line++,i.column=0,o=!0;break;case Z.LT:{let e=m();e.isClosing?g(e):h(e);break}case Z.Amp:p(b());break;default:p(e[s]);break}s++}return f(),r;function c(...e){n.push(...e)}function l(){a.forEach(e=>c(d(e)))}function u(){a.forEach(e=>c(d({...e,isClosing:!0})))}function d({attributes:e,elementName:t,isClosing:n}){return n?`</${t}>`:`<${t}${Object.entries(e??{}).reduce((e,[t,n])=>n===void 0?`${e} ${t}`:`${e} ${t}=\\"${n}\\"`,``)}>`}function f(){u(),r.push(n.join(``)),n=[]}function p(e){if(i.column++,i.offset++,t)for(let e of t(i))e.isClosing?g(e):(c(d(e)),a.push(e));c(e)}function m(){s++;let t=e[s]===`/`||void 0;t&&s++;let n=s;for(;!ki(e[s])&&e[s]!==Z.GT;)s++;return{elementName:e.substring(n,s),attributes:_(),isClosing:t}}function h(e){a.push(e),c(d(e))}function g(e){let t;for(t=a.length-1;t>=0;t--){let n=a[t];if(e.elementName===n.elementName&&n.id===e.id){c(d(e)),a.splice(t,1);for(let e=t;e<a.length;e++)c(d(a[e]));break}c(d({...n,isClosing:!0}))}if(t===-1)throw Error(`Cannot find corresponding opening tag for ${d(e)}`)}function _(){let t=Object.create(null);for(;s<e.length;){let n=e[s];if(n===Z.GT)return t;if(!ki(n)){let{name:e,value:n}=v();t[e]=n}s++}throw Error(`Missing closing tag near ${e.substring(Math.max(0,s-10))}`)}function v(){let t=s;for(;e[s]!==`=`;)s++;let n=e.substring(t,s);return s++,{name:n,value:y()}}function y(){e[s]===`\\"`&&s++;let t=s;for(;e[s]!==`\\"`;)s++;return e.substring(t,s)}function b(){let t=s;for(;e[s]!==Z.Semicolon;)s++;return e.substring(t,s+1)}}function ki(e){return e===Z.NewLine||e===Z.Space||e===Z.Tab}var Z={CarriageReturn:`\\\\r`,NewLine:`\\n`,Space:` `,Amp:`&`,Semicolon:`;`,LT:`<`,GT:`>`,Tab:`\\t`};function Ai(e,t){let n=0,r=t.length-1;for(;e[n]===t[n]&&n<t.length;)n++;let i=e.length-t.length;for(;e[r+i]===t[r]&&r>n;)r--;r===n&&(ki(t[n-1])||n--),r++;let a=t.substring(n,r);return[`true`,`false`].forEach(e=>{a===e.slice(0,e.length-1)&&e.endsWith(t[r])&&r++,a===e.slice(1)&&e.startsWith(t[n-1])&&n--}),[n,r]}function ji(e,t){return e.line>t.line||e.line===t.line&&e.column>=t.column}var Mi=`#report-code-block{background:var(--prism-background);border:1px solid var(--prism-border);overflow:auto visible}.line-numbers{counter-reset:mte-line-number}.line .line-number{text-align:right;color:var(--mut-line-number);counter-increment:mte-line-number;padding:0 10px 0 15px}.line .line-number:before{content:counter(mte-line-number)}.line-marker:before{content:\\" \\";padding:0 5px}.NoCoverage{--mut-status-color:var(--color-orange-500);--mut-squiggly-line:var(--mut-squiggly-NoCoverage)}.Survived{--mut-status-color:var(--color-red-500);--mut-squiggly-line:var(--mut-squiggly-Survived)}.Pending{--mut-status-color:var(--color-neutral-400)}.Killed{--mut-status-color:var(--color-green-600)}.Timeout{--mut-status-color:var(--color-amber-400)}.CompileError,.RuntimeError,.Ignored{--mut-status-color:var(--color-neutral-400)}svg.mutant-dot{fill:var(--mut-status-color)}.mte-selected-Pending .mutant.Pending,.mte-selected-Killed .mutant.Killed,.mte-selected-Timeout .mutant.Timeout,.mte-selected-CompileError .mutant.CompileError,.mte-selected-RuntimeError .mutant.RuntimeError,.mte-selected-Ignored .mutant.Ignored{-webkit-text-decoration:solid underline var(--mut-status-color) 2px;-webkit-text-decoration:solid underline var(--mut-status-color) 2px;text-decoration:solid underline var(--mut-status-color) 2px;-webkit-text-decoration-skip-ink:none;text-decoration-skip-ink:none;text-underline-offset:3px;cursor:pointer}.mte-selected-Survived .mutant.Survived,.mte-selected-NoCoverage .mutant.NoCoverage{border-bottom-style:solid;border-image-slice:0 0 4;border-image-width:4px;border-image-outset:6px;border-image-repeat:repeat;border-image-source:var(--mut-squiggly-line);cursor:pointer}:is(.mte-selected-Survived .mutant.Survived,.mte-selected-NoCoverage .mutant.NoCoverage) .mutant.Survived,:is(.mte-selected-Survived .mutant.Survived,.mte-selected-NoCoverage .mutant.NoCoverage) .mutant.NoCoverage{border-bottom-style:none;border-image-source:none;text-decoration-line:none}.diff-old{background-color:var(--mut-diff-del-bg)}.diff-focus{background-color:var(--mut-diff-add-bg-line-number)}.diff-old .line-number{background-color:var(--mut-diff-del-bg-line-number);color:var(--mut-diff-del-line-number)}.diff-old .line-marker:before{content:\\"-\\"}.diff-new{background-color:var(--mut-diff-add-bg)}.diff-new .empty-line-number{background-color:var(--mut-diff-add-bg-line-number);color:var(--mut-diff-add-line-number)}.diff-new .line-marker:before{content:\\"+\\"}`,Ni=class extends Hr{constructor(e){if(super(e),this.it=F,e.type!==Br.CHILD)throw Error(this.constructor.directiveName+`() can only be used in child bindings`)}render(e){if(e===F||e==null)return this._t=void 0,this.it=e;if(e===P)return e;if(typeof e!=`string`)throw Error(this.constructor.directiveName+`() called with a non-string value`);if(e===this.it)return this._t;this.it=e;let t=[e];return t.raw=t,this._t={_$litType$:this.constructor.resultType,strings:t,values:[]}}};Ni.directiveName=`unsafeHTML`,Ni.resultType=1;var Pi=Vr(Ni);function Fi(e,t){return e===F&&t===F?F:M`<span class=\\"ml-1 flex flex-row items-center\\">${e}${t}</span>`}function Ii(e,t){return M`<tr class=\\"line\\"\\n    ><td class=\\"line-number\\"></td><td class=\\"line-marker\\"></td><td class=\\"code flex\\"><span>${Pi(e)}</span>${t}</td></tr\\n  >`}var Li=`M 0,5 C 0,-1.66 10,-1.66 10,5 10,7.76 7.76,10 5,10 2.24,10 0,7.76 0,5 Z`,Ri=`M 0,0 C 0,0 10,0 10,0 10,0 5,10 5,10 5,10 0,0 0,0 Z`,zi=`0.4 0 0.2 1`,Bi=(e,t,n)=>N`<path stroke-opacity=\\"${n}\\" class=\\"stroke-gray-800 transition-stroke-opacity\\" d=\\"${t}\\">\\n    <animate values=\\"${e};${t}\\" attributeName=\\"d\\" dur=\\"0.2s\\" begin=\\"indefinite\\" calcMode=\\"spline\\" keySplines=\\"${zi}\\" />\\n  </path>`,Vi=Bi(Li,Ri,1),Hi=Bi(Ri,Li,0);function Ui(e,t,n){(e?.querySelector(`[${t}=\\"${encodeURIComponent(n)}\\"] path animate`))?.beginElement()}var Wi=`diff-old`,Gi=`diff-new`,Ki=class extends bi{static styles=[ni,ti,s(Mi)];#e;constructor(){super(),this.filters=[],this.selectedMutantStates=[],this.lines=[],this.mutants=[],this.#e=new AbortController}connectedCallback(){super.connectedCallback(),window.addEventListener(`keydown`,this.#t,{signal:this.#e.signal})}disconnectedCallback(){this.#e.abort(),super.disconnectedCallback()}#t=e=>{e.key===`Escape`&&this.selectedMutant&&this.#s(this.selectedMutant)};#n=e=>{this.selectedMutantStates=e.detail.concat([`Pending`])};#r=e=>{if(e.stopPropagation(),e.target instanceof Element){let t=e.target,n=[];for(;t instanceof Element;t=t.parentElement){let e=t.getAttribute(`data-mutant-id`),r=this.mutants.find(({id:t})=>t.toString()===e);r&&n.push(r)}let r=(this.selectedMutant?n.indexOf(this.selectedMutant):-1)+1;n[r]?(this.#s(n[r]),Ji()):this.selectedMutant&&(this.#s(this.selectedMutant),Ji())}};render(){let e=Map.groupBy(this.mutants,e=>e.location.start.line),t=this.#o(Array.from(e.entries()).filter(([e])=>e>this.lines.length).flatMap(([,e])=>e));return M`<mte-state-filter\\n        allow-toggle-all\\n        .filters=${this.filters}\\n        @filters-changed=${this.#n}\\n        @next=${this.#i}\\n        @previous=${this.#a}\\n      ></mte-state-filter>\\n      <pre\\n        @click=${this.#r}\\n        id=\\"report-code-block\\"\\n        class=\\"line-numbers ${this.selectedMutantStates.map(e=>`mte-selected-${e}`).join(` `)} flex rounded-md py-4\\"\\n      >\\n        <code class=\\"flex language-${this.model.language}\\">\\n          <table>${Ci(this.lines,(n,r)=>{let i=r+1;return Ii(n,Fi(this.#o(e.get(i)),this.lines.length===i?t:F))})}</table>\\n          </code>\\n          </pre>`}#i=()=>{let e=this.selectedMutant?(this.mutants.indexOf(this.selectedMutant)+1)%this.mutants.length:0;this.mutants[e]&&this.#s(this.mutants[e])};#a=()=>{let e=this.selectedMutant?(this.mutants.indexOf(this.selectedMutant)+this.mutants.length-1)%this.mutants.length:this.mutants.length-1;this.mutants[e]&&this.#s(this.mutants[e])};#o(e){return z(e?.length,()=>Y(e,e=>e.id,e=>N`<svg\\n              data-mutant-id=\\"${e.id}\\"\\n              class=\\"mutant-dot ${this.selectedMutant?.id===e.id?`selected`:``} ${e.status} mx-0.5 cursor-pointer\\"\\n              height=\\"11\\"\\n              width=\\"11\\"\\n            >\\n              <title>${qi(e)}</title>\\n              ${this.selectedMutant?.id===e.id?Vi:Hi}\\n            </svg>`),()=>F)}#s(e){if(this.#c(),this.#f(e),this.selectedMutant===e){this.selectedMutant=void 0,this.dispatchEvent(U(`mutant-selected`,{selected:!1,mutant:e}));return}else this.selectedMutant&&this.#f(this.selectedMutant);this.selectedMutant=e;let t=this.code.querySelectorAll(`tr.line`);for(let n=e.location.start.line-1;n<e.location.end.line;n++)t.item(n).classList.add(Wi);let n=this.#d(e),r=t.item(e.location.end.line-1);r.insertAdjacentHTML(`afterend`,n),gi(r),this.dispatchEvent(U(`mutant-selected`,{selected:!0,mutant:e}))}#c(){let e=this.code;e.querySelectorAll(`.${Wi}`).forEach(e=>e.classList.remove(Wi)),e.querySelectorAll(`.${Gi}`).forEach(e=>e.remove())}reactivate(){super.reactivate(),this.#l()}update(e){e.has(`model`)&&this.model&&this.#l(),(e.has(`model`)&&this.model||e.has(`selectedMutantStates`))&&(this.mutants=this.model.mutants.filter(e=>this.selectedMutantStates.includes(e.status)).sort((e,t)=>ji(e.location.start,t.location.start)?1:-1),this.selectedMutant&&!this.mutants.includes(this.selectedMutant)&&e.has(`selectedMutantStates`)&&this.#u(e.get(`selectedMutantStates`)??[])&&this.#s(this.selectedMutant)),super.update(e)}#l(){this.filters=[`Killed`,`Survived`,`NoCoverage`,`Ignored`,`Timeout`,`CompileError`,`RuntimeError`].filter(e=>this.model.mutants.some(t=>t.status===e)).map(e=>({enabled:[...this.selectedMutantStates,`Survived`,`NoCoverage`,`Timeout`].includes(e),count:this.model.mutants.filter(t=>t.status===e).length,status:e,label:M`${di(e)} ${e}`,context:ci(e)}));let e=Di(this.model.source,this.model.name),t=new Set,n=new Set(this.model.mutants);this.lines=Oi(e,function*(e){for(let n of t)ji(e,n.location.end)&&(t.delete(n),yield{elementName:`span`,id:n.id,isClosing:!0});for(let r of n)ji(e,r.location.start)&&(t.add(r),n.delete(r),yield{elementName:`span`,id:r.id,attributes:{class:fi(`mutant border-none ${r.status}`),title:fi(qi(r)),\\"data-mutant-id\\":fi(r.id.toString())}})})}#u(e){return e.length!==this.selectedMutantStates.length||!e.every((e,t)=>this.selectedMutantStates[t]===e)}#d(e){let t=e.getMutatedLines().trimEnd(),[n,r]=Ai(e.getOriginalLines().trimEnd(),t),i=Oi(Di(t,this.model.name),function*({offset:e}){e===n?yield{elementName:`span`,id:`diff-focus`,attributes:{class:`diff-focus`}}:e===r&&(yield{elementName:`span`,id:`diff-focus`,isClosing:!0})}),a=`<tr class=\\"${Gi}\\"><td class=\\"empty-line-number\\"></td><td class=\\"line-marker\\"></td><td class=\\"code\\">`;return i.map(e=>`${a}${e}</td></tr>`).join(``)}#f(e){Ui(this.code,`data-mutant-id`,e.id)}};K([R()],Ki.prototype,`filters`,void 0),K([L({attribute:!1})],Ki.prototype,`model`,void 0),K([R()],Ki.prototype,`selectedMutantStates`,void 0),K([R()],Ki.prototype,`selectedMutant`,void 0),K([R()],Ki.prototype,`lines`,void 0),K([R()],Ki.prototype,`mutants`,void 0),K([Le(`code`)],Ki.prototype,`code`,void 0),Ki=K([I(`mte-file`)],Ki);function qi(e){return`${e.mutatorName} ${e.status}`}function Ji(){window.getSelection()?.removeAllRanges()}var Yi=(e,t,n)=>{if(!e)return n?.all?sa(t,n):ka;var r=oa(e),i=r.bitflags,a=r.containsSpace,o=ra(n?.threshold||0),s=n?.limit||Oa,c=0,l=0,u=t.length;function d(e){c<s?(ja.add(e),++c):(++l,e._score>ja.peek()._score&&ja.replaceTop(e))}if(n?.key)for(var f=n.key,p=0;p<u;++p){var m=t[p],h=Ea(m,f);if(h&&(Da(h)||(h=aa(h)),(i&h._bitflags)===i)){var g=la(r,h);g!==$&&(g._score<o||(g.obj=m,d(g)))}}else if(n?.keys){var _=n.keys,v=_.length;outer:for(var p=0;p<u;++p){for(var m=t[p],y=0,b=0;b<v;++b){var f=_[b],h=Ea(m,f);if(!h){Ca[b]=Aa;continue}Da(h)||(h=aa(h)),Ca[b]=h,y|=h._bitflags}if((i&y)===i){if(a)for(let e=0;e<r.spaceSearches.length;e++)xa[e]=Q;for(var b=0;b<v;++b){if(h=Ca[b],h===Aa){wa[b]=Aa;continue}if(wa[b]=la(r,h,!1,a),wa[b]===$){wa[b]=Aa;continue}if(a)for(let e=0;e<r.spaceSearches.length;e++){if(Sa[e]>-1e3&&xa[e]>Q){var x=(xa[e]+Sa[e])/4;x>xa[e]&&(xa[e]=x)}Sa[e]>xa[e]&&(xa[e]=Sa[e])}}if(a){for(let e=0;e<r.spaceSearches.length;e++)if(xa[e]===Q)continue outer}else{var S=!1;for(let e=0;e<v;e++)if(wa[e]._score!==Q){S=!0;break}if(!S)continue}var C=new ea(v);for(let e=0;e<v;e++)C[e]=wa[e];if(a){var w=0;for(let e=0;e<r.spaceSearches.length;e++)w+=xa[e]}else{var w=Q;for(let e=0;e<v;e++){var g=C[e];if(g._score>-1e3&&w>Q){var x=(w+g._score)/4;x>w&&(w=x)}g._score>w&&(w=g._score)}}if(C.obj=m,C._score=w,n?.scoreFn){if(w=n.scoreFn(C),!w)continue;w=ra(w),C._score=w}w<o||d(C)}}}else for(var p=0;p<u;++p){var h=t[p];if(h&&(Da(h)||(h=aa(h)),(i&h._bitflags)===i)){var g=la(r,h);g!==$&&(g._score<o||d(g))}}if(c===0)return ka;for(var T=Array(c),p=c-1;p>=0;--p)T[p]=ja.poll();return T.total=c+l,T},Xi=(e,t=`<b>`,n=`</b>`)=>{for(var r=typeof t==`function`?t:void 0,i=e.target,a=i.length,o=e.indexes,s=``,c=0,l=0,u=!1,d=[],f=0;f<a;++f){var p=i[f];if(o[l]===f){if(++l,u||(u=!0,r?(d.push(s),s=``):s+=t),l===o.length){r?(s+=p,d.push(r(s,c++)),s=``,d.push(i.substr(f+1))):s+=p+n+i.substr(f+1);break}}else u&&(u=!1,r?(d.push(r(s,c++)),s=``):s+=n);s+=p}return r?d:s},Zi=e=>{typeof e==`number`?e=``+e:typeof e!=`string`&&(e=``);var t=pa(e);return ta(e,{_targetLower:t._lower,_targetLowerCodes:t.lowerCodes,_bitflags:t.bitflags})},Qi=()=>{ga.clear(),_a.clear()},$i=class{get indexes(){return this._indexes.slice(0,this._indexes.len).sort((e,t)=>e-t)}set indexes(e){return this._indexes=e}highlight(e,t){return Xi(this,e,t)}get score(){return na(this._score)}set score(e){this._score=ra(e)}},ea=class extends Array{get score(){return na(this._score)}set score(e){this._score=ra(e)}},ta=(e,t)=>{let n=new $i;return n.target=e,n.obj=t.obj??$,n._score=t._score??Q,n._indexes=t._indexes??[],n._targetLower=t._targetLower??``,n._targetLowerCodes=t._targetLowerCodes??$,n._nextBeginningIndexes=t._nextBeginningIndexes??$,n._bitflags=t._bitflags??0,n},na=e=>e===Q?0:e>1?e:Math.E**(((-e+1)**.04307-1)*-2),ra=e=>e===0?Q:e>1?e:1-(Math.log(e)/-2+1)**(1/.04307),ia=e=>{typeof e==`number`?e=``+e:typeof e!=`string`&&(e=``),e=e.trim();var t=pa(e),n=[];if(t.containsSpace){var r=e.split(/\\\\s+/);r=[...new Set(r)];for(var i=0;i<r.length;i++)if(r[i]!==``){var a=pa(r[i]);n.push({lowerCodes:a.lowerCodes,_lower:r[i].toLowerCase(),containsSpace:!1})}}return{lowerCodes:t.lowerCodes,_lower:t._lower,containsSpace:t.containsSpace,bitflags:t.bitflags,spaceSearches:n}},aa=e=>{if(e.length>999)return Zi(e);var t=ga.get(e);return t===void 0?(t=Zi(e),ga.set(e,t),t):t},oa=e=>{if(e.length>999)return ia(e);var t=_a.get(e);return t===void 0?(t=ia(e),_a.set(e,t),t):t},sa=(e,t)=>{var n=[];n.total=e.length;var r=t?.limit||Oa;if(t?.key)for(var i=0;i<e.length;i++){var a=e[i],o=Ea(a,t.key);if(o!=$){Da(o)||(o=aa(o));var s=ta(o.target,{_score:o._score,obj:a});if(n.push(s),n.length>=r)return n}}else if(t?.keys)for(var i=0;i<e.length;i++){for(var a=e[i],c=new ea(t.keys.length),l=t.keys.length-1;l>=0;--l){var o=Ea(a,t.keys[l]);if(!o){c[l]=Aa;continue}Da(o)||(o=aa(o)),o._score=Q,o._indexes.len=0,c[l]=o}if(c.obj=a,c._score=Q,n.push(c),n.length>=r)return n}else for(var i=0;i<e.length;i++){var o=e[i];if(o!=$&&(Da(o)||(o=aa(o)),o._score=Q,o._indexes.len=0,n.push(o),n.length>=r))return n}return n},ca=(e,t,n,r,i,a,o)=>{for(var s=0,c=0,l=1;l<e;++l)n[l]-n[l-1]!==1&&(s-=n[l],++c);var u=n[e-1]-n[0]-(e-1);if(s-=(12+u)*c,n[0]!==0&&(s-=n[0]*n[0]*.2),!r)s*=1e3;else{for(var d=1,l=i[0];l<t;l=i[l])++d;d>24&&(s*=(d-24)*10)}return s-=(t-e)/2,a&&(s/=1+e*e*1),o&&(s/=1+e*e*1),s-=(t-e)/2,s},la=(e,t,n=!1,r=!1)=>{if(n===!1&&e.containsSpace)return da(e,t,r);for(var i=e._lower,a=e.lowerCodes,o=a[0],s=t._targetLowerCodes,c=a.length,l=s.length,u=0,d=0,f=0;;){var p=o===s[d];if(p){if(va[f++]=d,++u,u===c)break;o=a[u]}if(++d,d>=l)return $}var u=0,m=!1,h=0,g=t._nextBeginningIndexes;g===$&&(g=t._nextBeginningIndexes=ha(t.target)),d=va[0]===0?0:g[va[0]-1];var _=0;if(d!==l)for(;;)if(d>=l){if(u<=0||(++_,_>200))break;--u;var v=ya[--h];d=g[v]}else{var p=a[u]===s[d];if(p){if(ya[h++]=d,++u,u===c){m=!0;break}++d}else d=g[d]}var y=c<=1?-1:t._targetLower.indexOf(i,va[0]),b=!!~y,x=b?y===0||t._nextBeginningIndexes[y-1]===y:!1;if(b&&!x){for(var S=0;S<g.length;S=g[S])if(!(S<=y)){for(var C=0;C<c&&a[C]===t._targetLowerCodes[S+C];C++);if(C===c){y=S,x=!0;break}}}if(!m){if(b)for(var S=0;S<c;++S)va[S]=y+S;var w=va,T=ca(c,l,w,m,g,b,x)}else if(x){for(var S=0;S<c;++S)va[S]=y+S;var w=va,T=ca(c,l,va,m,g,b,x)}else var w=ya,T=ca(c,l,ya,m,g,b,x);t._score=T;for(var S=0;S<c;++S)t._indexes[S]=w[S];t._indexes.len=c;let E=new $i;return E.target=t.target,E._score=t._score,E._indexes=t._indexes,E},ua=(e,t)=>{for(let n=t-1;n>=0;n--)e._nextBeginningIndexes[ba[n*2+0]]=ba[n*2+1]},da=(e,t,n)=>{var r=Ta;r.clear();for(var i=0,a=$,o=0,s=e.spaceSearches,c=s.length,l=0,u=!1,d=0;d<c;++d){Sa[d]=Q;var f=s[d];if(a=la(f,t),n){if(a===$)continue;u=!0}else if(a===$)return ua(t,l),$;if(d!==c-1){var p=a._indexes,m=!0;for(let e=0;e<p.len-1;e++)if(p[e+1]-p[e]!==1){m=!1;break}if(m){var h=p[p.len-1]+1,g=t._nextBeginningIndexes[h-1];for(let e=h-1;e>=0&&g===t._nextBeginningIndexes[e];e--)t._nextBeginningIndexes[e]=h,ba[l*2+0]=e,ba[l*2+1]=g,l++}}i+=a._score/c,Sa[d]=a._score/c,a._indexes[0]<o&&(i-=(o-a._indexes[0])*2),o=a._indexes[0];for(var _=0;_<a._indexes.len;++_)r.add(a._indexes[_])}if(n&&!u)return $;ua(t,l);var v=la(e,t,!0);if(v!==$&&v._score>i){if(n)for(var d=0;d<c;++d)Sa[d]=v._score/c;return v}n&&(a=t),a._score=i;var d=0;for(let e of r)a._indexes[d++]=e;return a._indexes.len=d,a},fa=e=>e.replace(/\\\\p{Script=Latin}+/gu,e=>e.normalize(`NFD`)).replace(/[\\\\u0300-\\\\u036f]/g,``),pa=e=>{e=fa(e);for(var t=e.length,n=e.toLowerCase(),r=[],i=0,a=!1,o=0;o<t;++o){var s=r[o]=n.charCodeAt(o);if(s===32){a=!0;continue}var c=s>=97&&s<=122?s-97:s>=48&&s<=57?26:s<=127?30:31;i|=1<<c}return{lowerCodes:r,bitflags:i,containsSpace:a,_lower:n}},ma=e=>{for(var t=e.length,n=[],r=0,i=!1,a=!1,o=0;o<t;++o){var s=e.charCodeAt(o),c=s>=65&&s<=90,l=c||s>=97&&s<=122||s>=48&&s<=57,u=c&&!i||!a||!l;i=c,a=l,u&&(n[r++]=o)}return n},ha=e=>{e=fa(e);for(var t=e.length,n=ma(e),r=[],i=n[0],a=0,o=0;o<t;++o)i>o?r[o]=i:(i=n[++a],r[o]=i===void 0?t:i);return r},ga=new Map,_a=new Map,va=[],ya=[],ba=[],xa=[],Sa=[],Ca=[],wa=[],Ta=new Set,Ea=(e,t)=>{var n=e[t];if(n!==void 0)return n;if(typeof t==`function`)return t(e);var r=t;Array.isArray(t)||(r=t.split(`.`));for(var i=r.length,a=-1;e&&++a<i;)e=e[r[a]];return e},Da=e=>typeof e==`object`&&typeof e._bitflags==`number`,Oa=1/0,Q=-1/0,ka=[];ka.total=0;var $=null,Aa=Zi(``),ja=(e=>{var t=[],n=0,r={},i=e=>{for(var r=0,i=t[r],a=1;a<n;){var o=a+1;r=a,o<n&&t[o]._score<t[a]._score&&(r=o),t[r-1>>1]=t[r],a=1+(r<<1)}for(var s=r-1>>1;r>0&&i._score<t[s]._score;s=(r=s)-1>>1)t[r]=t[s];t[r]=i};return r.add=(e=>{var r=n;t[n++]=e;for(var i=r-1>>1;r>0&&e._score<t[i]._score;i=(r=i)-1>>1)t[r]=t[i];t[r]=e}),r.poll=(e=>{if(n!==0){var r=t[0];return t[0]=t[--n],i(),r}}),r.peek=(e=>{if(n!==0)return t[0]}),r.replaceTop=(e=>{t[0]=e,i()}),r})(),Ma=N`<svg xmlns=\\"http://www.w3.org/2000/svg\\" width=\\"16\\" height=\\"16\\" aria-label=\\"directory\\" class=\\"octicon octicon-file-directory\\"><path d=\\"M1.75 1A1.75 1.75 0 0 0 0 2.75v10.5C0 14.216.784 15 1.75 15h12.5A1.75 1.75 0 0 0 16 13.25v-8.5A1.75 1.75 0 0 0 14.25 3H7.5a.25.25 0 0 1-.2-.1l-.9-1.2C6.07 1.26 5.55 1 5 1z\\"/></svg>`,Na=N`<svg xmlns=\\"http://www.w3.org/2000/svg\\" width=\\"16\\" height=\\"16\\" aria-label=\\"file\\" class=\\"octicon octicon-file\\"><path d=\\"M2 1.75C2 .784 2.784 0 3.75 0h6.586c.464 0 .909.184 1.237.513l2.914 2.914c.329.328.513.773.513 1.237v9.586A1.75 1.75 0 0 1 13.25 16h-9.5A1.75 1.75 0 0 1 2 14.25Zm1.75-.25a.25.25 0 0 0-.25.25v12.5c0 .138.112.25.25.25h9.5a.25.25 0 0 0 .25-.25V6h-2.75A1.75 1.75 0 0 1 9 4.25V1.5Zm6.75.062V4.25c0 .138.112.25.25.25h2.688l-.011-.013-2.914-2.914z\\"/></svg>`,Pa=N`<svg xmlns=\\"http://www.w3.org/2000/svg\\" width=\\"24\\" height=\\"24\\" fill=\\"currentColor\\"><path d=\\"M10.25 2a8.25 8.25 0 0 1 6.34 13.53l5.69 5.69a.749.749 0 0 1-.326 1.275.75.75 0 0 1-.734-.215l-5.69-5.69A8.25 8.25 0 1 1 10.25 2M3.5 10.25a6.75 6.75 0 1 0 13.5 0 6.75 6.75 0 0 0-13.5 0\\"/></svg>`,Fa=N`<svg xmlns=\\"http://www.w3.org/2000/svg\\" width=\\"16\\" height=\\"16\\" fill=\\"currentColor\\"><path d=\\"M4 1.75C4 .784 4.784 0 5.75 0h5.586c.464 0 .909.184 1.237.513l2.914 2.914c.329.328.513.773.513 1.237v8.586A1.75 1.75 0 0 1 14.25 15h-9a.75.75 0 0 1 0-1.5h9a.25.25 0 0 0 .25-.25V6h-2.75A1.75 1.75 0 0 1 10 4.25V1.5H5.75a.25.25 0 0 0-.25.25v2.5a.75.75 0 0 1-1.5 0Zm1.72 4.97a.75.75 0 0 1 1.06 0l2 2a.75.75 0 0 1 0 1.06l-2 2a.749.749 0 0 1-1.275-.326.75.75 0 0 1 .215-.734l1.47-1.47-1.47-1.47a.75.75 0 0 1 0-1.06M3.28 7.78 1.81 9.25l1.47 1.47a.75.75 0 0 1-.018 1.042.75.75 0 0 1-1.042.018l-2-2a.75.75 0 0 1 0-1.06l2-2a.75.75 0 0 1 1.042.018.75.75 0 0 1 .018 1.042m8.22-6.218V4.25c0 .138.112.25.25.25h2.688l-.011-.013-2.914-2.914z\\"/></svg>`,Ia=N`<svg xmlns=\\"http://www.w3.org/2000/svg\\" width=\\"16\\" height=\\"16\\" fill=\\"currentColor\\"><path d=\\"M10.336 0c.464 0 .91.184 1.237.513l2.914 2.914c.33.328.513.773.513 1.237v3.587c0 .199-.079.39-.22.53a.747.747 0 0 1-1.06 0 .75.75 0 0 1-.22-.53V6h-2.75c-.464 0-.909-.184-1.237-.513A1.75 1.75 0 0 1 9 4.25V1.5H3.75a.25.25 0 0 0-.25.25v12.5c0 .138.112.25.25.25H7c.199 0 .39.079.53.22a.747.747 0 0 1 0 1.06A.75.75 0 0 1 7 16H3.75c-.464 0-.909-.184-1.237-.513A1.75 1.75 0 0 1 2 14.25V1.75C2 .784 2.784 0 3.75 0Zm.164 4.25c0 .138.112.25.25.25h2.688l-.011-.013-2.914-2.914-.013-.011Z\\"/><path d=\\"M15.259 10a.75.75 0 0 1 .686.472.75.75 0 0 1-.171.815l-4.557 4.45a.75.75 0 0 1-1.055-.01L8.22 13.778a.754.754 0 0 1 .04-1.02.75.75 0 0 1 1.02-.038l1.42 1.425 4.025-3.932a.75.75 0 0 1 .534-.213\\"/></svg>`,La=e=>N`<svg xmlns=\\"http://www.w3.org/2000/svg\\" fill=\\"#fff\\" aria-hidden=\\"true\\" class=\\"${e} h-4 w-4\\" viewBox=\\"0 0 16 16\\"><path d=\\"M8.22 2.97a.75.75 0 0 1 1.06 0l4.25 4.25a.75.75 0 0 1 0 1.06l-4.25 4.25a.75.75 0 0 1-1.042-.018.75.75 0 0 1-.018-1.042l2.97-2.97H3.75a.75.75 0 0 1 0-1.5h7.44L8.22 4.03a.75.75 0 0 1 0-1.06\\"/></svg>`,Ra=La(`rotate-180`),za=La(),Ba=150,Va=class extends W{#e=new AbortController;#t=[];#n=``;get isOpen(){return this.dialog.open}constructor(){super(),this.fileIndex=0,this.filteredFiles=[]}connectedCallback(){super.connectedCallback(),this.#n=document.body.style.overflow,window.addEventListener(`keydown`,this.#o,{signal:this.#e.signal})}disconnectedCallback(){super.disconnectedCallback(),Qi(),this.#e.abort()}willUpdate(e){e.has(`rootModel`)&&(this.#a(),this.#m(``))}updated(e){(e.has(`fileIndex`)||e.has(`filteredFiles`))&&this.#s()}open=()=>{this.dialog.showModal()};close=()=>{this.dialog.close()};render(){return M`<dialog\\n      @click=${this.close}\\n      @toggle=${this.#f}\\n      aria-labelledby=\\"file-picker-label\\"\\n      class=\\"mx-auto my-4 max-w-160 bg-transparent backdrop:bg-gray-950/50 backdrop:backdrop-blur-lg md:w-1/2\\"\\n    >\\n      <div @click=${e=>e.stopPropagation()} class=\\"flex h-fit max-h-132 flex-col rounded-lg bg-gray-200/60 p-4 backdrop-blur-lg\\">\\n        <div class=\\"mb-3 flex items-center rounded-sm bg-gray-200/60 p-2 text-gray-800 shadow-lg\\">\\n          <div class=\\"mx-2 flex items-center\\">${Pa}</div>\\n          <label id=\\"file-picker-label\\" for=\\"file-picker-input\\" class=\\"sr-only\\">Search for a file</label>\\n          <input\\n            autocomplete=\\"off\\"\\n            id=\\"file-picker-input\\"\\n            @input=${this.#p}\\n            type=\\"search\\"\\n            style=\\"box-shadow: none\\"\\n            class=\\"mr-2 w-full border-0 border-transparent bg-transparent focus:shadow-none\\"\\n            placeholder=\\"Search for a file (Ctrl-K)\\"\\n            aria-controls=\\"files\\"\\n          />\\n        </div>\\n        ${this.#r()}\\n      </div>\\n    </dialog>`}#r(){return M`<ul id=\\"files\\" tabindex=\\"-1\\" class=\\"flex snap-y flex-col gap-2 overflow-auto\\" role=\\"listbox\\" aria-labelledby=\\"file-picker-label\\">\\n      ${this.filteredFiles.length===0?M`<li class=\\"text-gray-800\\">No files found</li>`:Y(this.filteredFiles,e=>e.name,({name:e,file:t,template:n},r)=>{let i=this.#h(t);return M`<li\\n                  class=\\"group snap-start rounded-sm bg-gray-200 text-gray-900 transition-shadow aria-selected:bg-primary-500 aria-selected:text-gray-50 aria-selected:shadow-lg\\"\\n                  role=\\"option\\"\\n                  aria-selected=${r===this.fileIndex}\\n                >\\n                  <a\\n                    tabindex=${r===this.fileIndex?0:-1}\\n                    @click=${this.close}\\n                    class=\\"flex h-full flex-wrap items-center p-2 outline-hidden\\"\\n                    @mousemove=${()=>this.fileIndex=r}\\n                    href=${pi(i,e)}\\n                  >\\n                    <span class=\\"inline-flex\\" title=\\"File with ${i}s\\">${this.#i(i)}</span>\\n                    <span class=\\"ms-1\\">${t.result?.name}</span>\\n                    <span class=\\"mx-2\\">•</span>\\n                    <span class=\\"text-gray-400 group-aria-selected:text-gray-200\\">${n??e}</span>\\n                  </a>\\n                </li>`})}\\n      ${z(this.moreFilesMessage,e=>M`<li class=\\"p-2 text-sm text-gray-800\\" role=\\"presentation\\">${e}</li>`)}\\n    </ul>`}#i(e){return e===q.mutant?Fa:Ia}#a(){if(!this.rootModel)return;this.#t=[];let e=(t,n=null,r)=>{if(t){if(t.file&&t.name!==r){let e=n?`${n}/${t.name}`:t.name;this.#t.push({name:e,file:t.file,prepared:Zi(e)})}t.childResults.forEach(i=>{n!==r&&n&&t.name?e(i,`${n}/${t.name}`,r):(n===r||!n)&&t.name!==r?e(i,t.name,r):e(i,null,r)})}};e(this.rootModel.systemUnderTestMetrics,null,`All files`),e(this.rootModel.testMetrics,null,`All tests`)}#o=e=>{((e.ctrlKey||e.metaKey)&&e.key===`k`||!this.isOpen&&e.key===`/`)&&this.#d(e),this.isOpen&&(e.key===`ArrowUp`?this.#l():e.key===`ArrowDown`&&this.#c(),e.key===`Enter`&&this.#u())};#s(){this.activeLink?.scrollIntoView({block:`nearest`})}#c(){if(this.fileIndex===this.filteredFiles.length-1){this.fileIndex=0;return}this.fileIndex=Math.min(this.filteredFiles.length-1,this.fileIndex+1)}#l(){if(this.fileIndex===0){this.fileIndex=this.filteredFiles.length-1;return}this.fileIndex=Math.max(0,this.fileIndex-1)}#u(){if(this.filteredFiles.length===0)return;let e=this.filteredFiles[this.fileIndex];window.location.href=pi(this.#h(e.file),e.name),this.close()}#d=(e=null)=>{e?.preventDefault(),e?.stopPropagation(),this.isOpen?this.close():this.open()};#f=e=>{e.newState===`closed`?(this.#m(``),this.filePickerInput.value=``,document.body.style.overflow=this.#n):e.newState===`open`?document.body.style.overflow=`hidden`:console.warn(`Unknown toggle state in file-picker:`,e.newState)};#p=e=>{this.isOpen&&this.#m(e.target.value)};#m(e){if(!e)this.#t.length>Ba?(this.filteredFiles=this.#t.slice(0,Ba),this.moreFilesMessage=`…and ${this.#t.length-Ba} more files — type to search`):(this.filteredFiles=this.#t,this.moreFilesMessage=void 0);else{let t=Yi(e,this.#t,{key:`prepared`,threshold:.3,limit:151});this.moreFilesMessage=t.length>Ba?`More matches available — refine your search`:void 0,this.filteredFiles=t.slice(0,Ba).map(e=>({file:e.obj.file,name:e.obj.name,template:e.highlight(e=>M`<mark class=\\"bg-inherit text-primary-500 group-aria-selected:text-primary-50 group-aria-selected:underline\\">${e}</mark>`)}))}this.fileIndex=0}#h(e){return e instanceof at?q.test:q.mutant}};K([L({attribute:!1})],Va.prototype,`rootModel`,void 0),K([R()],Va.prototype,`filteredFiles`,void 0),K([R()],Va.prototype,`fileIndex`,void 0),K([R()],Va.prototype,`moreFilesMessage`,void 0),K([Le(`dialog`,!0)],Va.prototype,`dialog`,void 0),K([Le(`#file-picker-input`,!0)],Va.prototype,`filePickerInput`,void 0),K([Le(`[aria-selected=\\"true\\"] a`)],Va.prototype,`activeLink`,void 0),Va=K([I(`mte-file-picker`)],Va);var Ha=class extends W{get rootName(){switch(this.view){case q.mutant:return`All files`;case q.test:return`All tests`}}render(){return M`<nav class=\\"my-4 flex rounded-md bg-primary-100 p-3 text-gray-700\\" aria-label=\\"Breadcrumb\\">\\n      <ol class=\\"inline-flex items-center\\">\\n        ${this.path&&this.path.length>0?this.#n(this.rootName,[]):this.#t(this.rootName)}\\n        ${this.#e()}\\n      </ol>\\n      ${this.#r()}\\n    </nav>`}#e(){if(this.path){let e=this.path;return Y(e,e=>e,(t,n)=>n===e.length-1?this.#t(t):this.#n(t,e.slice(0,n+1)))}}#t(e){return M`<li aria-current=\\"page\\">\\n      <span class=\\"ml-1 text-sm font-medium text-gray-800 md:ml-2\\">${e}</span>\\n    </li>`}#n(e,t){return M`<li class=\\"after:text-gray-800 after:content-[\'/\'] md:after:pl-1\\">\\n      <a\\n        href=${pi(this.view,...t)}\\n        class=\\"ml-1 text-sm font-medium text-primary-800 underline hover:text-gray-900 hover:underline md:ml-2\\"\\n        >${e}</a\\n      >\\n    </li>`}#r(){return M`<button @click=${()=>this.#i()} class=\\"ml-auto cursor-pointer\\" title=\\"Open file picker (Ctrl-K)\\"\\n      >${Pa}</button\\n    >`}#i(){this.blur(),this.renderRoot.querySelector(`button`)?.blur(),this.dispatchEvent(U(`mte-file-picker-open`,void 0))}};K([L({type:Array,attribute:!1})],Ha.prototype,`path`,void 0),K([L()],Ha.prototype,`view`,void 0),Ha=K([I(`mte-breadcrumb`)],Ha);var Ua=class extends bi{updated(e){e.has(`filters`)&&this.#t()}#e(e,t){e.enabled=t,this.#t()}#t(){this.dispatchEvent(U(`filters-changed`,this.filters.filter(({enabled:e})=>e).map(({status:e})=>e)))}#n=e=>{e.stopPropagation(),this.dispatchEvent(U(`next`,void 0,{bubbles:!0,composed:!0}))};#r=e=>{e.stopPropagation(),this.dispatchEvent(U(`previous`,void 0,{bubbles:!0,composed:!0}))};render(){return M`<div class=\\"sticky top-offset z-10 mb-1 flex flex-row gap-5 bg-white py-6 pt-7\\">\\n      <div class=\\"flex items-center gap-2\\">\\n        ${this.#i(this.#r,Ra,`Previous`,`Select previous mutant`)}\\n        ${this.#i(this.#n,za,`Next`,`Select next mutant`)}\\n      </div>\\n\\n      ${Y(this.filters??[],e=>e.status,e=>M`<div class=\\"flex items-center gap-2 last:mr-12\\" data-status=${e.status.toString()}>\\n            <input\\n              ?checked=${e.enabled}\\n              id=\\"filter-${e.status}\\"\\n              aria-describedby=\\"status-description\\"\\n              type=\\"checkbox\\"\\n              .value=${e.status.toString()}\\n              @input=${t=>this.#e(e,t.target.checked)}\\n              class=\\"h-5 w-5 shrink-0 rounded-sm bg-gray-100 ring-offset-gray-200! transition-colors checked:bg-primary-600 focus:ring-2 focus:ring-primary-500 focus:outline-hidden\\"\\n            />\\n\\n            <label\\n              for=\\"filter-${e.status}\\"\\n              class=\\"${this.#a(e.context)} rounded-md px-2.5 py-0.5 text-sm font-medium hover:cursor-pointer\\"\\n            >\\n              ${e.label} (${e.count})\\n            </label>\\n          </div>`)}\\n    </div>`}#i(e,t,n,r){return M`<button\\n      title=${n}\\n      @click=${e}\\n      type=\\"button\\"\\n      class=\\"inline-flex items-center rounded-sm bg-primary-600 p-1 text-center text-white hover:bg-primary-700 focus:ring-2 focus:ring-primary-500 focus:outline-hidden\\"\\n      >${t}\\n      <span class=\\"sr-only\\">${r}</span>\\n    </button>`}#a(e){switch(e){case`success`:return`bg-green-100 text-green-800`;case`warning`:return`bg-yellow-100 text-yellow-800`;case`danger`:return`bg-red-100 text-red-800`;case`caution`:return`bg-orange-100 text-orange-800`;default:return`bg-gray-100 text-gray-800`}}};K([L({type:Array})],Ua.prototype,`filters`,void 0),Ua=K([I(`mte-state-filter`)],Ua);var Wa=`:host{--theme-d:1.5em;--theme-s:1.2em;--theme-p:.15em;--theme-g:.06em;--theme-width:2.9em;--poly:polygon(44.1337% 12.9617%, 50% 0%, 55.8663% 12.9617%, 59.7057% 13.7778%, 63.4388% 14.9907%, 67.0246% 16.5873%, 79.3893% 9.54915%, 76.5165% 23.4835%, 79.143% 26.4005%, 81.4502% 29.576%, 83.4127% 32.9754%, 97.5528% 34.5492%, 87.0383% 44.1337%, 87.4486% 48.0374%, 87.4486% 51.9626%, 87.0383% 55.8663%, 97.5528% 65.4508%, 83.4127% 67.0246%, 81.4502% 70.424%, 79.143% 73.5995%, 76.5165% 76.5165%, 79.3893% 90.4508%, 67.0246% 83.4127%, 63.4388% 85.0093%, 59.7057% 86.2222%, 55.8663% 87.0383%, 50% 100%, 44.1337% 87.0383%, 40.2943% 86.2222%, 36.5612% 85.0093%, 32.9754% 83.4127%, 20.6107% 90.4508%, 23.4835% 76.5165%, 20.857% 73.5995%, 18.5499% 70.424%, 16.5873% 67.0246%, 2.44717% 65.4508%, 12.9617% 55.8663%, 12.5514% 51.9626%, 12.5514% 48.0374%, 12.9617% 44.1337%, 2.44717% 34.5492%, 16.5873% 32.9754%, 18.5499% 29.576%, 20.857% 26.4005%, 23.4835% 23.4835%, 20.6107% 9.54915%, 32.9754% 16.5873%, 36.5612% 14.9907%, 40.2943% 13.7778%)}#darkTheme{position:absolute;right:100vw}#darkTheme+label{--i:0;--j:calc(1 - var(--i));grid-gap:var(--theme-p) var(--theme-g);padding:var(--theme-p);height:var(--theme-d);border-radius:calc(.5 * var(--theme-s) + var(--theme-p));background:hsl(199, 98%, calc(var(--j) * 48%));color:#0000;-webkit-user-select:none;user-select:none;cursor:pointer;transition:all .3s;display:grid;overflow:hidden}#darkTheme+label:before,#darkTheme+label:after{width:var(--theme-s);height:var(--theme-s);content:\\"\\";transition:inherit}#darkTheme+label:before{transform-origin:20% 20%;transform:translate(calc(var(--i) * (100% + var(--theme-g)))) scale(calc(1 - var(--i) * .8));-webkit-clip-path:var(--poly);clip-path:var(--poly);background:#ff0}#darkTheme+label:after{transform:translatey(calc(var(--i) * (-130% - var(--theme-p))));background:radial-gradient(circle at 19% 19%,#0000 41%,#fff 43%);border-radius:50%;grid-column:2}#darkTheme:checked+label{--i:1}.check-box-container{width:var(--theme-width)}`,Ga=class extends W{#e=e=>{let t=e.target.checked;this.dispatchEvent(U(`theme-switch`,t?`dark`:`light`))};static styles=[ti,s(Wa)];render(){return M`<div class=\\"check-box-container\\" @click=${e=>e.stopPropagation()}>\\n      <input type=\\"checkbox\\" @click=${this.#e} ?checked=${this.theme===`dark`} id=\\"darkTheme\\" />\\n      <label for=\\"darkTheme\\">Dark</label>\\n    </div>`}};K([L()],Ga.prototype,`theme`,void 0),Ga=K([I(`mte-theme-switch`)],Ga);var Ka=t(((e,t)=>{var n=[[{color:`0, 0, 0`,class:`ansi-black`},{color:`187, 0, 0`,class:`ansi-red`},{color:`0, 187, 0`,class:`ansi-green`},{color:`187, 187, 0`,class:`ansi-yellow`},{color:`0, 0, 187`,class:`ansi-blue`},{color:`187, 0, 187`,class:`ansi-magenta`},{color:`0, 187, 187`,class:`ansi-cyan`},{color:`255,255,255`,class:`ansi-white`}],[{color:`85, 85, 85`,class:`ansi-bright-black`},{color:`255, 85, 85`,class:`ansi-bright-red`},{color:`0, 255, 0`,class:`ansi-bright-green`},{color:`255, 255, 85`,class:`ansi-bright-yellow`},{color:`85, 85, 255`,class:`ansi-bright-blue`},{color:`255, 85, 255`,class:`ansi-bright-magenta`},{color:`85, 255, 255`,class:`ansi-bright-cyan`},{color:`255, 255, 255`,class:`ansi-bright-white`}]],r=/(https?:\\\\/\\\\/(?:[A-Za-z0-9#;/?:@=+$\',_.!~*()[\\\\]-]|&amp;|%[A-Fa-f0-9]{2})+)/gm;t.exports=class e{static escapeForHtml(t){return new e().escapeForHtml(t)}static linkify(t){return new e().linkify(t)}static ansiToHtml(t,n){return new e().ansiToHtml(t,n)}static ansiToJson(t,n){return new e().ansiToJson(t,n)}static ansiToText(t){return new e().ansiToText(t)}constructor(){this.fg=this.bg=this.fg_truecolor=this.bg_truecolor=null,this.bright=0,this.decorations=[]}setupPalette(){this.PALETTE_COLORS=[];for(let e=0;e<2;++e)for(let t=0;t<8;++t)this.PALETTE_COLORS.push(n[e][t].color);let e=[0,95,135,175,215,255],t=(t,n,r)=>e[t]+`, `+e[n]+`, `+e[r];for(let e=0;e<6;++e)for(let n=0;n<6;++n)for(let r=0;r<6;++r)this.PALETTE_COLORS.push(t(e,n,r));let r=8;for(let e=0;e<24;++e,r+=10)this.PALETTE_COLORS.push(r+`, `+r+`, `+r)}escapeForHtml(e){return e.replace(/[&<>\\\\\\"]/gm,e=>e==`&`?`&amp;`:e==`\\"`?`&quot;`:e==`<`?`&lt;`:e==`>`?`&gt;`:``)}linkify(e){return e.replace(r,e=>`<a href=\\"${e}\\">${e}</a>`)}ansiToHtml(e,t){return this.process(e,t,!0)}ansiToJson(e,t){return t||={},t.json=!0,t.clearLine=!1,this.process(e,t,!0)}ansiToText(e){return this.process(e,{},!1)}process(e,t,n){let r=this,i=e.split(/\\\\033\\\\[/),a=i.shift();t??={},t.clearLine=/\\\\r/.test(e);let o=i.map(e=>this.processChunk(e,t,n));if(t&&t.json){let e=r.processChunkJson(``);return e.content=a,e.clearLine=t.clearLine,o.unshift(e),t.remove_empty&&(o=o.filter(e=>!e.isEmpty())),o}else o.unshift(a);return o.join(``)}processChunkJson(e,t,r){t=t===void 0?{}:t;let i=t.use_classes=t.use_classes!==void 0&&t.use_classes,a=t.key=i?`class`:`color`,o={content:e,fg:null,bg:null,fg_truecolor:null,bg_truecolor:null,isInverted:!1,clearLine:t.clearLine,decoration:null,decorations:[],was_processed:!1,isEmpty:()=>!o.content},s=e.match(/^([!\\\\x3c-\\\\x3f]*)([\\\\d;]*)([\\\\x20-\\\\x2c]*[\\\\x40-\\\\x7e])([\\\\s\\\\S]*)/m);if(!s)return o;o.content=s[4];let c=s[2].split(`;`);if(s[1]!==``||s[3]!==`m`||!r)return o;let l=this;for(;c.length>0;){let e=c.shift(),t=parseInt(e);if(isNaN(t)||t===0)l.fg=l.bg=null,l.decorations=[];else if(t===1)l.decorations.push(`bold`);else if(t===2)l.decorations.push(`dim`);else if(t===3)l.decorations.push(`italic`);else if(t===4)l.decorations.push(`underline`);else if(t===5)l.decorations.push(`blink`);else if(t===7)l.decorations.push(`reverse`);else if(t===8)l.decorations.push(`hidden`);else if(t===9)l.decorations.push(`strikethrough`);else if(t===21)l.removeDecoration(`bold`);else if(t===22)l.removeDecoration(`bold`),l.removeDecoration(`dim`);else if(t===23)l.removeDecoration(`italic`);else if(t===24)l.removeDecoration(`underline`);else if(t===25)l.removeDecoration(`blink`);else if(t===27)l.removeDecoration(`reverse`);else if(t===28)l.removeDecoration(`hidden`);else if(t===29)l.removeDecoration(`strikethrough`);else if(t===39)l.fg=null;else if(t===49)l.bg=null;else if(t>=30&&t<38)l.fg=n[0][t%10][a];else if(t>=90&&t<98)l.fg=n[1][t%10][a];else if(t>=40&&t<48)l.bg=n[0][t%10][a];else if(t>=100&&t<108)l.bg=n[1][t%10][a];else if(t===38||t===48){let e=t===38;if(c.length>=1){let t=c.shift();if(t===`5`&&c.length>=1){let t=parseInt(c.shift());if(t>=0&&t<=255)if(!i)this.PALETTE_COLORS||l.setupPalette(),e?l.fg=this.PALETTE_COLORS[t]:l.bg=this.PALETTE_COLORS[t];else{let r=t>=16?`ansi-palette-`+t:n[+(t>7)][t%8].class;e?l.fg=r:l.bg=r}}else if(t===`2`&&c.length>=3){let t=parseInt(c.shift()),n=parseInt(c.shift()),r=parseInt(c.shift());if(t>=0&&t<=255&&n>=0&&n<=255&&r>=0&&r<=255){let a=t+`, `+n+`, `+r;i?e?(l.fg=`ansi-truecolor`,l.fg_truecolor=a):(l.bg=`ansi-truecolor`,l.bg_truecolor=a):e?l.fg=a:l.bg=a}}}}}return l.fg===null&&l.bg===null&&l.decorations.length===0?o:(o.fg=l.fg,o.bg=l.bg,o.fg_truecolor=l.fg_truecolor,o.bg_truecolor=l.bg_truecolor,o.decorations=l.decorations,o.decoration=l.decorations.slice(-1).pop()||null,o.was_processed=!0,o)}processChunk(e,t,r){t||={};let i=this.processChunkJson(e,t,r),a=t.use_classes;if(i.decorations=i.decorations.filter(e=>{if(e===`reverse`){i.fg||=n[0][7][a?`class`:`color`],i.bg||=n[0][0][a?`class`:`color`];let e=i.fg;i.fg=i.bg,i.bg=e;let t=i.fg_truecolor;return i.fg_truecolor=i.bg_truecolor,i.bg_truecolor=t,i.isInverted=!0,!1}return!0}),t.json)return i;if(i.isEmpty())return``;if(!i.was_processed)return i.content;let o=[],s=[],c=[],l={},u=e=>{let t=[],n;for(n in e)e.hasOwnProperty(n)&&t.push(`data-`+n+`=\\"`+this.escapeForHtml(e[n])+`\\"`);return t.length>0?` `+t.join(` `):``};return i.isInverted&&(l[`ansi-is-inverted`]=`true`),i.fg&&(a?(o.push(i.fg+`-fg`),i.fg_truecolor!==null&&(l[`ansi-truecolor-fg`]=i.fg_truecolor,i.fg_truecolor=null)):o.push(`color:rgb(`+i.fg+`)`)),i.bg&&(a?(o.push(i.bg+`-bg`),i.bg_truecolor!==null&&(l[`ansi-truecolor-bg`]=i.bg_truecolor,i.bg_truecolor=null)):o.push(`background-color:rgb(`+i.bg+`)`)),i.decorations.forEach(e=>{if(a){s.push(`ansi-`+e);return}e===`bold`?s.push(`font-weight:bold`):e===`dim`?s.push(`opacity:0.5`):e===`italic`?s.push(`font-style:italic`):e===`hidden`?s.push(`visibility:hidden`):e===`strikethrough`?c.push(`line-through`):c.push(e)}),c.length&&s.push(`text-decoration:`+c.join(` `)),a?`<span class=\\"`+o.concat(s).join(` `)+`\\"`+u(l)+`>`+i.content+`</span>`:`<span style=\\"`+o.concat(s).join(`;`)+`\\"`+u(l)+`>`+i.content+`</span>`}removeDecoration(e){let t=this.decorations.indexOf(e);t>=0&&this.decorations.splice(t,1)}}}))(),qa=`important`,Ja=` !important`,Ya=Vr(class extends Hr{constructor(e){if(super(e),e.type!==Br.ATTRIBUTE||e.name!==`style`||e.strings?.length>2)throw Error(\\"The `styleMap` directive must be used in the `style` attribute and must be the only part in the attribute.\\")}render(e){return Object.keys(e).reduce((t,n)=>{let r=e[n];return r==null?t:t+`${n=n.includes(`-`)?n:n.replace(/(?:^(webkit|moz|ms|o)|)(?=[A-Z])/g,`-$&`).toLowerCase()}:${r};`},``)}update(e,[t]){let{style:n}=e.element;if(this.ft===void 0)return this.ft=new Set(Object.keys(t)),this.render(t);for(let e of this.ft)t[e]??(this.ft.delete(e),e.includes(`-`)?n.removeProperty(e):n[e]=null);for(let e in t){let r=t[e];if(r!=null){this.ft.add(e);let t=typeof r==`string`&&r.endsWith(Ja);e.includes(`-`)||t?n.setProperty(e,t?r.slice(0,-11):r,t?qa:``):n[e]=r}}return P}}),Xa=class extends W{render(){if(!this.text)return F;let e=(0,Ka.ansiToJson)(this.text,{json:!0,remove_empty:!0});return M`<span class=${Qr({\\"whitespace-pre-wrap\\":!0,\\"font-mono\\":e.length>1||e.some(e=>e.fg||e.bg||e.decoration)})}\\n      >${Ci(e,e=>{let[t,n]=Za(e);return Object.keys(t).length===0&&Object.keys(n).length===0?e.content:M`<span class=${Qr(t)} style=${Ya(n)}>${e.content}</span>`})}</span\\n    >`}};K([L()],Xa.prototype,`text`,void 0),Xa=K([I(`mte-ansi-text`)],Xa);function Za(e){let t=Object.create(null);e.fg&&(t.color=`rgb(${e.fg})`),e.bg&&(t[`background-color`]=`rgb(${e.bg})`);let n=Object.create(null);for(let t of e.decorations)switch(t){case`bold`:n[`font-bold`]=!0;break;case`dim`:n[`opacity-75`]=!0;break;case`italic`:n.italic=!0;break;case`underline`:n.underline=!0;break;case`strikethrough`:n[`line-through`]=!0;break;case`hidden`:n.invisible=!0;break;case`blink`:n[`motion-safe:animate-pulse`]=!0;break;case`reverse`:n.invert=!0;break;default:console.warn(`Unknown ANSI decoration: ${String(t)}`)}return[n,t]}var Qa=({hasDetail:e,mode:t},n)=>M`<mte-drawer\\n    class=\\"fixed bottom-0 z-10 container rounded-t-3xl bg-gray-200/60 shadow-xl backdrop-blur-lg motion-safe:transition-[height,max-width] motion-safe:duration-200\\"\\n    ?has-detail=${e}\\n    mode=${t}\\n  >\\n    ${n}\\n  </mte-drawer>`,$a=e=>`${e.name}${e.sourceFile&&e.location?` (${hi(e)})`:``}`,eo=class extends bi{constructor(){super(),this.mode=`closed`}render(){let e=this.mutant?.killedByTests,t=this.mutant?.coveredByTests;return Qa({hasDetail:!!(e?.length||t?.length||this.mutant?.statusReason),mode:this.mode},z(this.mutant,n=>M`<span class=\\"align-middle text-lg\\" slot=\\"header\\"\\n              >${di(n.status)} ${n.mutatorName} ${n.status}\\n              (${n.location.start.line}:${n.location.start.column})</span\\n            >\\n            <span slot=\\"summary\\">${this.#e(e,t)}</span>\\n            <span slot=\\"detail\\" class=\\"block\\">${this.#t(e,t)}</span>`))}#e(e,t){return ai(M`${z(e?.[0],t=>ii(M`${G(`🎯`,`killed`)} Killed by:\\n          ${t.name}${e.length>1?`(and ${e.length-1} more)`:``}`))}\\n      ${z(this.mutant?.static,()=>ii(M`${G(`🗿`,`static`)} Static mutant`))}\\n      ${z(t,e=>ii(M`${G(`☂️`,`umbrella`)} Covered by ${e.length}\\n          test${mi(e)}${this.mutant?.status===`Survived`?` (yet still survived)`:``}`))}\\n      ${z(this.mutant?.statusReason?.trim(),e=>ii(M`${G(`🕵️`,`spy`)} <mte-ansi-text .text=${e}></mte-ansi-text>`,`Reason for the ${this.mutant.status} status`))}\\n      ${z(this.mutant?.description,e=>ii(M`${G(`📖`,`book`)} <mte-ansi-text .text=${e}></mte-ansi-text>`))}`)}#t(e,t){let n=new Set(e);return M`<ul class=\\"mr-2 mb-6\\">\\n      ${Ci(e,e=>ri(`This mutant was killed by this test`,M`${G(`🎯`,`killed`)} ${$a(e)}`))}\\n      ${Ci(t?.filter(e=>!n.has(e)),e=>ri(`This mutant was covered by this test`,M`${G(`☂️`,`umbrella`)} ${$a(e)}`))}\\n    </ul>`}};K([L({attribute:!1})],eo.prototype,`mutant`,void 0),K([L({reflect:!0})],eo.prototype,`mode`,void 0),eo=K([I(`mte-drawer-mutant`)],eo);var to=class extends bi{constructor(){super(),this.drawerMode=`closed`}#e=()=>{this.drawerMode=`closed`};#t=e=>{this.selectedMutant=e.detail.mutant,this.drawerMode=e.detail.selected?`half`:`closed`};updated(e){e.has(`result`)&&!this.result.file&&(this.drawerMode=`closed`)}render(){return M`<main class=\\"pb-drawer-half-open\\" @click=${this.#e}>\\n        <mte-metrics-table .columns=${no} .currentPath=${this.path} .thresholds=${this.thresholds} .model=${this.result}> </mte-metrics-table>\\n        ${z(this.result.file,e=>M`<mte-file @mutant-selected=${this.#t} .model=${e}></mte-file>`)}\\n      </main>\\n      <mte-drawer-mutant mode=${this.drawerMode} .mutant=${this.selectedMutant}></mte-drawer-mutant>`}};K([R()],to.prototype,`drawerMode`,void 0),K([L({attribute:!1})],to.prototype,`selectedMutant`,void 0),K([L({attribute:!1})],to.prototype,`result`,void 0),K([L({attribute:!1,reflect:!1})],to.prototype,`thresholds`,void 0),K([L({attribute:!1,reflect:!1})],to.prototype,`path`,void 0),to=K([I(`mte-mutant-view`)],to);var no=[{key:`mutationScore`,label:`Of total`,tooltip:`The percentage of mutants that were detected. The higher, the better!`,category:`percentage`,group:`Mutation score`},{key:`mutationScoreBasedOnCoveredCode`,label:`Of covered`,tooltip:`Mutation score based on only the code covered by tests`,category:`percentage`,group:`Mutation score`},{key:`killed`,label:`Killed`,tooltip:`At least one test failed while these mutants were active. This is what you want!`,category:`number`},{key:`survived`,label:`Survived`,tooltip:`All tests passed while these mutants were active. You\'re missing a test for them.`,category:`number`},{key:`timeout`,label:`Timeout`,tooltip:`Running the tests while these mutants were active resulted in a timeout. For example, an infinite loop.`,category:`number`},{key:`noCoverage`,label:`No coverage`,tooltip:`These mutants aren\'t covered by one of your tests and survived as a result.`,category:`number`},{key:`ignored`,label:`Ignored`,tooltip:`These mutants weren\'t tested because they are ignored. Either by user action, or for another reason.`,category:`number`},{key:`runtimeErrors`,label:`Runtime errors`,tooltip:`Running tests when these mutants are active resulted in an error (rather than a failed test). For example: an out of memory error.`,category:`number`},{key:`compileErrors`,label:`Compile errors`,tooltip:`Mutants that caused a compile error.`,category:`number`},{key:`totalDetected`,label:`Detected`,tooltip:`The number of mutants detected by your tests (killed + timeout).`,category:`number`,width:`large`,isBold:!0},{key:`totalUndetected`,label:`Undetected`,tooltip:`The number of mutants that are not detected by your tests (survived + no coverage).`,category:`number`,width:`large`,isBold:!0},{key:`totalMutants`,label:`Total`,tooltip:`All mutants (except runtimeErrors + compileErrors)`,category:`number`,width:`large`,isBold:!0}],ro=class extends bi{constructor(){super(),this.drawerMode=`closed`}#e=()=>{this.drawerMode=`closed`};#t=e=>{this.selectedTest=e.detail.test,this.drawerMode=e.detail.selected?`half`:`closed`};updated(e){e.has(`result`)&&!this.result.file&&(this.drawerMode=`closed`)}render(){return M`<main class=\\"pb-drawer-half-open\\" @click=${this.#e}>\\n        <mte-metrics-table .columns=${io} .currentPath=${this.path} .model=${this.result}> </mte-metrics-table>\\n        ${z(this.result.file,e=>M`<mte-test-file @test-selected=${this.#t} .model=${e}></mte-test-file>`)}\\n      </main>\\n      <mte-drawer-test mode=${this.drawerMode} .test=${this.selectedTest}></mte-drawer-test>`}};K([R()],ro.prototype,`drawerMode`,void 0),K([L({attribute:!1})],ro.prototype,`result`,void 0),K([L({attribute:!1,reflect:!1})],ro.prototype,`path`,void 0),K([L({attribute:!1})],ro.prototype,`selectedTest`,void 0),ro=K([I(`mte-test-view`)],ro);var io=[{key:`killing`,label:`Killing`,tooltip:`These tests killed at least one mutant`,width:`normal`,category:`number`},{key:`covering`,label:`Covering`,tooltip:`These tests are covering at least one mutant, but not killing any of them.`,width:`normal`,category:`number`},{key:`notCovering`,label:`Not Covering`,tooltip:`These tests were not covering a mutant (and thus not killing any of them).`,width:`normal`,category:`number`},{key:`total`,label:`Total tests`,width:`large`,category:`number`,isBold:!0}],ao=class extends bi{constructor(){super(),this.currentPath=[],this.thresholds={high:80,low:60}}#e=!1;willUpdate(e){e.has(`columns`)&&(this.#e=this.columns.some(e=>e.category===`percentage`))}render(){return z(this.model,e=>M`<div class=\\"overflow-x-auto rounded-md border border-gray-200\\">\\n          <table class=\\"w-full table-auto text-left text-sm\\">${this.#t()}${this.#r(e)} </table>\\n        </div>`)}#t(){let e=this.columns.filter(e=>e.group!==`Mutation score`),t=this.columns.filter(e=>e.group===`Mutation score`);return M`<thead class=\\"border-b border-gray-200 text-center text-sm\\">\\n      <tr>\\n        <th rowspan=\\"2\\" scope=\\"col\\" class=\\"px-4 py-4\\">\\n          <div class=\\"flex items-center justify-around\\">\\n            <span>File / Directory</span\\n            ><a\\n              href=\\"https://stryker-mutator.io/docs/mutation-testing-elements/mutant-states-and-metrics\\"\\n              target=\\"_blank\\"\\n              class=\\"info-icon float-right\\"\\n              title=\\"What does this all mean?\\"\\n              >${G(`ℹ`,`info icon`)}</a\\n            >\\n          </div>\\n        </th>\\n        ${t.length>0?M`<th colspan=\\"4\\" class=\\"px-2 even:bg-gray-100\\">Mutation Score</th>`:``}\\n        ${Y(e,e=>e.key,e=>this.#n(e))}\\n      </tr>\\n      <tr>\\n        ${Y(t,e=>e.key,e=>this.#n(e))}\\n      </tr>\\n    </thead>`}#n(e){let t=`tooltip-${e.key.toString()}`,n=e.tooltip?M`<mte-tooltip title=${e.tooltip} id=${t}>${e.label}</mte-tooltip>`:M`<span id=${t}>${e.label}</span>`;return e.group?M`<th colspan=\\"2\\" class=\\"bg-gray-200 px-2\\"> ${n} </th>`:M`<th rowspan=\\"2\\" class=\\"w-24 px-2 even:bg-gray-100 2xl:w-28\\">\\n      <div class=\\"inline-block\\">${n}</div>\\n    </th>`}#r(e){return M`<tbody class=\\"divide-y divide-gray-200\\">${this.#i(e.name,e)} ${z(!e.file,()=>Y(e.childResults,e=>e.name,e=>{let t=[e.name];for(;!e.file&&e.childResults.length===1;)e=e.childResults[0],t.push(e.name);return this.#i(t.join(`/`),e,...this.currentPath,...t)}))}</tbody>`}#i(e,t,...n){return M`<tr title=${t.name} class=\\"group hover:bg-gray-200\\">\\n      <td class=\\"font-semibold\\">\\n        <div class=\\"flex items-center justify-start\\">\\n          <mte-file-icon file-name=${t.name} ?file=${t.file} class=\\"mx-1 flex items-center\\"></mte-file-icon> ${n.length>0?M`<a class=\\"mr-auto inline-block w-full py-4 pr-2 hover:text-primary-on hover:underline\\" href=${pi(...n)}\\n                  >${e}</a\\n                >`:M`<span class=\\"py-4\\">${t.name}</span>`}\\n        </div>\\n      </td>\\n      ${Y(this.columns,e=>e.key,e=>this.#a(e,t.metrics))}\\n    </tr>`}#a(e,t){let n=t[e.key],r=this.#e?`odd:bg-gray-100`:`even:bg-gray-100`;if(e.category===`percentage`){let t=!isNaN(n),i=this.#o(n),a=this.#s(n),o=n.toFixed(2),s=`width: ${n}%`;return M`<td class=\\"bg-gray-100 px-4 py-4 group-hover:bg-gray-200!\\">\\n          ${t?M`<div class=\\"h-3 w-full min-w-[24px] rounded-full bg-gray-300\\">\\n                  <div\\n                    class=\\"${i} h-3 rounded-full pl-1 transition-all\\"\\n                    role=\\"progressbar\\"\\n                    aria-valuenow=${o}\\n                    aria-valuemin=\\"0\\"\\n                    aria-valuemax=\\"100\\"\\n                    aria-describedby=\\"tooltip-mutationScore\\"\\n                    title=${e.label}\\n                    style=${s}\\n                  ></div>\\n                </div>`:M`<span class=\\"text-light-muted font-bold\\">N/A</span>`}\\n        </td>\\n        <td class=\\"${a} ${r} w-12 pr-2 text-center font-bold group-hover:bg-gray-200!\\"\\n          >${z(t,()=>M`<span class=\\"transition-colors\\">${o}</span>`)}</td\\n        >`}return M`<td\\n      class=\\"${Qr({\\"font-bold\\":e.isBold??!1,[r]:!0})} py-4 text-center group-hover:bg-gray-200!\\"\\n      aria-describedby=${`tooltip-${e.key.toString()}`}\\n      >${n}</td\\n    >`}#o(e){return!isNaN(e)&&this.thresholds?e<this.thresholds.low?`bg-red-600 text-gray-200`:e<this.thresholds.high?`bg-yellow-400`:`bg-green-600 text-gray-200`:`bg-cyan-600`}#s(e){return!isNaN(e)&&this.thresholds?e<this.thresholds.low?`text-red-700`:e<this.thresholds.high?`text-yellow-600`:`text-green-700`:``}};K([L({attribute:!1})],ao.prototype,`model`,void 0),K([L({attribute:!1})],ao.prototype,`currentPath`,void 0),K([L({type:Array})],ao.prototype,`columns`,void 0),K([L({attribute:!1})],ao.prototype,`thresholds`,void 0),ao=K([I(`mte-metrics-table`)],ao);var oo=`#report-code-block{background:var(--prism-background);border:1px solid var(--prism-border);overflow:auto visible}.line-numbers{counter-reset:mte-line-number}.line .line-number{text-align:right;color:var(--mut-line-number);counter-increment:mte-line-number;padding:0 10px 0 15px}.line .line-number:before{content:counter(mte-line-number)}.line-marker:before{content:\\" \\";padding:0 5px}.Killing{--mut-test-dot-color:var(--color-green-700)}.Covering{--mut-test-dot-color:var(--color-amber-400)}.NotCovering{--mut-test-dot-color:var(--color-orange-500)}svg.test-dot{fill:var(--mut-test-dot-color)}`,so=class extends bi{static styles=[ni,ti,s(oo)];#e;constructor(){super(),this.filters=[],this.lines=[],this.enabledStates=[],this.tests=[],this.#e=new AbortController}connectedCallback(){super.connectedCallback(),window.addEventListener(`keydown`,this.#t,{signal:this.#e.signal})}disconnectedCallback(){this.#e.abort(),super.disconnectedCallback()}#t=e=>{e.key===`Escape`&&this.#l()};#n=e=>{this.enabledStates=e.detail,this.selectedTest&&!this.enabledStates.includes(this.selectedTest.status)&&this.#r(this.selectedTest)};#r(e){this.#f(e),this.selectedTest===e?(this.selectedTest=void 0,this.dispatchEvent(U(`test-selected`,{selected:!1,test:e}))):(this.selectedTest&&this.#f(this.selectedTest),this.selectedTest=e,this.dispatchEvent(U(`test-selected`,{selected:!0,test:e})),gi(this.renderRoot.querySelector(`[data-test-id=\\"${e.id}\\"]`)))}#i=()=>{let e=this.selectedTest?(this.tests.findIndex(({id:e})=>e===this.selectedTest.id)+1)%this.tests.length:0;this.#o(this.tests[e])};#a=()=>{let e=this.selectedTest?(this.tests.findIndex(({id:e})=>e===this.selectedTest.id)+this.tests.length-1)%this.tests.length:this.tests.length-1;this.#o(this.tests[e])};#o(e){e&&this.#r(e)}render(){return M`<mte-state-filter\\n        @next=${this.#i}\\n        @previous=${this.#a}\\n        .filters=${this.filters}\\n        @filters-changed=${this.#n}\\n      ></mte-state-filter>\\n      ${this.#s()} ${this.#c()}`}#s(){let e=this.tests.filter(e=>!e.location);return z(e.length,()=>M`<ul class=\\"max-w-6xl\\">\\n          ${Y(e,e=>e.id,e=>M`<li class=\\"my-3\\">\\n                <button\\n                  class=\\"w-full rounded-sm p-3 text-left hover:bg-gray-100 active:bg-gray-200\\"\\n                  type=\\"button\\"\\n                  data-active=${this.selectedTest===e}\\n                  data-test-id=${e.id}\\n                  @click=${t=>{t.stopPropagation(),this.#r(e)}}\\n                  >${ui(e.status)} ${e.name} [${e.status}]\\n                </button>\\n              </li>`)}\\n        </ul>`,()=>F)}#c(){return z(this.model?.source,()=>{let e=Map.groupBy(this.tests.filter(e=>We(e.location)),e=>e.location.start.line),t=this.#u(Array.from(e.entries()).filter(([e])=>e>this.lines.length).flatMap(([,e])=>e));return M`<pre\\n          id=\\"report-code-block\\"\\n          @click=${this.#l}\\n          class=\\"line-numbers flex rounded-md p-1\\"\\n        ><code class=\\"flex language-${Ei(this.model.name)}\\">\\n      <table>\\n        ${Ci(this.lines,(n,r)=>{let i=r+1;return Ii(n,Fi(this.#u(e.get(i)),this.lines.length===i?t:F))})}</table></code></pre>`},()=>F)}#l=()=>{this.selectedTest&&this.#r(this.selectedTest)};#u(e){return z(e?.length,()=>Y(e,e=>e.id,e=>N`<svg\\n              data-test-id=\\"${e.id}\\"\\n              class=\\"test-dot ${this.selectedTest?.id===e.id?`selected`:``} ${e.status} mx-0.5 cursor-pointer\\"\\n              @click=\\"${t=>{t.stopPropagation(),this.#r(e)}}\\"\\n              height=\\"11\\"\\n              width=\\"11\\"\\n            >\\n              <title>${co(e)}</title>\\n              ${this.selectedTest===e?Vi:Hi}\\n            </svg>`),()=>F)}reactivate(){super.reactivate(),this.#d()}willUpdate(e){e.has(`model`)&&this.#d(),(e.has(`model`)||e.has(`enabledStates`))&&this.model&&(this.tests=this.model.tests.filter(e=>this.enabledStates.includes(e.status)).sort((e,t)=>e.location&&t.location?ji(e.location.start,t.location.start)?1:-1:this.model.tests.indexOf(e)-this.model.tests.indexOf(t)))}#d(){if(!this.model)return;let e=this.model;this.filters=[B.Killing,B.Covering,B.NotCovering].filter(t=>e.tests.some(e=>e.status===t)).map(t=>({enabled:!0,count:e.tests.filter(e=>e.status===t).length,status:t,label:M`${ui(t)} ${t}`,context:li(t)})),this.model.source&&(this.lines=Oi(Di(this.model.source,this.model.name)))}#f(e){Ui(this.renderRoot,`data-test-id`,e.id)}};K([L({attribute:!1})],so.prototype,`model`,void 0),K([R()],so.prototype,`filters`,void 0),K([R()],so.prototype,`lines`,void 0),K([R()],so.prototype,`enabledStates`,void 0),K([R()],so.prototype,`selectedTest`,void 0),K([R()],so.prototype,`tests`,void 0),so=K([I(`mte-test-file`)],so);function co(e){return`${e.name} (${e.status})`}var lo=e=>M`<code>${e.getMutatedLines()}</code> (${hi(e)})`,uo=class extends bi{constructor(){super(),this.mode=`closed`}render(){let e=this.test?.killedMutants,t=this.test?.coveredMutants;return Qa({hasDetail:!!(e?.length||t?.length),mode:this.mode},z(this.test,n=>M`<span class=\\"align-middle text-lg\\" slot=\\"header\\"\\n              >${ui(n.status)} ${n.name} [${n.status}]\\n              ${z(n.location,e=>M`(${e.start.line}:${e.start.column})`)}</span\\n            >\\n            <span slot=\\"summary\\">${this.#e(e,t)}</span>\\n            <span class=\\"block\\" slot=\\"detail\\">${this.#t(e,t)}</span>`))}#e(e,t){return ai(M`${z(e?.[0],t=>ii(M`${G(`🎯`,`killed`)} Killed:\\n          ${lo(t)}${e.length>1?M` (and ${e.length-1} more)`:``}`))}\\n      ${z(t,e=>ii(M`${G(`☂️`,`umbrella`)} Covered ${e.length}\\n          mutant${mi(e)}${this.test?.status===B.Covering?` (yet didn\'t kill any of them)`:``}`))}`)}#t(e,t){let n=new Set(e);return M`<ul class=\\"mr-2 mb-6\\">\\n      ${Ci(e,e=>ri(`This test killed this mutant`,M`${G(`🎯`,`killed`)} ${lo(e)}`))}\\n      ${Ci(t?.filter(e=>!n.has(e)),e=>ri(`This test covered this mutant`,M`${G(`☂️`,`umbrella`)} ${lo(e)}`))}\\n    </ul>`}};K([L({attribute:!1})],uo.prototype,`test`,void 0),K([L({reflect:!0})],uo.prototype,`mode`,void 0),uo=K([I(`mte-drawer-test`)],uo);var fo=`svg{width:20px}svg.cs{fill:var(--mut-file-csharp-color)}svg.html{fill:var(--mut-file-html-color)}svg.java{fill:var(--mut-file-java-color)}svg.javascript{fill:var(--mut-file-js-color)}svg.scala{fill:var(--mut-file-scala-color)}svg.typescript{fill:var(--mut-file-ts-color)}svg.php{fill:var(--mut-file-php-color)}svg.vue{fill:var(--mut-file-vue-color)}svg.octicon{fill:var(--mut-octicon-icon-color)}svg.javascript.test{fill:var(--mut-file-js-test-color)}svg.typescript.test{fill:var(--mut-file-ts-test-color)}svg.gherkin{fill:var(--mut-file-gherkin-color)}svg.svelte{fill:var(--mut-file-svelte-color)}svg.rust{fill:var(--mut-file-rust-color)}svg.python{fill:var(--mut-file-python-color)}`,po=class extends W{static styles=[s(fo)];get#e(){return Ei(this.fileName)}get#t(){let e=this.fileName.substring(0,this.fileName.lastIndexOf(`.`)).toLowerCase();return e.endsWith(`spec`)||e.endsWith(`test`)||e.endsWith(`unit`)}get#n(){return Qr({[this.#e?.toString()??`unknown`]:this.file,test:this.#t})}render(){if(!this.file)return Ma;if(!this.#e)return Na;switch(this.#e){case X.csharp:return N`<svg xmlns=\\"http://www.w3.org/2000/svg\\" aria-label=\\"cs\\" class=\\"${this.#n}\\" viewBox=\\"0 0 32 32\\"><path d=\\"M7.1 15.9c0-1.3.2-2.4.6-3.4s.9-1.8 1.6-2.5 1.5-1.2 2.4-1.6 1.9-.5 2.9-.5 1.9.2 2.7.6 1.5.9 2 1.4l-2.2 2.5c-.4-.3-.7-.6-1.1-.7s-.8-.3-1.4-.3c-.5 0-.9.1-1.3.3s-.8.5-1.1.9-.5.8-.7 1.4-.3 1.2-.3 1.9c0 1.5.3 2.6 1 3.3.7.8 1.5 1.2 2.6 1.2.5 0 1-.1 1.4-.3s.8-.5 1.1-.9l2.2 2.5c-.7.8-1.4 1.3-2.2 1.7q-1.2.6-2.7.6c-1.5 0-2-.2-2.9-.5S10 22.7 9.3 22s-1.1-1.7-1.5-2.7c-.5-.9-.7-2.1-.7-3.4\\"/><path d=\\"M21.8 17.1h-1l-.4 2.4h-1.2l.4-2.4h-1.2V16h1.5l.2-1.6h-1.3v-1.1h1.5l.4-2.4h1.2l-.4 2.4h1l.4-2.4h1.2l-.4 2.4H25v1.1h-1.6l-.2 1.6h1.3v1.1h-1.6l-.4 2.4h-1.2c0 .1.5-2.4.5-2.4m-.8-1h1l.2-1.6h-1z\\"/></svg>`;case X.html:return N`<svg xmlns=\\"http://www.w3.org/2000/svg\\" aria-label=\\"html\\" class=\\"${this.#n}\\" viewBox=\\"0 0 32 32\\"><path d=\\"m8 15 6-5.6V12l-4.5 4 4.5 4v2.6L8 17zm16 2.1-6 5.6V20l4.6-4-4.6-4V9.3l6 5.6z\\"/></svg>`;case X.java:return N`<svg xmlns=\\"http://www.w3.org/2000/svg\\" aria-label=\\"java\\" class=\\"${this.#n}\\" viewBox=\\"0 0 32 32\\"><path d=\\"M22.003 18.236c-.023.764.018 1.78-.282 2.64a5.76 5.76 0 0 1-1.348 2.304 6.6 6.6 0 0 1-2.19 1.46c-.825.3-1.453.36-2.585.36s-2.135-.116-3.146-.528a6.9 6.9 0 0 1-2.472-1.91l2.022-2.584a4.4 4.4 0 0 0 1.517 1.236q.9.45 1.967.449 1.404 0 2.19-.899.787-.955.787-2.809V7h3.54z\\"/></svg>`;case X.javascript:return N`<svg xmlns=\\"http://www.w3.org/2000/svg\\" aria-label=\\"js\\" class=\\"${this.#n}\\" viewBox=\\"0 0 32 32\\"><path d=\\"M11.4 10h2.7v7.6c0 3.4-1.6 4.6-4.3 4.6-.6 0-1.5-.1-2-.3l.3-2.2c.4.2.9.3 1.4.3 1.1 0 1.9-.5 1.9-2.4zm5.1 9.2c.7.4 1.9.8 3 .8 1.3 0 1.9-.5 1.9-1.3s-.6-1.2-2-1.7c-2-.7-3.3-1.8-3.3-3.6 0-2.1 1.7-3.6 4.6-3.6 1.4 0 2.4.3 3.1.6l-.6 2.2c-.5-.2-1.3-.6-2.5-.6s-1.8.5-1.8 1.2c0 .8.7 1.1 2.2 1.7 2.1.8 3.1 1.9 3.1 3.6 0 2-1.6 3.7-4.9 3.7-1.4 0-2.7-.4-3.4-.7z\\"/></svg>`;case X.typescript:return N`<svg xmlns=\\"http://www.w3.org/2000/svg\\" aria-label=\\"ts\\" class=\\"${this.#n}\\" viewBox=\\"0 0 32 32\\"><path d=\\"M15.6 11.8h-3.4V22H9.7V11.8H6.3V10h9.2v1.8zm7.7 7.1c0-.5-.2-.8-.5-1.1s-.9-.5-1.7-.8q-2.1-.6-3.3-1.5c-.7-.6-1.1-1.3-1.1-2.3s.4-1.8 1.3-2.4c.8-.6 1.9-.9 3.2-.9s2.4.4 3.2 1.1 1.2 1.6 1.2 2.6h-2.3c0-.6-.2-1-.6-1.4-.4-.3-.9-.5-1.6-.5-.6 0-1.1.1-1.5.4s-.5.7-.5 1.1.2.7.6 1 1 .5 2 .8q1.95.6 3 1.5c.7.6 1 1.4 1 2.4s-.4 1.9-1.2 2.4c-.8.6-1.9.9-3.2.9s-2.5-.3-3.4-1-1.5-1.6-1.4-2.9h2.4c0 .7.2 1.2.7 1.6.4.3 1.1.5 1.8.5s1.2-.1 1.5-.4c.2-.3.4-.7.4-1.1\\"/></svg>`;case X.scala:return N`<svg xmlns=\\"http://www.w3.org/2000/svg\\" aria-label=\\"scala\\" class=\\"${this.#n}\\" viewBox=\\"0 0 32 32\\"><path d=\\"M21.6 7v4.2c-.1.1-.1.2-.2.2-.3.3-.7.5-1.1.6-.9.3-1.9.5-2.8.7-1.6.3-3.1.5-4.7.7-.8.1-1.6.2-2.4.4V9.6c.1-.1.2-.1.4-.1 1.2-.2 2.5-.4 3.8-.5 1.9-.3 3.8-.5 5.6-1.1.5-.2 1.1-.4 1.4-.9m0 5.6v4.2l-.2.2c-.5.4-1.1.6-1.6.8-.8.2-1.6.4-2.4.5-1 .2-1.9.3-2.9.5-1.4.2-2.7.3-4.1.6v-4.2c.1-.1.2-.1.3-.1 1.7-.2 3.4-.5 5.1-.7 1.4-.2 2.9-.5 4.3-.9.6-.2 1.1-.4 1.5-.9M10.5 25h-.1v-4.2c.1-.1.2-.1.3-.1 1.2-.2 2.3-.3 3.5-.5 2-.3 3.9-.5 5.8-1.1.6-.2 1.2-.4 1.6-.9v4.2c-.1.2-.3.3-.5.5-.6.3-1.2.5-1.9.7-1.2.3-2.5.5-3.7.7-1.3.2-2.6.4-3.9.5-.4 0-.7.1-1.1.2\\"/></svg>`;case X.php:return N`<svg xmlns=\\"http://www.w3.org/2000/svg\\" aria-label=\\"php\\" class=\\"${this.#n}\\" viewBox=\\"0 0 32 32\\"><path d=\\"M12.7 19.7c-.1-.6-.4-1.1-1-1.3-.2-.1-.5-.3-.7-.4-.3-.1-.6-.2-.8-.3s-.4 0-.6.2c-.1.2 0 .4.1.5.1.2.2.3.4.5.2.3.4.5.7.8.2.3.4.5.3.9-.1.7-.4 1.4-.9 1.9-.1.1-.2.1-.2.1-.3 0-.7-.2-.9-.4-.3-.3-.2-.6.1-.8.1 0 .2-.1.2-.2.2-.2.3-.4.2-.7-.1-.1-.1-.2-.2-.3-.4-.4-.9-.8-1.4-1.2-1.3-1-1.9-2.2-2-3.6-.1-1.6.3-3.1 1.1-4.5.3-.5.7-1 1.3-1.3.4-.2.8-.3 1.2-.4 1.1-.3 2.3-.5 3.5-.3 1 .2 1.8.7 2.1 1.7.2.7.3 1.3.2 2-.1 1.4-1.2 2.6-2.5 3-.6.2-.9.1-1.2-.4-.2-.3-.5-.7-.7-1.1V14c0-.1-.1-.1-.1-.2.1.6.2 1.2.5 1.7.2.3.4.5.8.5 1.3.1 2.3-.3 3.1-1.3.8-1.1 1-2.4.8-3.8 0-.3-.1-.5-.2-.8 0-.2 0-.3.2-.4.1 0 .2 0 .2-.1 1-.2 2.1-.3 3.1-.2 1.2.1 2.3.4 3.3 1.1 1.6 1 2.6 2.5 3.1 4.3.1.3.1.5.1.8 0 .2-.1.2-.3.1s-.3-.3-.4-.4-.2-.3-.3-.4-.2-.1-.2 0-.1.2-.1.3c-.3 1-.7 1.9-1.4 2.6-.1.1-.2.3-.2.4 0 .4-.1.8 0 1.2.1.8.2 1.7.3 2.5.1.5-.1.7-.5.9-.3.1-.6.2-1 .2h-1.6c0-.6 0-1.2-.5-1.5.1-.4.2-.8.3-1.3.1-.4 0-.7-.2-1s-.5-.3-.8-.2c-.8.5-1.6.5-2.5.2-.4-.1-.7-.1-.9.3q-.3.6-.3 1.2c0 .5.1 1.1.2 1.6 0 .3 0 .4-.3.5-.7.2-1.4.2-2 .1h-.1c0-.6 0-1.2-.7-1.5.4-.4.4-1.1.3-1.7m-4.1-2.3c.1-.1.2-.2.2-.4.1-.3-.2-.8-.5-.9-.2-.1-.3 0-.4.1-.3.3-.5.6-.8.9 0 .1-.1.1-.1.2-.1.2 0 .4.2.4.1 0 .3 0 .4.1.4 0 .7-.1 1-.4m0-3.3c0-.2-.2-.4-.4-.4s-.5.2-.4.5c0 .2.2.4.5.4.1-.1.3-.3.3-.5\\"/></svg>`;case X.vue:return N`<svg xmlns=\\"http://www.w3.org/2000/svg\\" aria-label=\\"vue\\" class=\\"${this.#n}\\" viewBox=\\"0 0 1200 1000\\"><path d=\\"m600 495.9 159.1-275.4h-84.4L600 349.7l-74.6-129.2h-84.5z\\"/><path d=\\"M793.7 220.5 600 555.9 406.3 220.5H277l323 559 323-559z\\"/></svg>`;case X.gherkin:return N`<svg xmlns=\\"http://www.w3.org/2000/svg\\" aria-label=\\"gherkin\\" class=\\"${this.#n}\\" viewBox=\\"0 0 32 32\\"><path d=\\"M16.129 2a12.348 12.348 0 0 0-2.35 24.465V30c7.371-1.114 13.9-6.982 14.384-14.684a12.8 12.8 0 0 0-5.9-11.667 10 10 0 0 0-1.411-.707q-.117-.048-.235-.094c-.216-.08-.435-.17-.658-.236A12.2 12.2 0 0 0 16.129 2\\" style=\\"fill:var(--mut-file-gherkin-color)\\"/><path d=\\"M18.68 6.563a1.35 1.35 0 0 0-1.178.472 5.5 5.5 0 0 0-.518.9 2.9 2.9 0 0 0 .377 3.023A3.32 3.32 0 0 0 19.763 9 2.4 2.4 0 0 0 20 8a1.41 1.41 0 0 0-1.32-1.437m-5.488.071A1.44 1.44 0 0 0 11.85 8a2.4 2.4 0 0 0 .235 1 3.43 3.43 0 0 0 2.473 1.96 3.14 3.14 0 0 0-.212-3.85 1.32 1.32 0 0 0-1.154-.472Zm-3.7 3.637a1.3 1.3 0 0 0-.73 2.338 5.7 5.7 0 0 0 .895.543 3.39 3.39 0 0 0 3.179-.307 3.5 3.5 0 0 0-2.049-2.338 2.7 2.7 0 0 0-1.06-.236 1.4 1.4 0 0 0-.236 0Zm11.611 4.582a3.44 3.44 0 0 0-1.955.567 3.5 3.5 0 0 0 2.052 2.338 2.7 2.7 0 0 0 1.06.236 1.329 1.329 0 0 0 .966-2.362 5.5 5.5 0 0 0-.895-.52 3.3 3.3 0 0 0-1.225-.26Zm-10.292.071a3.3 3.3 0 0 0-1.225.26 2.6 2.6 0 0 0-.895.543 1.34 1.34 0 0 0 1.039 2.338 2.4 2.4 0 0 0 1.06-.236 3.19 3.19 0 0 0 1.955-2.338 3.37 3.37 0 0 0-1.931-.567Zm3.815 2.314a3.32 3.32 0 0 0-2.4 1.96 2.3 2.3 0 0 0-.236.968 1.4 1.4 0 0 0 2.426.992 5.5 5.5 0 0 0 .518-.9 3.11 3.11 0 0 0-.306-3.023Zm2.8.071a3.14 3.14 0 0 0 .212 3.85 1.47 1.47 0 0 0 2.5-.9 2.4 2.4 0 0 0-.236-.992 3.43 3.43 0 0 0-2.473-1.96Z\\" style=\\"fill:#fff\\"/></svg>`;case X.svelte:return N`<svg xmlns=\\"http://www.w3.org/2000/svg\\" aria-label=\\"svelte\\" class=\\"${this.#n}\\" viewBox=\\"0 0 32 32\\"><path d=\\"M10.617 10.473 14.809 7.8c2.387-1.52 5.688-.812 7.359 1.58a5.12 5.12 0 0 1 .876 3.876 4.8 4.8 0 0 1-.72 1.798c.524.998.7 2.142.5 3.251a4.8 4.8 0 0 1-1.963 3.081l-.21.14-4.192 2.672c-2.386 1.52-5.688.812-7.36-1.58a5.13 5.13 0 0 1-.875-3.876c.116-.642.36-1.253.72-1.798a5.07 5.07 0 0 1-.5-3.251 4.8 4.8 0 0 1 1.962-3.081zL14.81 7.8l-4.192 2.672zm9.825.008a3.33 3.33 0 0 0-3.573-1.324q-.34.09-.65.256l-.202.118-4.192 2.671a2.9 2.9 0 0 0-1.306 1.937 3.08 3.08 0 0 0 .526 2.33 3.33 3.33 0 0 0 3.574 1.326q.34-.091.65-.256l.201-.118 1.6-1.02a1 1 0 0 1 .257-.113c.407-.105.837.054 1.077.4a.93.93 0 0 1 .158.702.87.87 0 0 1-.295.512l-.099.072-4.192 2.671a1 1 0 0 1-.257.113 1 1 0 0 1-1.076-.4.94.94 0 0 1-.171-.49l.002-.132.014-.156-.156-.047a5.4 5.4 0 0 1-1.387-.645l-.252-.174-.215-.158-.08.24a3 3 0 0 0-.1.392 3.08 3.08 0 0 0 .527 2.33 3.33 3.33 0 0 0 3.38 1.37l.194-.045q.34-.09.65-.256l.202-.118 4.192-2.671a2.9 2.9 0 0 0 1.306-1.937 3.08 3.08 0 0 0-.526-2.331 3.33 3.33 0 0 0-3.574-1.325 3 3 0 0 0-.65.257l-.201.117-1.6 1.02a1 1 0 0 1-.257.113 1 1 0 0 1-1.077-.4.93.93 0 0 1-.158-.702.87.87 0 0 1 .295-.512l.098-.072 4.192-2.671a1 1 0 0 1 .258-.113c.407-.106.836.053 1.076.399a.94.94 0 0 1 .171.49l-.002.133-.014.156.155.047c.492.148.959.365 1.388.645l.252.175.215.157.079-.24q.064-.194.1-.392a3.08 3.08 0 0 0-.526-2.33z\\"/></svg>`;case X.rust:return N`<svg xmlns=\\"http://www.w3.org/2000/svg\\" aria-label=\\"rust\\" class=\\"${this.#n}\\" viewBox=\\"0 0 32 32\\"><path d=\\"M21.7 8.4V9l.1.1h.1c.3-.1.6-.1.9-.2.2-.1.4.1.3.3-.1.3-.1.6-.2.9v.1l.1.1c0 .1.1.1.2.1h.9q.3 0 .3.3v.2c-.1.3-.3.6-.4.8v.1s.1.1.1.2h.1c.3.1.6.1.9.2.2 0 .3.3.2.5-.2.3-.4.5-.5.7v.2c0 .1.1.1.2.2.3.1.5.2.8.3.2.1.3.3.1.5s-.4.4-.7.6v.3s.1.1.2.1c.2.1.4.3.7.4.2.1.2.4 0 .5-.3.2-.5.3-.8.5v.1c0 .2 0 .2.1.3.2.2.4.4.6.5.2.2.1.4-.1.5-.3.1-.6.2-.8.3 0 0-.1 0-.1.1-.1.1 0 .2 0 .3.2.2.3.4.5.7.1.1.1.3-.1.4-.1 0-.1 0-.2.1-.3 0-.5.1-.8.1h-.1c0 .1-.1.1-.1.2s0 .1.1.2c.1.2.2.5.3.7.1.1 0 .3-.1.4h-1.2c-.1.1-.1.2-.1.3.1.3.1.5.2.8.1.2-.1.4-.4.4-.3-.1-.6-.1-.9-.2H22l-.1.1s-.1.1 0 .1v.9q0 .3-.3.3h-.2c-.3-.1-.5-.2-.8-.4h-.1c-.1 0-.2.1-.2.2 0 .3-.1.5-.1.8 0 .2-.3.3-.5.2-.2-.2-.5-.4-.7-.5h-.1c-.1 0-.2.1-.2.2-.1.3-.2.5-.3.8-.1.2-.2.2-.3.2S18 26 18 26c-.2-.2-.4-.4-.6-.7h-.2c-.1 0-.2.1-.2.2-.1.2-.3.5-.4.7s-.4.2-.5 0c-.2-.3-.3-.5-.5-.8h-.2c-.1 0-.1 0-.2.1l-.6.6c-.1.1-.2.1-.4.1-.1 0-.1-.1-.1-.2l-.3-.9s0-.1-.1-.1h-.3c-.2.2-.4.3-.7.5-.4-.2-.7-.3-.7-.5-.1-.3-.1-.6-.1-.9 0 0 0-.1-.1-.1s-.1-.1-.2-.1-.1 0-.2.1c-.2.1-.5.2-.7.3s-.4 0-.4-.2V23l-.1-.1h-.1c-.3.1-.6.1-.9.2-.2.1-.4-.1-.3-.3.1-.3.1-.6.2-.9v-.1l-.1-.1H8q-.3 0-.3-.3v-.2c.1-.3.3-.6.4-.8v-.1s0-.1-.1-.1c0-.1-.1-.1-.1-.1-.3 0-.6-.1-.9-.1-.2 0-.3-.3-.2-.5.2-.2.4-.5.5-.7v-.1c0-.1 0-.1-.1-.2 0 0-.1-.1-.2-.1-.2-.1-.5-.2-.7-.3s-.3-.3-.1-.5c.3-.1.5-.4.8-.6v-.2c0-.1 0-.2-.1-.2-.2-.1-.5-.3-.7-.4s-.2-.4 0-.5c.3-.2.5-.3.8-.5V15l-.1-.1-.6-.6c-.1-.1-.1-.3 0-.4 0 0 .1 0 .1-.1l.9-.3v-.1c.1-.1 0-.2 0-.3-.2-.2-.3-.4-.5-.6-.1-.2 0-.5.2-.5.3-.1.6-.1.9-.2H8c0-.1.1-.1.1-.2s0-.1-.1-.2c-.1-.2-.2-.5-.3-.7s0-.4.2-.4H9s0-.1.1-.1v-.1c-.1-.3-.2-.6-.2-.9-.1-.2.1-.4.3-.3.3 0 .6.1.9.2h.1l.1-.1s.1-.1 0-.1V8q0-.3.3-.3h.2c.3.1.6.3.8.4h.1s.1 0 .1-.1c.1 0 .1-.1.1-.1 0-.3.1-.6.1-.9 0-.2.3-.3.5-.2.2.2.5.4.7.5h.1c.1 0 .1 0 .2-.1 0 0 0-.1.1-.2.1-.2.2-.5.3-.7s.2-.2.4-.2l.1.1c.1.3.4.5.6.8h.1c.1 0 .2-.1.2-.1.1-.2.3-.5.4-.7.2-.2.4-.2.5-.1l.1.1c.2.3.3.5.5.8h.3c.1 0 .1-.1.1-.1.2-.2.4-.4.5-.6.1-.1.3-.1.4 0v.1c.1.3.2.6.3.8l.1.1h.2c.3-.1.6-.3.8-.5.2-.1.5 0 .5.2 0 .3.1.6.1.9 0 0 0 .1.1.1h.1c.1.1.2.1.2 0 .2-.1.5-.2.8-.3.2-.1.4 0 .4.3zm-11.1 2.7h7.6c.3 0 .6 0 .9.1.6.2 1.1.5 1.4.9.3.3.5.7.5 1.2q0 .6-.3 1.2c-.2.3-.5.6-.8.8-.1.1-.2.2-.3.2.1.1.2.1.3.2.2.2.5.4.6.7.2.3.3.7.3 1 0 .1.1.2.2.3.2.2.5.2.8.2.2 0 .4-.1.5-.2.2-.2.2-.4.3-.6v-.5c0-.1 0-.1.1-.1h.7v-1.3c-.3-.1-.6-.3-.9-.4-.1-.1-.3-.1-.4-.2-.3-.1-.4-.4-.3-.8.2-.5.4-1 .7-1.5v-.1c-.4-.6-.8-1.2-1.4-1.7q-1.5-1.35-3.6-1.8h-.1c-.3.3-.6.6-1 .9-.2.2-.6.2-.8 0l-.9-.9h-.1c-.4.1-.7.2-1 .3-1.1.4-2 1-2.8 1.8-.1.1-.2.2-.2.3m11.3 9.2h-3c-.2 0-.3 0-.4-.1-.4-.2-.6-.6-.7-1s-.2-.7-.2-1.1c0-.2-.1-.4-.2-.6-.2-.5-.6-.8-1.1-.8h-1.8V18h1.8c.1 0 .1 0 .1.1v2c0 .1 0 .1-.1.1h-6c.2.3.4.5.6.7h.1c.4-.1.8-.2 1.2-.2.3-.1.6.1.7.4.1.4.2.9.3 1.3v.1c.8.3 1.6.6 2.4.6.7.1 1.4 0 2.1-.1.5-.1 1-.3 1.5-.5v-.1c.1-.4.2-.9.3-1.3.1-.3.3-.5.7-.4l1.2.3h.1c0-.2.2-.5.4-.7m-11.9-7 .3.6c0 .1.1.2 0 .3 0 .2-.2.3-.3.4-.4.2-.8.4-1.2.5 0 0-.1 0-.1.1v.5c0 .7.1 1.4.3 2.2 0 0 0 .1.1.1h2.1v-4.7zm4.3 1.4q.15 0 0 0h2.3c.2 0 .4 0 .6-.1.1-.1.2-.1.3-.3s.1-.5-.1-.7-.5-.3-.7-.3h-2.5c.1.5.1.9.1 1.4m-6-1c0 .3.3.6.6.6s.6-.3.6-.6-.3-.6-.6-.6-.6.3-.6.6M21 22.1c0-.3-.3-.6-.6-.6s-.6.3-.6.6.3.6.6.6.6-.2.6-.6m-9.4-.6c-.3 0-.6.3-.6.6s.3.6.6.6.6-.3.6-.6-.3-.6-.6-.6m5-13.1c0-.3-.2-.6-.6-.6-.3 0-.6.2-.6.6 0 .3.2.6.6.6.3 0 .5-.3.6-.6m6.5 6c.3 0 .6-.3.6-.6s-.3-.6-.6-.6-.6.3-.6.6.2.6.6.6\\"/></svg>`;case X.python:return N`<svg xmlns=\\"http://www.w3.org/2000/svg\\" aria-label=\\"python\\" class=\\"${this.#n}\\" viewBox=\\"0 0 32 32\\"><path d=\\"M15.6 15.5h-2c-1.4 0-2.3.9-2.3 2.3v1.8q0 .3-.3.3h-.9c-.9 0-1.6-.4-2-1.2-.3-.6-.5-1.2-.5-1.8-.1-1.1-.1-2.2.3-3.3.3-.9.9-1.6 1.9-1.8h5.8c.1 0 .3 0 .3-.1v-.5s-.2-.1-.3-.1h-3.4c-.3 0-.4-.1-.4-.4V9.4c0-.7.3-1.2.9-1.4.5-.2 1-.4 1.5-.5 1.2-.2 2.4-.2 3.6.1.5.1 1 .3 1.4.6.4.4.7.8.6 1.4v3.6c0 1.4-.8 2.2-2.2 2.2-.7.1-1.4.1-2 .1m-2.8-6c0 .4.3.8.8.8.4 0 .8-.4.8-.8s-.4-.7-.8-.8c-.5 0-.8.4-.8.8m3.6 7h2c1.4 0 2.3-.9 2.3-2.3v-1.8q0-.3.3-.3h.9c.9 0 1.6.4 2 1.2.3.6.5 1.2.5 1.8.1 1.1.1 2.2-.3 3.3-.3.9-.9 1.6-1.9 1.8h-5.8c-.1 0-.3 0-.3.1v.5s.2.1.3.1h3.4c.3 0 .4.1.4.4v1.3c0 .7-.3 1.2-.9 1.4-.5.2-1 .4-1.5.5-1.2.2-2.4.2-3.6-.1-.5-.1-1-.3-1.4-.6-.4-.4-.7-.8-.6-1.4v-3.6c0-1.4.8-2.2 2.2-2.2.7-.1 1.4-.1 2-.1m2.8 6c0-.4-.3-.8-.8-.8-.4 0-.8.4-.8.8s.4.7.8.8c.5 0 .8-.4.8-.8\\"/></svg>`}}};K([L({attribute:`file-name`})],po.prototype,`fileName`,void 0),K([L({type:Boolean})],po.prototype,`file`,void 0),po=K([I(`mte-file-icon`)],po);var mo=class extends W{render(){return M`<span class=\\"cursor-help underline decoration-dotted\\" title=${this.title}><slot></slot></span>`}};K([L({attribute:!0})],mo.prototype,`title`,void 0),mo=K([I(`mte-tooltip`)],mo);var ho=class{constructor(e,{target:t,config:n,callback:r,skipInitial:i}){this.t=new Set,this.o=!1,this.i=!1,this.h=e,t!==null&&this.t.add(t??e),this.o=i??this.o,this.callback=r,window.IntersectionObserver?(this.u=new IntersectionObserver(e=>{let t=this.i;this.i=!1,this.o&&t||(this.handleChanges(e),this.h.requestUpdate())},n),e.addController(this)):console.warn(`IntersectionController error: browser does not support IntersectionObserver.`)}handleChanges(e){this.value=this.callback?.(e,this.u)}hostConnected(){for(let e of this.t)this.observe(e)}hostDisconnected(){this.disconnect()}async hostUpdated(){let e=this.u.takeRecords();e.length&&this.handleChanges(e)}observe(e){this.t.add(e),this.u.observe(e),this.i=!0}unobserve(e){this.t.delete(e),this.u.unobserve(e)}disconnect(){this.u.disconnect()}},go=class extends W{#e;constructor(){super(),this.detected=0,this.noCoverage=0,this.pending=0,this.survived=0,this.total=0,this.#e=new ho(this,{callback:([e])=>!e.isIntersecting})}render(){return M`${this.#t()}\\n      <div data-test-id=\\"progress-bar\\" class=\\"my-4 rounded-md bg-white transition-all\\">\\n        <div class=\\"parts flex h-8 w-full overflow-hidden rounded-sm bg-gray-200\\">${this.#n(!1)}</div>\\n      </div>`}#t(){return M`<div\\n      data-test-id=\\"small-progress-bar\\"\\n      class=\\"${this.#e.value?`opacity-100`:`opacity-0`} pointer-events-none fixed top-offset left-0 z-20 flex w-full justify-center transition-all\\"\\n    >\\n      <div class=\\"container w-full bg-white py-2\\">\\n        <div class=\\"flex h-2 overflow-hidden rounded-sm bg-gray-200\\">${this.#n(!0)}</div>\\n      </div>\\n    </div>`}#n(e){return Y(this.#r(),e=>e.type,t=>M`<div\\n          title=${e?F:t.tooltip}\\n          style=\\"width: ${this.#a(t.amount)}%\\"\\n          class=\\"${this.#i(t.type)} ${t.amount===0?`opacity-0`:`opacity-100`} relative flex items-center overflow-hidden motion-safe:transition-width\\"\\n          >${e?F:M`<span class=\\"ms-3 font-bold text-gray-800\\">${t.amount}</span>`}\\n        </div>`)}#r(){return[{type:`detected`,amount:this.detected,tooltip:`killed + timeout (${this.detected})`},{type:`survived`,amount:this.survived,tooltip:`survived (${this.survived})`},{type:`no coverage`,amount:this.noCoverage,tooltip:`no coverage (${this.noCoverage})`},{type:`pending`,amount:this.pending,tooltip:`pending`}]}#i(e){switch(e){case`detected`:return`bg-green-600`;case`survived`:return`bg-red-600`;case`no coverage`:return`bg-yellow-600`;default:return`bg-gray-200`}}#a(e){return this.total===0?0:100*e/this.total}};return K([L({type:Number})],go.prototype,`detected`,void 0),K([L({type:Number,attribute:`no-coverage`})],go.prototype,`noCoverage`,void 0),K([L({type:Number})],go.prototype,`pending`,void 0),K([L({type:Number})],go.prototype,`survived`,void 0),K([L({type:Number})],go.prototype,`total`,void 0),go=K([I(`mte-result-status-bar`)],go),Object.defineProperty(e,\\"MutationTestReportAppComponent\\",{enumerable:!0,get:function(){return J}}),e})({});"}');
;// CONCATENATED MODULE: ./src/report/mutant-location.ts

/**
 * Where in the policy file as written a mutant changed something: the action or resource it
 * removed or narrowed when that element can be found, else the whole statement.
 */
class MutantLocator {
    source;
    lineStarts;
    policy;
    constructor(source) {
        this.source = source;
        this.lineStarts = [0];
        for (let i = 0; i < source.length; i++)
            if (source[i] === '\n')
                this.lineStarts.push(i + 1);
        this.policy = (0,src_policy/* parsePolicy */.ON)(source, 'policy').value;
    }
    locate(mutant, fallbackLine) {
        const statement = this.policy?.statements[mutant.index];
        if (statement === undefined)
            return this.lineSpan(fallbackLine);
        const element = this.element(mutant, statement);
        return element ?? this.span(statement.start, statement.end);
    }
    element(mutant, statement) {
        const detail = mutantDetail(mutant.id);
        if (detail === undefined)
            return undefined;
        if (mutant.mutator === 'remove-action') {
            const actions = statement.action ?? [];
            const lower = detail.toLowerCase();
            const hit = actions.find((a) => a.value.toLowerCase() === lower) ??
                actions.find((a) => globMatches(a.value.toLowerCase(), lower));
            return hit && this.span(hit.start, hit.end);
        }
        if (mutant.mutator === 'narrow-resource') {
            // The id names the resource as attached (after substitution); the description, once
            // substitutions are reversed, names it as written.
            const written = /^narrowed (.+?) to /.exec(mutant.description ?? '')?.[1];
            const resources = statement.resource ?? [];
            const hit = resources.find((r) => r.value === detail || r.value === written);
            return hit && this.span(hit.start, hit.end);
        }
        return undefined;
    }
    span(start, end) {
        return { start: this.position(start), end: this.position(end) };
    }
    position(offset) {
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            if ((this.lineStarts[mid] ?? 0) <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - (this.lineStarts[lo] ?? 0) + 1 };
    }
    /** The whole of one line: where the report says the statement starts. */
    lineSpan(line) {
        const index = Math.min(Math.max(line, 1), this.lineStarts.length) - 1;
        const start = this.lineStarts[index] ?? 0;
        const next = this.lineStarts[index + 1];
        const end = next === undefined ? this.source.length : next - 1;
        return { start: this.position(start), end: this.position(Math.max(end, start + 1)) };
    }
}
/** `remove-action:0:s3:GetObject` -> `s3:GetObject`; ids without a detail give undefined. */
function mutantDetail(id) {
    const match = /^[a-z-]+:\d+:(.+)$/s.exec(id);
    return match?.[1];
}
/** IAM action wildcards: `*` any run, `?` one character. */
function globMatches(pattern, value) {
    const regex = pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.');
    return new RegExp(`^${regex}$`, 's').test(value);
}

;// CONCATENATED MODULE: ./src/report/mutation-testing-report.ts

/**
 * mutation.json in the Stryker mutation-testing-report-schema format (version 2), which
 * mutation-testing-elements and the Stryker dashboard read: one file entry per policy with its
 * text as written, each mutant located in it. Pure.
 */
const STATUS = {
    killed: 'Killed',
    // The workload broke, so the mutant is detected; the reason says it was for another action.
    'killed-other-action': 'Killed',
    survived: 'Survived',
    'no-coverage': 'NoCoverage',
    timeout: 'Timeout',
    error: 'RuntimeError',
};
function buildMutationTestingReport(report, policySources) {
    const files = {};
    const roles = new Map();
    for (const t of report.targets)
        roles.set(t.policy, (roles.get(t.policy) ?? 0) + 1);
    for (const target of report.targets) {
        const source = policySources[target.policy] ?? missingSource(target);
        const locator = new MutantLocator(source);
        const file = (files[target.policy] ??= { language: 'json', source, mutants: [] });
        for (const mutant of target.mutants) {
            // Mutant ids are unique within a target; the policy (and the role, when one policy is
            // tested under several) makes them unique across the report.
            const owner = (roles.get(target.policy) ?? 0) > 1 ? `${target.policy}@${target.role}` : target.policy;
            const id = `${owner}#${mutant.id}`;
            file.mutants.push(mutantResult(mutant, id, target, locator));
        }
    }
    return {
        schemaVersion: '2',
        thresholds: { high: 80, low: 60 },
        files,
        framework: { name: report.tool.name, version: report.tool.version },
    };
}
function renderMutationJson(report, policySources) {
    return `${JSON.stringify(buildMutationTestingReport(report, policySources), null, 2)}\n`;
}
function mutantResult(mutant, id, target, locator) {
    const statement = target.statements.find((s) => s.index === mutant.index);
    const result = {
        id,
        mutatorName: mutant.mutator,
        location: locator.locate(mutant, statement?.line ?? 1),
        status: STATUS[mutant.status],
        statusReason: statusReason(mutant, target),
    };
    if (mutant.description !== undefined)
        result.description = mutant.description;
    if (mutant.mutator === 'remove-statement' || mutant.mutator === 'remove-deny') {
        result.replacement = '(statement removed)';
    }
    return result;
}
function statusReason(mutant, target) {
    const predicted = mutant.rerun === false ? ' (predicted from the baseline, not re-run)' : '';
    const evidence = mutant.evidence === undefined ? '' : ` (evidence: ${mutant.evidence})`;
    if (target.baseline.status !== 'passed') {
        return `not run: the baseline ${target.baseline.status === 'failed' ? 'was denied' : `did not pass (${target.baseline.status})`}`;
    }
    switch (mutant.status) {
        case 'killed':
            if (mutant.mutator === 'remove-deny') {
                const allowed = mutant.allowedAction ?? mutant.deniedAction ?? 'a denied call';
                const probe = mutant.probe === undefined ? '' : `\`${mutant.probe}\` succeeds: `;
                return `without it, ${probe}${allowed} becomes allowed${evidence}${predicted}`;
            }
            return `the workload was denied ${mutant.deniedAction ?? 'a call'}${evidence}${predicted}`;
        case 'killed-other-action':
            return `the workload was denied ${mutant.deniedAction ?? 'a call'}, an action this mutant did not remove (killed by another action)${evidence}${predicted}`;
        case 'survived':
            return mutant.mutator === 'remove-deny'
                ? `nothing became allowed without it${predicted}`
                : `the workload passed without it${predicted}`;
        case 'no-coverage':
            return mutant.mutator === 'remove-deny'
                ? 'no probe exercises this Deny'
                : 'the workload never used what it removes';
        case 'timeout':
            return `the workload did not finish under this mutant${predicted}`;
        case 'error':
            return `the workload failed for a reason other than a denial${predicted}`;
    }
}
/** Without the file's text the mutants still need a place; one line says why it is empty. */
function missingSource(target) {
    return `// the text of ${target.policy} was not available when this report was rendered\n`;
}

;// CONCATENATED MODULE: ./src/report/html-report.ts



/**
 * report.html: one self-contained page (no network, opens from disk): our per-statement table
 * on top, then Stryker's mutation-testing-elements app showing every mutant in the policy's
 * own text. The elements bundle is inlined from a generated JSON module (see
 * scripts/generate-report-assets.mjs), so the CLI bundle carries it. Pure.
 */
function renderHtmlReport(report, policySources) {
    const mutation = buildMutationTestingReport(report, policySources);
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(`${report.tool.name} ${report.tool.version}`)}">
<title>iam-mutate report</title>
<style>${STYLE}</style>
</head>
<body>
<header class="iam-summary">
<h1>${headline(report)}</h1>
${report.targets.map(html_report_renderTarget).join('\n')}
${strykerNote(report)}
</header>
<mutation-test-report-app title-postfix="iam-mutate"></mutation-test-report-app>
<script>
/* ${mutation_elements_generated_namespaceObject.F7} ${mutation_elements_generated_namespaceObject.rE}, ${mutation_elements_generated_namespaceObject.qY} licence (https://github.com/stryker-mutator/mutation-testing-elements) */
${mutation_elements_generated_namespaceObject.K$}
</script>
<script>
document.querySelector('mutation-test-report-app').report = ${scriptJson(mutation)};
</script>
</body>
</html>
`;
}
/** The version of mutation-testing-elements inlined, for the report's own provenance. */
const INLINED_ELEMENTS = { package: mutation_elements_generated_namespaceObject.F7, version: mutation_elements_generated_namespaceObject.rE };
function headline(report) {
    const problems = (0,statement_view/* reportProblems */.Tw)(report);
    return problems.length === 0
        ? '<span class="mark good">✓</span> iam-mutate: every statement is justified'
        : `<span class="mark bad">✗</span> iam-mutate: ${escapeHtml(problems.join(', '))}`;
}
/** The app below scores Stryker's way; say where that differs from our verdicts. */
function strykerNote(report) {
    const timeouts = report.targets.some((t) => t.mutants.some((m) => m.status === 'timeout'));
    const errors = report.targets.some((t) => t.mutants.some((m) => m.status === 'error'));
    if (!timeouts && !errors)
        return '';
    return `<p class="notes">In the mutation view below, Stryker's convention counts a Timeout as detected and leaves runtime errors out of the score; iam-mutate judges both as undecided (the table above and the gate).</p>`;
}
function html_report_renderTarget(target) {
    const base = target.baseline;
    const baseline = base.status === 'passed'
        ? `<p>Baseline passed (${base.calls.length} authorized call(s) recorded).</p>`
        : `<p class="broken"><strong><span class="mark bad">✗</span> Baseline ${escapeHtml(base.status)}:</strong> ${escapeHtml(base.reason ?? 'no reason recorded')}. No mutant was run, so no statement was judged.</p>`;
    const rows = target.statements.map((s) => html_report_row(s, target)).join('\n');
    const score = target.score === null ? 'n/a' : `${target.score}%`;
    const mutantScore = target.mutantScore === null ? 'n/a' : `${target.mutantScore}%`;
    const suggested = target.suggestedPolicy;
    const suggestion = suggested === undefined
        ? ''
        : `<details><summary>Suggested policy (${suggested.verified ? 'verified' : '<strong>NOT verified</strong>'})</summary>${suggested.verified
            ? ''
            : `<p class="broken">Why: ${(0,statement_view/* unverifiedReasons */.nO)(target).map(escapeHtml).join(' ')}</p>`}<pre>${escapeHtml(JSON.stringify(suggested.policy, null, 2))}</pre></details>`;
    const notes = target.notes.length === 0
        ? ''
        : `<ul class="notes">${target.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>`;
    return `<section>
<h2><code>${escapeHtml(target.policy)}</code> <span class="role">role <code>${escapeHtml(target.role)}</code></span></h2>
${baseline}
<table>
<thead><tr><th>Sid</th><th>Effect</th><th>Actions</th><th>Resources</th><th>Verdict</th><th>Evidence</th><th>Findings</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<p class="score"><strong>Score:</strong> ${score} · <strong>Mutant score:</strong> ${mutantScore}</p>
${suggestion}
${notes}
</section>`;
}
function html_report_row(s, target) {
    const unjustified = (0,statement_view/* isUnjustified */.bq)(s);
    const flagged = (0,statement_view/* isFlagged */.Hd)(s);
    const classes = [unjustified && 'unjustified', flagged && 'flagged'].filter(Boolean).join(' ');
    // Characters every text font has: a missing emoji font must not hide the verdict.
    const icons = `${unjustified ? '<span class="mark bad">✗</span>' : ''}${flagged ? '<span class="mark flag">⚑</span>' : ''}`;
    const name = escapeHtml((0,statement_view/* statementName */.Vy)(s));
    const verdict = (0,statement_view/* verdictView */.n8)(s, target);
    const evidence = (0,statement_view/* evidenceParts */.aB)(s, target)
        .map((p) => ('code' in p ? `<code>${escapeHtml(p.code)}</code>` : escapeHtml(p.text)))
        .join('');
    const findings = (0,statement_view/* findingTexts */.iT)(s);
    return `<tr${classes === '' ? '' : ` class="${classes}"`}>
<td>${unjustified || flagged ? `<strong>${icons}${name}</strong>` : name}</td>
<td class="nowrap">${s.effect}</td>
<td>${codeList(s.actions)}</td>
<td>${codeList(s.resources)}</td>
<td><span class="mark ${VERDICT_CLASS[verdict.symbol]}">${verdict.symbol}</span> ${unjustified ? `<strong>${verdict.label}</strong>` : verdict.label}</td>
<td>${evidence}</td>
<td>${findings.length === 0 ? '—' : findings.map((f) => `${flagged ? '<span class="mark flag">⚑</span> ' : ''}${escapeHtml(f)}`).join('<br>')}</td>
</tr>`;
}
const VERDICT_CLASS = { '✓': 'good', '✗': 'bad', '?': 'undecided', '–': 'undecided' };
function codeList(items) {
    return items.length === 0
        ? '—'
        : items.map((i) => `<code>${breakable(escapeHtml(i))}</code>`).join('<br>');
}
/** Lets a narrow cell wrap an ARN after `:` and `/` rather than inside a word. */
function breakable(escaped) {
    return escaped.replace(/([:/])(?=.)/g, '$1<wbr>');
}
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}
/** JSON inside a <script> element: `<` and the JS line separators cannot end or break it. */
function scriptJson(value) {
    return JSON.stringify(value)
        .replace(/</g, '\\u003c')
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
}
const STYLE = `
.iam-summary { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; max-width: 100%; padding: 1.5rem 2rem 1rem; box-sizing: border-box; }
.iam-summary h1 { font-size: 1.5rem; margin: 0 0 1rem; }
.iam-summary h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
.iam-summary .role { font-weight: normal; color: #59636e; font-size: .95rem; }
.iam-summary table { border-collapse: collapse; width: 100%; font-size: .85rem; }
.iam-summary th, .iam-summary td { border: 1px solid #d1d9e0; padding: .35rem .5rem; text-align: left; vertical-align: top; }
.iam-summary td code { overflow-wrap: break-word; }
.iam-summary h2 code { font-size: inherit; }
.iam-summary .nowrap { white-space: nowrap; }
.iam-summary .mark { display: inline-block; min-width: 1.1em; text-align: center; font-weight: bold; border-radius: 3px; }
.iam-summary .mark.good { color: #1a7f37; }
.iam-summary .mark.bad { color: #fff; background: #cf222e; }
.iam-summary .mark.flag { color: #9a6700; }
.iam-summary .mark.undecided { color: #fff; background: #9a6700; }
.iam-summary th { background: #f6f8fa; }
.iam-summary tr.unjustified td { background: #ffebe9; }
.iam-summary tr.flagged td:last-child { background: #fff8c5; }
.iam-summary code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .8rem; }
.iam-summary .broken { background: #ffebe9; padding: .5rem; border-left: 4px solid #cf222e; }
.iam-summary .notes { color: #59636e; }
.iam-summary pre { background: #f6f8fa; padding: .5rem; overflow: auto; }
`;

// EXTERNAL MODULE: ./src/report/sarif.ts
var sarif = __webpack_require__(643);
;// CONCATENATED MODULE: ./src/report/run-sarif.ts




/** Our own rules, next to the linter's (ruleMetadata()). */
const RUN_RULES = [
    {
        id: 'UNJUSTIFIED_STATEMENT',
        title: 'Statement not justified by the workload',
        help: 'iam-mutate ran the workload with this statement removed and nothing it checks changed: ' +
            'for an Allow, every call was still allowed (granted by another statement, or never made); ' +
            'for a Deny, every probe stayed denied. Remove the statement, or narrow it to what the ' +
            'workload uses (the suggested policy in comment.md), or add the workload step or probe ' +
            'that needs it.',
        helpUri: 'https://github.com/iam-mutate/iam-mutate/blob/main/docs/verdicts.md',
        defaultLevel: 'error',
    },
    {
        id: 'UNDECIDED_STATEMENT',
        title: 'Statement could not be judged',
        help: 'The workload timed out or failed for another reason under a mutant of this statement, so ' +
            'iam-mutate could not decide whether the statement is needed. It is never counted as ' +
            'justified; fix the workload (or raise its timeout) and run again.',
        helpUri: 'https://github.com/iam-mutate/iam-mutate/blob/main/docs/verdicts.md',
        defaultLevel: 'warning',
    },
];
/**
 * results.sarif for a run: one result per unjustified statement (UNJUSTIFIED_STATEMENT), per
 * statement that could not be judged (UNDECIDED_STATEMENT), and per finding (the linter's
 * rules), at the policy file's line and column. Suppressed findings stay in the log with a
 * SARIF suppression. Policy paths are as the report names them: relative to the repository
 * root, which upload-sarif resolves them against.
 */
function renderRunSarif(report) {
    const rules = [
        ...RUN_RULES,
        ...(0,lint/* ruleMetadata */.Aq)().map((r) => ({
            id: r.code,
            title: r.title,
            help: r.help,
            helpUri: r.docs,
            defaultLevel: r.severity,
        })),
    ];
    const results = report.targets.flatMap((t) => t.statements.flatMap((s) => resultsFor(s, t)));
    const log = (0,sarif/* buildSarifLog */.e)({ name: version/* TOOL_NAME */.l, version: version/* VERSION */.x }, rules, results);
    return `${JSON.stringify(log, null, 2)}\n`;
}
function resultsFor(s, target) {
    const where = { file: target.policy, line: s.line, ...column(s) };
    const facts = { statementIndex: s.index, ...(s.sid !== null && { sid: s.sid }) };
    const out = [];
    const judged = target.baseline.status === 'passed';
    if (judged && s.justified === false) {
        out.push({
            ruleId: 'UNJUSTIFIED_STATEMENT',
            level: 'error',
            message: `${s.effect} statement ${(0,statement_view/* statementName */.Vy)(s)} is unjustified: ${(0,statement_view/* evidenceText */.rS)(s, target)}.${suggestionText(s)}`,
            ...where,
            properties: { ...facts, effect: s.effect, status: s.status },
        });
    }
    if (judged && s.justified === null) {
        out.push({
            ruleId: 'UNDECIDED_STATEMENT',
            level: 'warning',
            message: `${s.effect} statement ${(0,statement_view/* statementName */.Vy)(s)} could not be judged: ${(0,statement_view/* evidenceText */.rS)(s, target)}.`,
            ...where,
            properties: { ...facts, effect: s.effect, status: s.status },
        });
    }
    for (const f of s.findings) {
        out.push({
            ruleId: f.code,
            level: f.severity,
            message: f.fix === undefined ? f.message : `${f.message}. Fix: ${f.fix}`,
            file: target.policy,
            line: f.line ?? s.line,
            ...(f.line !== undefined ? f.column !== undefined && { column: f.column } : column(s)),
            ...(f.suppressed === true && { suppressed: { reason: f.reason ?? '' } }),
            properties: { ...facts, ...(f.fix !== undefined && { fix: f.fix }) },
        });
    }
    return out;
}
/** The statement's column, when the report records one (reports before it did not). */
function column(s) {
    return s.column === undefined ? {} : { column: s.column };
}
/** The suggestion's words, with the reason when it could not be verified. */
function suggestionText(s) {
    if (s.suggestion === null)
        return '';
    const what = s.suggestion.statement === null ? 'remove it' : 'narrow it (see the suggested policy)';
    const how = s.suggestion.verified ? 'verified' : 'NOT verified';
    return ` Suggestion (${how}): ${s.suggestion.reason === '' ? what : s.suggestion.reason}.`;
}

;// CONCATENATED MODULE: ./src/report/render-all.ts




/** Every file a run writes, in the order they are written. */
const REPORT_FILE_NAMES = [
    'report.json',
    'comment.md',
    'results.sarif',
    'mutation.json',
    'report.html',
];
/**
 * Every file a run writes, rendered from one report (report.json itself included). Pure: the caller writes
 * them (atomically) and decides where. Pass the report with substitutions reversed
 * (reverse-substitutions.ts) so every file reads like the repository's policy.
 */
function renderReports(report, options) {
    return {
        'report.json': `${JSON.stringify(report, null, 2)}\n`,
        'comment.md': renderComment(report, {
            configPath: options.configPath,
            policySources: options.policySources,
            ...(options.reportUrl !== undefined && { reportUrl: options.reportUrl }),
        }),
        'results.sarif': renderRunSarif(report),
        'mutation.json': renderMutationJson(report, options.policySources),
        'report.html': renderHtmlReport(report, options.policySources),
    };
}

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
        if (forbiddenWorkloadVariable(name)) {
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
        throw new common_errors/* InputError */.dz(syntax);
    const data = toData(doc, source.file, at);
    if (data === null || data === undefined) {
        throw new common_errors/* InputError */.dz([
            { file: source.file, message: 'config file is empty', severity: 'error' },
        ]);
    }
    const validate = validator();
    if (!validate(data)) {
        throw new common_errors/* InputError */.dz(schemaDiagnostics(validate.errors ?? [], doc, source.file, at));
    }
    const semantic = semanticDiagnostics(data, doc, source.file, at);
    if (semantic.length > 0)
        throw new common_errors/* InputError */.dz(semantic);
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
            throw new common_errors/* InputError */.dz(missing.map(({ path: keyPath, value }) => ({
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
        throw new common_errors/* InputError */.dz([
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
        throw new common_errors/* InputError */.dz([
            { file: configPath, message: `config file ${reason}`, severity: 'error' },
        ]);
    }
    return parseConfig(text, { file: configPath, rootDir: cwd, fileExists: external_node_fs_.existsSync });
}

;// CONCATENATED MODULE: ./src/app/read-policy-sources.ts


/**
 * Each target's policy text as written in the repository (target.policy is relative to the
 * config's root), for the reports that show the policy's own lines. A file that cannot be
 * read is left out: the renderers then say the source is missing rather than guess it.
 */
async function readPolicySources(report, rootDir) {
    const sources = {};
    for (const target of report.targets) {
        try {
            sources[target.policy] = await (0,promises_.readFile)(external_node_path_default().resolve(rootDir, target.policy), 'utf8');
        }
        catch {
            // Left out on purpose (see above).
        }
    }
    return sources;
}

;// CONCATENATED MODULE: ./src/app/write-report-files.ts


/**
 * Writes a set of report files so that a reader never sees half a file and a failure leaves
 * none of the set behind: every file is first written next to its final name, and only when
 * all of them are on disk are they renamed into place. Returns the final paths, in order.
 */
async function writeReportFiles(dir, files) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const staged = [];
    try {
        for (const [name, content] of Object.entries(files)) {
            const final = external_node_path_default().join(dir, name);
            const partial = `${final}.partial-${process.pid}`;
            staged.push({ partial, final });
            await (0,promises_.writeFile)(partial, content);
        }
    }
    catch (error) {
        await Promise.all(staged.map((s) => (0,promises_.rm)(s.partial, { force: true })));
        throw error;
    }
    for (const { partial, final } of staged)
        await (0,promises_.rename)(partial, final);
    return staged.map((s) => s.final);
}

;// CONCATENATED MODULE: ./src/app/run-and-report.ts







/**
 * The one run path of `iam-mutate run` and the GitHub Action: load the config, run the plan,
 * render every report file (report.json, comment.md, results.sarif, mutation.json,
 * report.html) and write them all or none, then decide the gate. What to print and how to fail
 * is the caller's business.
 */
async function runAndReport(options) {
    const loaded = loadConfigFile(options.configPath, options.cwd);
    const config = options.emulator ? { ...loaded, emulator: options.emulator } : loaded;
    const reportDir = external_node_path_default().resolve(options.cwd, options.reportDir);
    const report = await runPlan({
        config,
        ...(options.endpoint !== undefined && { endpoint: options.endpoint }),
        only: options.only ?? [],
        verify: config.verify,
        ...(options.useAuthorizationLog !== undefined && {
            useAuthorizationLog: options.useAuthorizationLog,
        }),
        ...(options.cache !== undefined && { cache: options.cache }),
        ...(options.allowRemoteEmulator === true && { allowRemoteEmulator: true }),
        reportDir,
        hostEnv: options.hostEnv,
        ...(options.reporter && { reporter: options.reporter }),
        ...(options.launchLocalEmu && { launchLocalEmu: options.launchLocalEmu }),
    });
    const files = await writeReports(report, {
        rootDir: config.rootDir,
        reportDir,
        configPath: options.configPath,
        ...(options.reportUrl !== undefined && { reportUrl: options.reportUrl }),
    });
    return { report, gate: evaluateGate(report, options.failOn), files };
}
/**
 * Renders every report file from one report and writes them all or none (also used by
 * `iam-mutate report --from`, which re-renders a saved report.json).
 */
async function writeReports(report, options) {
    const rendered = renderReports(report, {
        policySources: await readPolicySources(report, options.rootDir),
        configPath: options.configPath,
        ...(options.reportUrl !== undefined && { reportUrl: options.reportUrl }),
    });
    await writeReportFiles(options.reportDir, rendered);
    return Object.fromEntries(REPORT_FILE_NAMES.map((name) => [
        name,
        { path: external_node_path_default().join(options.reportDir, name), content: rendered[name] },
    ]));
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

/***/ 6525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hd: () => (/* binding */ isFlagged),
/* harmony export */   Tw: () => (/* binding */ reportProblems),
/* harmony export */   Vy: () => (/* binding */ statementName),
/* harmony export */   aB: () => (/* binding */ evidenceParts),
/* harmony export */   bq: () => (/* binding */ isUnjustified),
/* harmony export */   e_: () => (/* binding */ needsAttention),
/* harmony export */   iT: () => (/* binding */ findingTexts),
/* harmony export */   n8: () => (/* binding */ verdictView),
/* harmony export */   nO: () => (/* binding */ unverifiedReasons),
/* harmony export */   rS: () => (/* binding */ evidenceText)
/* harmony export */ });
/* unused harmony export activeFindings */
function statementName(s) {
    return s.sid ?? `#${s.index}`;
}
/** Findings that count: suppressed ones are shown apart and never flag a row. */
function activeFindings(s) {
    return s.findings.filter((f) => f.suppressed !== true);
}
function isUnjustified(s) {
    return s.justified === false;
}
function isFlagged(s) {
    return activeFindings(s).length > 0;
}
/** Rows a reader must look at: unjustified, flagged or undecided. */
function needsAttention(s) {
    return isUnjustified(s) || isFlagged(s) || s.justified === null;
}
function verdictView(s, target) {
    if (target.baseline.status !== 'passed')
        return { icon: '⚪', symbol: '–', label: 'not judged' };
    switch (s.status) {
        case 'killed':
        case 'killed-other-action':
            return { icon: '✅', symbol: '✓', label: 'justified' };
        case 'survived':
            return { icon: '❌', symbol: '✗', label: 'unjustified (survived)' };
        case 'no-coverage':
            return { icon: '❌', symbol: '✗', label: 'unjustified (no coverage)' };
        case 'timeout':
            return { icon: '⏱️', symbol: '?', label: 'undecided (timeout)' };
        case 'error':
            return { icon: '⚠️', symbol: '?', label: 'undecided (error)' };
    }
}
/** The remove-deny mutant of a Deny statement, which may carry the probe when the row does not. */
function denyMutant(s, target) {
    return target.mutants.find((m) => m.mutator === 'remove-deny' && m.index === s.index);
}
function evidenceText(s, target) {
    return evidenceParts(s, target)
        .map((p) => ('code' in p ? `\`${p.code}\`` : p.text))
        .join('');
}
/**
 * One sentence of evidence. A Deny is never "denied": removing it lets something through, so
 * the sentence says what became allowed and which probe showed it.
 */
function evidenceParts(s, target) {
    if (target.baseline.status !== 'passed') {
        return [
            {
                text: `not judged: the baseline ${target.baseline.status === 'failed' ? 'was denied' : `did not pass (${target.baseline.status})`}`,
            },
        ];
    }
    if (s.effect === 'Deny')
        return denyEvidence(s, target);
    return [{ text: allowEvidence(s) }];
}
function allowEvidence(s) {
    switch (s.status) {
        case 'killed':
            return `without it, ${s.deniedAction ?? 'a call'} is denied`;
        case 'killed-other-action':
            return `without it, ${s.deniedAction ?? 'a call'} is denied (not an action it grants)`;
        case 'survived':
            return s.coveredBy.length > 0
                ? `covered by ${s.coveredBy.join(', ')}: nothing changes without it`
                : 'nothing changes without it';
        case 'no-coverage':
            return 'never used by the workload';
        case 'timeout':
            return 'the workload timed out under a mutant';
        case 'error':
            return 'the workload failed for another reason under a mutant';
    }
}
function denyEvidence(s, target) {
    const said = denySentence(s, target);
    return typeof said === 'string' ? [{ text: said }] : said;
}
function denySentence(s, target) {
    switch (s.status) {
        case 'killed':
        case 'killed-other-action': {
            const mutant = denyMutant(s, target);
            const probe = s.probe ?? mutant?.probe;
            // Older reports put the action that got through in deniedAction; it was never denied.
            const allowed = s.allowedAction ?? mutant?.allowedAction ?? s.deniedAction ?? undefined;
            const what = allowed === undefined ? 'a denied call' : allowed;
            return probe === undefined
                ? `without it, ${what} becomes allowed`
                : [
                    { text: 'without it, ' },
                    { code: probe },
                    { text: ` succeeds: ${what} becomes allowed` },
                ];
        }
        case 'survived':
            return s.coveredBy.length > 0
                ? `covered by ${s.coveredBy.join(', ')}: nothing becomes allowed without it`
                : 'nothing becomes allowed without it';
        case 'no-coverage':
            return 'no probe exercises this Deny';
        case 'timeout':
            return 'the workload or probe timed out under a mutant';
        case 'error':
            return 'the workload or probe failed for another reason under a mutant';
    }
}
/** `IAM001 message` per finding, with its position when the linter gave one. */
function findingTexts(s) {
    return s.findings.map((f) => {
        const where = f.line === undefined
            ? ''
            : ` (line ${f.line}${f.column === undefined ? '' : `:${f.column}`})`;
        const suppressed = f.suppressed === true ? ' (suppressed)' : '';
        return `${f.code} ${f.message}${where}${suppressed}`;
    });
}
/**
 * Why an unverified suggestion could not be proved, from the notes the run wrote; never empty,
 * so an unverified suggestion is always shown with a reason or with the admission that none
 * was recorded.
 */
function unverifiedReasons(target) {
    const related = target.notes.filter((n) => /suggest|verif/i.test(n));
    return related.length > 0 ? related : ['no reason was recorded by the run'];
}
/** What is wrong with the run as a whole, worst first; empty when everything is justified. */
function reportProblems(report) {
    const statements = report.targets.flatMap((t) => t.statements);
    const broken = report.targets.filter((t) => t.baseline.status !== 'passed').length;
    const unjustified = statements.filter(isUnjustified).length;
    const flagged = statements.filter(isFlagged).length;
    const undecided = report.targets
        .filter((t) => t.baseline.status === 'passed')
        .flatMap((t) => t.statements)
        .filter((s) => s.justified === null).length;
    return [
        broken > 0 && `${broken} baseline(s) did not pass`,
        unjustified > 0 && `${unjustified} unjustified statement(s)`,
        flagged > 0 && `${flagged} flagged statement(s)`,
        undecided > 0 && `${undecided} undecided statement(s)`,
    ].filter((p) => typeof p === 'string');
}


/***/ })

};
