export const id = 15;
export const ids = [15];
export const modules = {

/***/ 15:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gn: () => (/* binding */ readRememberedTimings),
  h0: () => (/* binding */ rememberTimings),
  runPlanTimed: () => (/* binding */ runPlanTimed)
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
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/emulator/internal-client.ts
var internal_client = __webpack_require__(4148);
// EXTERNAL MODULE: ./src/emulator/authz/authz-log.ts
var authz_log = __webpack_require__(4899);
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
        const response = await (0,internal_client/* internalGet */.E5)(endpoint, '/_iam-mutate/health', auth);
        if (response.status !== 200)
            return undefined;
        const body = JSON.parse(response.body);
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
                const first = page.records[0];
                // Every decision is numbered one after another: a first record past after + 1 means the
                // ones between left the emulator's window unread, and a run judged without them could
                // call a statement unused. Fail the run instead.
                if (first !== undefined && first.seq > after + 1)
                    throw new Error(`the authorization log lost records ${after + 1}..${first.seq - 1} before they ` +
                        `were read: the emulator keeps only its newest records in memory ` +
                        `(${authz_log/* DEFAULT_AUTHZ_LOG_CAPACITY */.z.toLocaleString('en-US')} unless started with another ` +
                        `authzLogCapacity), and one workload run made more calls ` +
                        `than that, or the log was cleared during the run`);
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
    const response = await (0,internal_client/* internalGet */.E5)(base, path, auth);
    if (response.status !== 200) {
        throw new Error(`GET ${base}${path} answered ${response.status}: ${response.body.slice(0, 200)}`);
    }
    return JSON.parse(response.body);
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
admin, started, launchLocalEmu, 
/** The host environment Lambda workers draw their allow-listed variables from. */
hostEnv, 
/**
 * The interpreter setup's `#!/usr/bin/env python3` resolved to (run-plan.ts): Lambda's Python
 * is then that one, asked about itself directly instead of through `python3` (and a shim) again.
 */
setupPython) {
    switch (config.emulator.kind) {
        case 'endpoint':
            return { endpoint: config.emulator.url, ready: Promise.resolve() };
        case 'localemu': {
            if (!launchLocalEmu) {
                throw new errors/* RunError */.e4('emulator: localemu needs a docker engine and is started by `iam-mutate run` or the action; start LocalEmu yourself and set emulator: http://localhost:4566, or use emulator: embedded');
            }
            const emu = await launchLocalEmu();
            started(emu);
            return { endpoint: emu.endpoint, ready: Promise.resolve() };
        }
        case 'embedded': {
            // Bound first, loaded after: setup can start against the address while the emulator
            // (a large module) loads. A run against an endpoint never parses the emulator.
            const { listenFirst } = await __webpack_require__.e(/* import() */ 851).then(__webpack_require__.bind(__webpack_require__, 6851));
            const listening = await listenFirst(0, '127.0.0.1');
            // With a Lambda workload, Python is looked up now rather than once the emulator has
            // loaded: behind a version manager's shim (pyenv's) the lookup takes ~0.4 s, and the
            // function's standby worker waits for it.
            const pythonLookUp = config.targets.some((t) => t.workload.kind === 'lambda')
                ? __webpack_require__.e(/* import() */ 421).then(__webpack_require__.bind(__webpack_require__, 2421)).then(async ({ probeInterpreter }) => probeInterpreter('python', (await setupPython) ?? 'python3', hostEnv ?? {}))
                : undefined;
            const emulator = Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(70), __webpack_require__.e(619)]).then(__webpack_require__.bind(__webpack_require__, 3619)).then(({ startEmulator }) => startEmulator({
                listening,
                enforcement: config.enforcement,
                account: config.account,
                region: config.region,
                adminCredentials: [
                    { accessKeyId: admin.accessKeyId, secretAccessKeys: [admin.secretAccessKey] },
                ],
                ...(hostEnv && { lambdaHostEnvironment: hostEnv }),
                // While setup runs, so that its CreateFunction does not wait for the interpreter probe.
                ...(pythonLookUp && { lookUpLambdaRuntimes: ['python'], pythonLookUp }),
            }));
            const ready = emulator.then(() => undefined, async (error) => {
                const reason = error instanceof Error ? error.message : String(error);
                await listening.abandon(reason);
                throw new errors/* RunError */.e4(`the embedded emulator could not start: ${reason}`);
            });
            // Observed by whoever awaits it; never an unhandled rejection in between.
            ready.catch(() => undefined);
            started({
                async stop() {
                    const running = await emulator.catch(() => undefined);
                    await (running ? running.stop() : listening.close());
                },
            });
            return {
                endpoint: listening.url,
                ready,
                ...(pythonLookUp && {
                    pythonLookedUp: Promise.all([pythonLookUp, ready]).then(() => undefined, () => undefined),
                }),
            };
        }
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
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

// EXTERNAL MODULE: ./src/mutate/backends/command-workload.ts
var command_workload = __webpack_require__(6397);
// EXTERNAL MODULE: ./src/mutate/setup-interpreter.ts
var setup_interpreter = __webpack_require__(868);
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

// EXTERNAL MODULE: ./src/mutate/workload-environment.ts
var workload_environment = __webpack_require__(1417);
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
        const env = (0,workload_environment/* workloadEnvironment */.Dx)(setup.hostEnv, setup.endpoint, setup.region, setup.admin, { IAM_MUTATE_OUTPUT: outputFile }, setup.emptyConfigFile, setup.envNames);
        const python = await setup.python;
        const result = await (0,command_workload/* runCommandWorkload */.M)(python
            ? 'exec "$1" "$0"'
            : // A script without the executable bit is run with bash rather than failing on a mode bit.
                'if [ -x "$0" ]; then exec "$0"; else exec bash "$0"; fi', {
            cwd: setup.rootDir,
            timeoutMs: setup.timeoutMs,
            env: python ? (0,setup_interpreter/* applySetupPython */.ok)(env, python) : env,
            args: python ? [setup.script, python.executable] : [setup.script],
            ...(setup.signal && { signal: setup.signal }),
            ...(setup.onStarted && { onSpawned: setup.onStarted }),
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

// EXTERNAL MODULE: ./src/mutate/substitute.ts
var substitute = __webpack_require__(844);
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
    const setupPython = options.setupPython ?? (0,setup_interpreter/* lookUpSetupPython */.Gh)(config, options.hostEnv, options.endpoint);
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
        const { endpoint, ready, pythonLookedUp } = options.endpoint !== undefined
            ? { endpoint: options.endpoint, ready: Promise.resolve() }
            : await reachEmulator(config, runAdmin, (e) => {
                emulator = e;
                embedded = config.emulator.kind === 'embedded';
            }, options.launchLocalEmu, options.hostEnv, setupPython?.then((python) => python?.executable));
        (0,errors/* throwIfInterrupted */.sK)(signal);
        const ADMIN = embedded ? runAdmin : WELL_KNOWN;
        let background;
        const startBackground = () => {
            if (background !== undefined)
                return background;
            const engine = Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(435), __webpack_require__.e(152), __webpack_require__.e(365)]).then(__webpack_require__.bind(__webpack_require__, 6365));
            background = {
                engine,
                log: options.useAuthorizationLog === false
                    ? Promise.resolve(undefined)
                    : ready.then(() => connectAuthorizationLog(endpoint, config.account, ADMIN)),
                findings: engine.then(async ({ statementFindings, ignoreEntriesFor }) => {
                    const findings = [];
                    for (const [index, target] of targets.entries()) {
                        // One policy per turn of the event loop: setup's requests are served in between.
                        await new Promise((resolve) => setImmediate(resolve));
                        findings.push(options.lintPolicy !== undefined || cached[index] !== undefined
                            ? undefined
                            : statementFindings(policies[index].parsed, ignoreEntriesFor(config.ignore, target.policy)));
                    }
                    return findings;
                }),
            };
            // Awaited after setup; a setup failure must not leave them rejected unobserved.
            for (const work of [background.engine, background.log, background.findings]) {
                work.catch(() => undefined);
            }
            options.whileSetupRuns?.();
            return background;
        };
        let outputs = {};
        if (config.setup) {
            options.reporter?.onSetupStarted?.(external_node_path_default().relative(config.rootDir, config.setup));
            // Started against the address while the emulator may still be loading: its first
            // requests wait for it (reach-emulator.ts).
            outputs = await runSetup({
                // After the emulator: setup's first requests need it before anything else. And after
                // the Python lookup, when there is one: loading the engine holds node's thread for
                // ~0.2 s, which would hold back the lookup's answer and so the standby worker's start,
                // and the function's first invoke waits for that worker.
                onStarted: () => void Promise.all([ready, pythonLookedUp]).then(startBackground, () => undefined),
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
                ...(setupPython && { python: setupPython }),
            }).catch(async (error) => {
                const stopped = (0,errors/* interruptionOf */.nS)(error, signal);
                stopped?.during.unshift('setup');
                // A setup that failed because the emulator never came up: say that instead.
                if (!stopped)
                    await ready;
                throw stopped ?? error;
            });
        }
        await ready;
        const work = startBackground();
        const { awsSdkBackend, preparePolicy, runTarget, RoleNotFoundError } = await work.engine;
        const authorizationLog = await work.log;
        const findings = await work.findings;
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
        const substitution = (0,substitute/* substitutionFor */.rs)(config.substitute, outputs, config.file, config.locate);
        const reports = [];
        const killsByWorkload = new Map();
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
                lintPolicy: options.lintPolicy ?? (() => findings[index] ?? []),
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
                killsByWorkload,
            }).catch((error) => {
                throw located(error, config, config.targets.indexOf(target), RoleNotFoundError);
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
function located(error, config, targetIndex, RoleNotFoundError) {
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

/***/ 4899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ AuthorizationLog),
/* harmony export */   z: () => (/* binding */ DEFAULT_AUTHZ_LOG_CAPACITY)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/** Records kept in memory unless the emulator is started with another authzLogCapacity. */
const DEFAULT_AUTHZ_LOG_CAPACITY = 20_000;
function materialize(record) {
    if (!('extraContext' in record))
        return record;
    const { extraContext, ...rest } = record;
    return extraContext === undefined
        ? rest
        : { ...rest, context: { ...record.context, ...extraContext } };
}
/**
 * The authorization log: every decision in order, kept in a bounded in-memory window (readable
 * with a cursor so pollers see only new records) and optionally appended to a JSONL file.
 */
class AuthorizationLog {
    capacity;
    records = [];
    nextSeq = 1;
    file;
    constructor(capacity = DEFAULT_AUTHZ_LOG_CAPACITY, filePath) {
        this.capacity = capacity;
        if (filePath !== undefined)
            this.file = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(filePath, { flags: 'a' });
    }
    /**
     * Appends a fresh record (numbered in place, not copied); `extraContext`, when given, is
     * merged into `context` whenever the record is read.
     */
    append(
    /**
     * May come whole, with `extraContext` (even undefined) and `seq: 0` as its last keys: it is
     * numbered in place, and no key added afterwards allocates a second object for it.
     */
    record, extraContext) {
        const full = record;
        if (extraContext !== undefined)
            full.extraContext = extraContext;
        full.seq = this.nextSeq++;
        this.records.push(full);
        // Trim in batches: dropping one record per append would move the whole window every call.
        if (this.records.length > this.capacity + Math.ceil(this.capacity / 4)) {
            this.records.splice(0, this.records.length - this.capacity);
        }
        if (this.file !== undefined) {
            // JSON drops an undefined extraContext by itself: only a record with one needs the copy.
            const line = full.extraContext === undefined ? full : materialize(full);
            this.file.write(`${JSON.stringify(line)}\n`);
        }
        return full;
    }
    /** Records with seq > after (oldest first), at most `limit`; `cursor` is the last seq returned. */
    read(after = 0, limit = 1000) {
        // Sequence numbers increase, so the first record after the cursor is found by bisection.
        let lo = 0;
        let hi = this.records.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (this.records[mid].seq > after)
                hi = mid;
            else
                lo = mid + 1;
        }
        const records = this.records.slice(lo, lo + limit).map(materialize);
        return {
            records,
            cursor: records.length > 0 ? records[records.length - 1].seq : Math.max(after, 0),
        };
    }
    /** The seq of the newest record (0 when empty): read(after = latest()) returns only later ones. */
    latest() {
        return this.nextSeq - 1;
    }
    clear() {
        this.records.length = 0;
    }
    close() {
        const file = this.file;
        this.file = undefined;
        return new Promise((resolve) => (file === undefined ? resolve() : file.end(() => resolve())));
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
/* harmony export */   E5: () => (/* binding */ internalGet),
/* harmony export */   RO: () => (/* binding */ WELL_KNOWN_ADMIN),
/* harmony export */   SP: () => (/* binding */ INTERNAL_TOKEN_HEADER)
/* harmony export */ });
/* unused harmony export internalFetch */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _identity_node_sha256_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7254);



/** The well-known admin key every `iam-mutate emulator` accepts (LocalEmu's `test`/`test`). */
const WELL_KNOWN_ADMIN = { accessKeyId: 'test', secretAccessKey: 'test' };
/** The header carrying the per-run token. */
const INTERNAL_TOKEN_HEADER = 'x-iam-mutate-token';
/**
 * Calls an internal endpoint (`/_iam-mutate/...`) with admin credentials: a SigV4 signature by
 * an admin key (scope service `iam-mutate`), or the per-run token.
 */
async function internalFetch(endpoint, pathAndQuery, auth = WELL_KNOWN_ADMIN, method = 'GET') {
    const url = internalUrl(endpoint, pathAndQuery);
    return fetch(url, { method, headers: await internalHeaders(url, auth, method) });
}
/**
 * GET of an internal endpoint over node:http with a keep-alive agent: what the run does
 * between every two workload runs, where fetch's own machinery cost more than the request.
 */
async function internalGet(endpoint, pathAndQuery, auth = WELL_KNOWN_ADMIN) {
    const url = internalUrl(endpoint, pathAndQuery);
    const headers = await internalHeaders(url, auth, 'GET');
    const request = url.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request;
    return new Promise((resolve, reject) => {
        const req = request(url, { method: 'GET', headers, agent: keepAlive(url.protocol) }, (res) => {
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
            res.on('error', reject);
        });
        req.on('error', reject);
        req.end();
    });
}
/** `pathAndQuery` under the endpoint, whether or not the endpoint ends with a slash. */
function internalUrl(endpoint, pathAndQuery) {
    return new URL(pathAndQuery, endpoint.replace(/\/?$/, '/'));
}
const agents = new Map();
function keepAlive(protocol) {
    let agent = agents.get(protocol);
    if (agent === undefined) {
        agent =
            protocol === 'https:' ? new node_https__WEBPACK_IMPORTED_MODULE_1__.Agent({ keepAlive: true }) : new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent({ keepAlive: true });
        // An idle keep-alive socket is unref'd by the agent: it never keeps the process alive.
        agents.set(protocol, agent);
    }
    return agent;
}
async function internalHeaders(url, auth, method) {
    if ('token' in auth)
        return { [INTERNAL_TOKEN_HEADER]: auth.token };
    // Loaded on first use: a run imports this module before its setup starts, and needs the
    // signer only after.
    const { SignatureV4 } = await __webpack_require__.e(/* import() */ 118).then(__webpack_require__.t.bind(__webpack_require__, 5118, 19));
    const signer = new SignatureV4({
        service: 'iam-mutate',
        region: 'us-east-1',
        credentials: auth,
        sha256: _identity_node_sha256_js__WEBPACK_IMPORTED_MODULE_2__/* .NodeSha256 */ .u,
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
    return headers;
}


/***/ }),

/***/ 6397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ runCommandWorkload)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1922);


const MAX_CAPTURE = 1024 * 1024;
/**
 * Runs a shell command as the workload, in its own process group so that a timeout kills
 * everything it started, not just the shell. Output beyond 1 MiB per stream is dropped
 * (the head is kept: AccessDenied messages come early). When `signal` is aborted (the run is
 * interrupted), the whole group is killed at once and the promise rejects with RunInterrupted.
 */
function runCommandWorkload(command, options) {
    const { signal } = options;
    (0,_common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .throwIfInterrupted */ .sK)(signal);
    return new Promise((resolve, reject) => {
        const started = Date.now();
        // Extra args become $0, $1, ... of the command, so paths need no shell quoting.
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('/bin/sh', ['-c', command, ...(options.args ?? [])], {
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
        options.onSpawned?.();
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
            const interrupted = (0,_common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .interruptionOf */ .nS)(undefined, signal);
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

/***/ 844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vb: () => (/* binding */ noSubstitution),
/* harmony export */   rs: () => (/* binding */ substitutionFor)
/* harmony export */ });
/* unused harmony exports applySubstitutions, reverseSubstitutions */
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1922);

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
    const pattern = new RegExp(sorted.map(([from]) => escapeRegExp(from)).join('|'), 'g');
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
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz([
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
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
