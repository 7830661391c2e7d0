export const id = 923;
export const ids = [923,453,772];
export const modules = {

/***/ 5772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   progressReporter: () => (/* binding */ progressReporter)
/* harmony export */ });
/**
 * Progress for people, on stderr only (stdout is kept for machine-readable output). On a
 * terminal the current mutant line is redrawn in place; in CI logs every mutant gets exactly
 * one line, so the log stays short and greppable.
 */
function progressReporter(write, interactive) {
    let redrawing = false;
    const finishLine = () => {
        if (redrawing)
            write('\n');
        redrawing = false;
    };
    return {
        onSetupStarted(script) {
            write(`setup: ${script}\n`);
        },
        onTargetStarted({ policy, index, total }) {
            finishLine();
            write(`target ${index + 1}/${total}: ${policy}\n`);
        },
        onBaselineFinished({ passed, calls, reason }) {
            write(passed
                ? `  baseline passed (${calls} authorized call${calls === 1 ? '' : 's'})\n`
                : `  baseline FAILED: ${reason ?? 'unknown reason'}\n`);
        },
        onMutantFinished({ index, total, mutant }) {
            const line = `  mutant ${index + 1}/${total} ${describe(mutant)}`;
            if (interactive) {
                write(`\r\x1b[2K${line}`);
                redrawing = true;
                if (index + 1 === total)
                    finishLine();
            }
            else {
                write(`${line}\n`);
            }
        },
        onTargetFinished(report) {
            finishLine();
            const score = report.score === null ? 'n/a' : `${report.score}%`;
            const unjustified = report.statements.filter((s) => s.justified === false).length;
            write(`  score ${score}, ${unjustified} unjustified statement(s)\n`);
        },
    };
}
function describe(m) {
    const who = m.sid ?? `#${m.index}`;
    const denied = m.deniedAction
        ? ` (${m.deniedAction} denied)`
        : m.allowedAction
            ? ` (a probe succeeds: ${m.allowedAction} becomes allowed)`
            : '';
    // Decided without running the workload under this mutant (docs/verdicts.md, "Replay").
    const notRun = m.rerun === false ? ' [from the trace, not re-run]' : '';
    return `${m.mutator} ${who}: ${m.status}${denied}${notRun}`;
}


/***/ }),

/***/ 5453:
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
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(1922);
// EXTERNAL MODULE: ./src/report/gate.ts
var gate = __webpack_require__(8347);
// EXTERNAL MODULE: ./src/mutate/setup-interpreter.ts
var setup_interpreter = __webpack_require__(868);
// EXTERNAL MODULE: ./src/app/load-config-file.ts + 5 modules
var load_config_file = __webpack_require__(3993);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
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
    const loaded = (0,load_config_file/* loadConfigFile */.H)(options.configPath, options.cwd);
    const config = options.emulator ? { ...loaded, emulator: options.emulator } : loaded;
    const reportDir = external_node_path_default().resolve(options.cwd, options.reportDir);
    // Started before the run's own code is loaded (~0.1 s of it): setup waits for this lookup.
    const setupPython = (0,setup_interpreter/* lookUpSetupPython */.Gh)(config, options.hostEnv, options.endpoint);
    const { runPlanTimed } = await Promise.all(/* import() */[__webpack_require__.e(74), __webpack_require__.e(15)]).then(__webpack_require__.bind(__webpack_require__, 15));
    const ran = await runPlanTimed({
        config,
        ...(setupPython && { setupPython }),
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
        ...(options.signal && { signal: options.signal }),
        ...(options.leftovers && { leftovers: options.leftovers }),
        jobs: options.jobs ?? 1,
        // The renderers are needed only after the run: loaded while setup runs.
        whileSetupRuns: () => void loadRenderers().catch(() => undefined),
    });
    // Interrupted after the loop: no report file is written (all or none, and here none).
    (0,errors/* throwIfInterrupted */.sK)(options.signal);
    const report = options.finishReport ? options.finishReport(ran) : ran;
    const files = await writeReports(report, {
        rootDir: config.rootDir,
        reportDir,
        configPath: options.configPath,
        ...(options.reportUrl !== undefined && { reportUrl: options.reportUrl }),
    });
    return { report, gate: (0,gate/* evaluateGate */.D)(report, options.failOn), files };
}
/** Every report renderer (the HTML report's assets included): loaded once, when first needed. */
function loadRenderers() {
    return Promise.all(/* import() */[__webpack_require__.e(74), __webpack_require__.e(152), __webpack_require__.e(710)]).then(__webpack_require__.bind(__webpack_require__, 4710));
}
/**
 * Renders every report file from one report and writes them all or none (also used by
 * `iam-mutate report --from`, which re-renders a saved report.json).
 */
async function writeReports(report, options) {
    const { renderReports, REPORT_FILE_NAMES } = await loadRenderers();
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

/***/ 6923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/app/progress-reporter.ts
var progress_reporter = __webpack_require__(5772);
// EXTERNAL MODULE: ./src/app/run-and-report.ts + 2 modules
var run_and_report = __webpack_require__(5453);
;// CONCATENATED MODULE: ./src/app/stop-on-signals.ts
const EXIT_CODE = { SIGINT: 130, SIGTERM: 143 };
/**
 * The first SIGINT or SIGTERM asks the run to stop cleanly: it restores the role, kills the
 * workload and removes scratch, then fails with exit 130/143. A second signal aborts at once
 * (exit 130/143 too) after printing what is left behind, for someone whose cleanup hangs.
 */
function stopOnSignals(write) {
    const controller = new AbortController();
    const leftovers = new Set();
    const onSignal = (name) => {
        if (!controller.signal.aborted) {
            const again = name === 'SIGINT' ? 'Ctrl-C' : 'SIGTERM';
            write(`\niam-mutate: ${name} received: stopping the run and restoring what it changed (${again} again aborts at once)\n`);
            controller.abort(name);
            return;
        }
        const left = [...leftovers];
        write(left.length === 0
            ? `iam-mutate: ${name} again: aborted at once; nothing is left behind\n`
            : `iam-mutate: ${name} again: aborted at once, leaving behind:\n${left.map((l) => `  ${l}\n`).join('')}`);
        process.exit(EXIT_CODE[name]);
    };
    const onInt = () => onSignal('SIGINT');
    const onTerm = () => onSignal('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    return {
        signal: controller.signal,
        leftovers,
        dispose() {
            process.off('SIGINT', onInt);
            process.off('SIGTERM', onTerm);
        },
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/action/localemu.ts


class LocalEmuError extends Error {
}
const LOCALEMU_DEFAULT_IMAGE = 'localemu/localemu';
const CONTAINER_PORT = 4566;
function localEmuRunArgs(image, port, name) {
    return [
        'run',
        '-d',
        '--rm',
        '--name',
        name,
        '-p',
        `127.0.0.1:${port}:${CONTAINER_PORT}`,
        '-e',
        'IAM_ENFORCEMENT=1',
        '-v',
        '/var/run/docker.sock:/var/run/docker.sock',
        image,
    ];
}
async function startLocalEmu(options) {
    const docker = options.docker ?? 'docker';
    const image = options.image ?? LOCALEMU_DEFAULT_IMAGE;
    const port = options.port ?? CONTAINER_PORT;
    const env = options.env ?? process.env;
    const name = `iam-mutate-localemu-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
    options.log(`Starting LocalEmu (${image}) on 127.0.0.1:${port} with IAM_ENFORCEMENT=1`);
    const run = await exec(docker, localEmuRunArgs(image, port, name), env);
    if (run.code !== 0) {
        throw new LocalEmuError(`docker run ${image} failed (exit ${run.code}): ${lastLine(run.stderr) || 'no output'}`);
    }
    const containerId = run.stdout.trim().split('\n').pop() || name;
    let stopped = false;
    const stop = async () => {
        if (stopped)
            return;
        stopped = true;
        const rm = await exec(docker, ['rm', '-f', containerId], env);
        if (rm.code !== 0)
            options.log(`Could not remove LocalEmu container ${containerId}: ${lastLine(rm.stderr)}`);
    };
    const endpoint = `http://127.0.0.1:${port}`;
    const timeout = options.healthTimeoutMs ?? 60_000;
    try {
        await waitForHealth(`${endpoint}/_localemu/health`, timeout, options.pollIntervalMs ?? 500);
    }
    catch (error) {
        const logs = await exec(docker, ['logs', '--tail', '200', containerId], env);
        options.log(`LocalEmu did not become healthy; its logs:`);
        for (const line of `${logs.stdout}${logs.stderr}`.split('\n').filter(Boolean))
            options.log(`  ${line}`);
        await stop();
        throw new LocalEmuError(`LocalEmu was not healthy within ${Math.round(timeout / 1000)} s at ${endpoint}/_localemu/health: ${error.message}`);
    }
    options.log(`LocalEmu is healthy at ${endpoint}`);
    return { endpoint, containerId, stop };
}
/** Runs `fn` against a fresh LocalEmu and always removes the container. */
async function withLocalEmu(options, fn) {
    const emu = await startLocalEmu(options);
    try {
        return await fn(emu.endpoint);
    }
    finally {
        await emu.stop();
    }
}
async function waitForHealth(url, timeoutMs, intervalMs) {
    const deadline = Date.now() + timeoutMs;
    let last;
    for (;;) {
        try {
            const res = await fetch(url, { signal: AbortSignal.timeout(Math.min(2000, timeoutMs)) });
            await res.arrayBuffer();
            if (res.ok)
                return;
            last = `HTTP ${res.status}`;
        }
        catch (error) {
            last = error.cause
                ? String(error.cause.message)
                : error.message;
        }
        if (Date.now() + intervalMs > deadline)
            throw new Error(`last answer: ${last}`);
        await new Promise((r) => setTimeout(r, intervalMs));
    }
}
function exec(cmd, args, env) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d.toString()));
        child.stderr.on('data', (d) => (stderr += d.toString()));
        child.on('error', (e) => resolve({
            code: 127,
            stdout,
            stderr: e.code === 'ENOENT'
                ? `${cmd} is not on PATH (emulator: localemu needs a docker engine; see docs/github-action.md)`
                : `${cmd}: ${e.message}`,
        }));
        child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    });
}
function lastLine(text) {
    return text.trim().split('\n').filter(Boolean).pop() ?? '';
}

// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(1922);
// EXTERNAL MODULE: ./src/report/text-summary.ts
var text_summary = __webpack_require__(9870);
// EXTERNAL MODULE: ./src/app/load-config-file.ts + 5 modules
var load_config_file = __webpack_require__(3993);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/shard/config-hash.ts


/**
 * Identifies the config a shard ran: the sha256 of the config file's bytes. `merge` refuses
 * shard reports whose hashes differ (they did not prove the same thing).
 */
function configHash(configFile) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)(configFile)).digest('hex')}`;
}

// EXTERNAL MODULE: ./src/shard/load-shard-plan.ts + 2 modules
var load_shard_plan = __webpack_require__(8391);
// EXTERNAL MODULE: ./src/shard/plan-shards.ts
var plan_shards = __webpack_require__(11);
;// CONCATENATED MODULE: ./src/shard/shard-run.ts





/** What `iam-mutate run --shard I/N` runs, and the metadata `merge` checks its report by. */
async function prepareShardRun(inputs) {
    const plan = inputs.planJson !== undefined
        ? (0,load_shard_plan/* parsePlanJson */.Xj)(inputs.planJson, 'the plan input', inputs.cwd, inputs.config)
        : inputs.planFile !== undefined
            ? (0,load_shard_plan/* readPlanFile */.wr)(inputs.planFile, inputs.cwd, inputs.config)
            : await (0,load_shard_plan/* loadShardPlan */.Qf)({
                config: inputs.config,
                cwd: inputs.cwd,
                count: inputs.spec.count,
                ...(inputs.timingsFile !== undefined && { timingsFile: inputs.timingsFile }),
                ...(inputs.changedFrom !== undefined && { changedFrom: inputs.changedFrom }),
            });
    if (plan.count !== inputs.spec.count) {
        throw new errors/* InputError */.dz(`--shard ${inputs.spec.index}/${inputs.spec.count} does not match the plan ${inputs.planFile ?? ''}, which has ${plan.count} shards`);
    }
    const hash = configHash(inputs.config.file);
    const configName = inputs.configPath.replace(/\\/g, '/');
    return {
        plan,
        targets: (0,plan_shards/* shardTargets */.PY)(plan, inputs.spec.index),
        finishReport: (report) => ({
            ...report,
            shard: {
                index: inputs.spec.index,
                count: plan.count,
                config: external_node_path_default().isAbsolute(configName) ? external_node_path_default().relative(inputs.cwd, configName) : configName,
                configHash: hash,
                plan: plan.targets,
            },
        }),
    };
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/cli/commands/run-shard.ts






/** `run --shard I/N`: this shard's targets (the plan's) and the metadata for its report. */
async function shardRun(command, io) {
    const spec = command.shard;
    const shard = await prepareShardRun({
        config: (0,load_config_file/* loadConfigFile */.H)(command.config, io.cwd),
        configPath: command.config,
        cwd: io.cwd,
        spec,
        ...(command.plan !== undefined && { planFile: command.plan }),
        ...(command.timings !== undefined && { timingsFile: command.timings }),
        ...(command.changedFrom !== undefined && { changedFrom: command.changedFrom }),
    });
    io.stderr(`shard ${spec.index}/${spec.count}: ${shard.targets.length} of ${shard.plan.targets.length} target(s)\n`);
    return shard;
}
/** A shard the plan gave no target: an empty report (with its metadata), nothing run. */
async function emptyShard(command, io, shard) {
    const report = shard.finishReport({
        schemaVersion: 1,
        tool: { name: version/* TOOL_NAME */.l, version: version/* VERSION */.x },
        targets: [],
    });
    await (0,run_and_report.writeReports)(report, {
        rootDir: io.cwd,
        reportDir: external_node_path_default().resolve(io.cwd, command.reportDir),
        configPath: command.config,
    });
    return errors/* ExitCode */.yU.ok;
}

;// CONCATENATED MODULE: ./src/cli/commands/run.ts








async function runCommand(command, io) {
    const shard = command.shard && (await shardRun(command, io));
    if (shard && shard.targets.length === 0) {
        // An empty shard (more shards than targets) runs nothing, not everything.
        return emptyShard(command, io, shard);
    }
    // SIGINT/SIGTERM stop the run cleanly (role restored, workload killed, scratch removed).
    const stop = stopOnSignals(io.stderr);
    const { report, gate, files } = await (0,run_and_report.runAndReport)({
        configPath: command.config,
        cwd: io.cwd,
        reportDir: command.reportDir,
        failOn: command.failOn,
        ...(command.endpoint !== undefined && { endpoint: command.endpoint }),
        only: shard ? shard.targets : command.only,
        ...(shard && { finishReport: shard.finishReport }),
        ...(command.jobs !== undefined && { jobs: command.jobs }),
        useAuthorizationLog: command.useAuthorizationLog,
        cache: command.cache,
        allowRemoteEmulator: command.allowRemoteEmulator === true,
        hostEnv: io.env,
        reporter: (0,progress_reporter.progressReporter)(io.stderr, io.interactive),
        // `emulator: localemu`: docker run, health wait, container removed at the end.
        launchLocalEmu: () => startLocalEmu({ log: (line) => io.stderr(`${line}\n`), env: { ...io.env } }),
        signal: stop.signal,
        leftovers: stop.leftovers,
    }).finally(() => stop.dispose());
    io.stderr(`\n${(0,text_summary/* renderTextSummary */.k)(report)}`);
    const reportFile = files['report.json'].path;
    const relative = external_node_path_default().relative(io.cwd, reportFile);
    io.stderr(`report: ${relative.startsWith('..') ? reportFile : relative} (and comment.md, results.sarif, mutation.json, report.html)\n`);
    if (gate.kind === 'pass')
        return errors/* ExitCode */.yU.ok;
    for (const reason of gate.reasons)
        io.stderr(`  ${reason}\n`);
    return gate.kind === 'broken' ? errors/* ExitCode */.yU.runBroke : errors/* ExitCode */.yU.gateFailed;
}


/***/ }),

/***/ 8347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ evaluateGate)
/* harmony export */ });
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
 * Why an unverified suggestion could not be proved: the reason the run recorded on the
 * suggestion itself, else the notes that speak of it; never empty, so every rendering shows an
 * unverified suggestion with a reason or with the admission that none was recorded.
 */
function unverifiedReasons(target) {
    const own = target.suggestedPolicy?.reason;
    if (own !== undefined && own.trim() !== '')
        return [own];
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


/***/ }),

/***/ 9870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ renderTextSummary)
/* harmony export */ });
/* harmony import */ var _statement_view_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6525);

/**
 * A plain-text verdict table per target, for terminals and CI logs: one row per statement,
 * then the score. Pure: the caller decides where it is written.
 */
function renderTextSummary(report) {
    return report.targets.map(renderTarget).join('\n');
}
function renderTarget(target) {
    const lines = [`${target.policy} (role ${target.role})`];
    if (target.baseline.status !== 'passed') {
        lines.push(`  baseline ${target.baseline.status}: ${target.baseline.reason ?? ''}`, '');
        return lines.join('\n');
    }
    const rows = target.statements.map((s) => [
        s.sid ?? `#${s.index}`,
        mark(s) + ' ' + s.status,
        evidence(s, target),
    ]);
    const header = ['statement', 'verdict', 'evidence'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const format = (cells) => `  ${cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ')}`.trimEnd();
    lines.push(format(header), ...rows.map(format));
    const unjustified = target.statements.filter((s) => s.justified === false).length;
    const score = target.score === null ? 'n/a' : `${target.score}%`;
    lines.push(`  score ${score}; ${unjustified === 0 ? 'every statement is justified' : `${unjustified} unjustified`}`);
    lines.push(...suggestionLines(target));
    for (const note of target.notes)
        lines.push(`  note: ${note}`);
    lines.push('');
    return lines.join('\n');
}
function suggestionLines(target) {
    const suggested = target.suggestedPolicy;
    if (suggested === undefined)
        return [];
    const proof = suggested.verified
        ? 'verified: its own baseline passes and every Allow in it is killed, re-run or decided from the trace'
        : `NOT verified: ${(0,_statement_view_js__WEBPACK_IMPORTED_MODULE_0__/* .unverifiedReasons */ .nO)(target).join(' ')}`;
    const lines = [`  suggested policy (${proof}):`];
    for (const s of target.statements) {
        if (s.suggestion === null)
            continue;
        const name = s.sid ?? `#${s.index}`;
        if (s.suggestion.statement === null) {
            lines.push(`    remove ${name}`);
        }
        else {
            const st = s.suggestion.statement;
            lines.push(`    narrow ${name} to ${JSON.stringify(st.Action)} on ${JSON.stringify(st.Resource)}`);
        }
    }
    return lines;
}
function mark(s) {
    if (s.justified === true)
        return '✓';
    if (s.justified === false)
        return '✗';
    return '?';
}
function evidence(s, target) {
    // A Deny is never "denied": without it something becomes allowed (statement-view.ts).
    if (s.effect === 'Deny')
        return (0,_statement_view_js__WEBPACK_IMPORTED_MODULE_0__/* .evidenceText */ .rS)(s, target);
    switch (s.status) {
        case 'killed':
            return `without it, ${s.deniedAction} is denied`;
        case 'killed-other-action':
            return `without it, ${s.deniedAction} is denied (not an action it grants)`;
        case 'survived':
            return s.coveredBy.length > 0
                ? `nothing changes without it: ${s.coveredBy.join(', ')} ${s.coveredBy.length === 1 ? 'grants' : 'grant'} the same calls`
                : 'nothing changes without it';
        case 'no-coverage':
            return 'the workload never uses it';
        case 'timeout':
            return 'the workload timed out';
        case 'error':
            return 'the workload failed for another reason';
    }
}


/***/ }),

/***/ 8391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qf: () => (/* binding */ loadShardPlan),
  Xj: () => (/* binding */ parsePlanJson),
  wr: () => (/* binding */ readPlanFile)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/app/run-plan-timed.ts + 9 modules
var run_plan_timed = __webpack_require__(15);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(1922);
// EXTERNAL MODULE: ./src/mutate/load-policy.ts
var load_policy = __webpack_require__(5323);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(1138);
;// CONCATENATED MODULE: ./src/action/github/select-targets.ts


/**
 * Which targets a run covers. A pull request runs the targets whose policy, workload, config
 * or setup changed; other events run them all. A listing GitHub cut short (3,000 files) runs
 * them all too: an unseen change must never skip a proof.
 */
function selectTargets(input) {
    const all = input.targets.map((t) => norm(t.policy));
    const lintOnly = lintCandidates(input);
    if (input.event !== 'pull_request' || !input.changed || input.changed.truncated) {
        const why = input.event === 'pull_request'
            ? 'the pull request has more files than GitHub lists'
            : `${input.event} event runs every target`;
        return {
            targets: all,
            reasons: Object.fromEntries(all.map((p) => [p, why])),
            lintOnly,
            relevant: all.length > 0 || lintOnly.length > 0,
        };
    }
    const touched = touchedPaths(input.changed.files);
    const reasons = {};
    const shared = (input.configPath &&
        touched.has(norm(input.configPath)) &&
        `${norm(input.configPath)} changed`) ||
        (input.setupScript &&
            touched.has(norm(input.setupScript)) &&
            `${norm(input.setupScript)} changed`) ||
        undefined;
    for (const t of input.targets) {
        const policy = norm(t.policy);
        if (touched.has(policy))
            reasons[policy] = 'policy changed';
        else if (shared)
            reasons[policy] = shared;
        else {
            const hit = [...touched].find((f) => t.workloadPaths.some((w) => isUnder(f, norm(w))));
            if (hit)
                reasons[policy] = `workload file ${hit} changed`;
        }
    }
    const targets = all.filter((p) => p in reasons);
    return { targets, reasons, lintOnly, relevant: targets.length > 0 || lintOnly.length > 0 };
}
/**
 * Changed `*.json` files (or files matching `policies`) that are not a target's policy and
 * parse as an IAM policy document. Removed files are gone and have nothing to lint.
 */
function lintCandidates(input) {
    const targets = new Set(input.targets.map((t) => norm(t.policy)));
    const globs = input.policyGlobs ?? [];
    let candidates;
    if (input.event === 'pull_request' && input.changed && !input.changed.truncated) {
        candidates = input.changed.files
            .filter((f) => f.status !== 'removed')
            .map((f) => norm(f.path))
            .filter((p) => (globs.length ? matchesAny(p, globs) : p.endsWith('.json')));
    }
    else {
        // Without a file list only the `policies` globs name files (every *.json would be noise).
        candidates = globs.length
            ? (input.repoFiles ?? []).map(norm).filter((p) => matchesAny(p, globs))
            : [];
    }
    return candidates.filter((p) => !targets.has(p) && isIamPolicy(input.readFile(p)));
}
/** True for a JSON document with `Version` and `Statement`, the shape of an IAM policy. */
function isIamPolicy(text) {
    if (text === undefined)
        return false;
    try {
        const doc = JSON.parse(text);
        return (typeof doc === 'object' &&
            doc !== null &&
            !Array.isArray(doc) &&
            'Version' in doc &&
            'Statement' in doc);
    }
    catch {
        return false;
    }
}
function matchesAny(repoPath, globs) {
    return globs.some((g) => (0,esm/* minimatch */.xF)(repoPath, norm(g), { dot: true }));
}
/** Both names of a renamed file count: moving a policy away changes the target too. */
function touchedPaths(files) {
    const out = new Set();
    for (const f of files) {
        out.add(norm(f.path));
        if (f.previousPath)
            out.add(norm(f.previousPath));
    }
    return out;
}
function isUnder(file, dir) {
    if (dir === '' || dir === '.')
        return true;
    return file === dir || file.startsWith(`${dir.replace(/\/+$/, '')}/`);
}
function norm(p) {
    return external_node_path_default().posix.normalize(p.replace(/\\/g, '/')).replace(/^\.\//, '');
}
/** GITHUB_EVENT_NAME to the kinds above; pull_request_target is never a run event. */
function eventKind(eventName) {
    return eventName === 'pull_request' ||
        eventName === 'push' ||
        eventName === 'schedule' ||
        eventName === 'workflow_dispatch'
        ? eventName
        : 'other';
}

;// CONCATENATED MODULE: ./src/shard/changed-targets.ts


/**
 * `--changed-from FILE`: the targets a list of changed paths touches (one repo-relative path a
 * line, e.g. `git diff --name-only BASE...HEAD`), chosen exactly as the action chooses them on
 * a pull request (src/action/github/select-targets.ts): the policy, the config, the setup
 * script, or a file next to the workload changed.
 */
function changedTargets(config, changedList) {
    const files = changedList
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)
        .map((p) => ({ path: p, status: 'modified' }));
    const rel = (abs) => external_node_path_default().relative(config.rootDir, abs).replace(/\\/g, '/');
    const shared = [external_node_path_default().posix.dirname(rel(config.file))];
    if (config.setup)
        shared.push(external_node_path_default().posix.dirname(rel(config.setup)));
    // The same workload paths as the action's run-proof.ts selectableTargets.
    const targets = config.targets.map((t) => {
        const own = t.workload.kind === 'lambda' && t.workload.payloadFile
            ? [external_node_path_default().posix.dirname(rel(external_node_path_default().resolve(config.rootDir, t.workload.payloadFile)))]
            : [];
        return { policy: t.policy, workloadPaths: [...new Set([...shared, ...own])] };
    });
    const selection = selectTargets({
        event: 'pull_request',
        changed: { files, truncated: false },
        configPath: rel(config.file),
        ...(config.setup && { setupScript: rel(config.setup) }),
        targets,
        readFile: () => undefined,
    });
    const wanted = new Set(selection.targets);
    return config.targets
        .filter((t) => wanted.has(t.policy.replace(/\\/g, '/').replace(/^(\.\/)+/, '')))
        .map((t) => t.policy);
}

// EXTERNAL MODULE: ./src/shard/plan-shards.ts
var plan_shards = __webpack_require__(11);
// EXTERNAL MODULE: ./src/shard/shard-spec.ts
var shard_spec = __webpack_require__(6794);
;// CONCATENATED MODULE: ./src/shard/load-shard-plan.ts








/**
 * The plan `iam-mutate plan` prints and `iam-mutate run --shard I/N` recomputes: the same
 * files in, the same plan out. Without `--timings`, durations come from
 * .iam-mutate-cache/timings.json when a previous run left it; else statement counts.
 */
async function loadShardPlan(inputs) {
    const { config } = inputs;
    let targets = config.targets;
    if (inputs.changedFrom !== undefined) {
        const wanted = new Set(changedTargets(config, readInput(inputs.changedFrom, inputs.cwd)));
        targets = targets.filter((t) => wanted.has(t.policy));
    }
    if (inputs.only !== undefined) {
        const wanted = new Set(inputs.only);
        targets = targets.filter((t) => wanted.has(t.policy));
    }
    const statements = await Promise.all(targets.map(async (t) => (await (0,load_policy/* loadPolicy */.t)(t.policyPath, t.policy)).parsed.statements.length));
    const timings = inputs.timingsFile !== undefined
        ? readTimingsFile(inputs.timingsFile, inputs.cwd)
        : (0,run_plan_timed/* readRememberedTimings */.Gn)(config.rootDir);
    const { weighted, basis } = (0,plan_shards/* weighTargets */.vY)(targets.map((t, i) => ({ policy: t.policy, role: t.role, statements: statements[i] })), timings);
    const count = inputs.count ??
        (inputs.maxPerShard !== undefined ? (0,plan_shards/* shardCountForMax */.JU)(targets.length, inputs.maxPerShard) : 1);
    return (0,plan_shards/* planShards */.tF)(weighted, count, basis);
}
/**
 * `run --shard I/N --plan FILE`: the plan exactly as `iam-mutate plan` printed it (the matrix
 * JSON), so a shard never recomputes it from different timings. Every policy must be a
 * target of the config and every entry's N the same.
 */
function readPlanFile(file, cwd, config) {
    return parsePlanJson(readInput(file, cwd), file, cwd, config);
}
/** The matrix JSON `iam-mutate plan` prints, as text (the action's `plan` input); `file` names it. */
function parsePlanJson(text, file, cwd, config) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* InputError */.dz([
            { file, message: `not JSON: ${error.message}`, severity: 'error' },
        ]);
    }
    const include = value?.include;
    const bad = (message) => new errors/* InputError */.dz([{ file, message: `not an iam-mutate plan (${message})`, severity: 'error' }]);
    if (!Array.isArray(include))
        throw bad('no "include" list');
    const roles = new Map(config.targets.map((t) => [t.policy, t.role]));
    let count;
    const assigned = new Map();
    for (const [i, entry] of include.entries()) {
        const { shard, targets } = (entry ?? {});
        if (typeof shard !== 'string')
            throw bad(`include[${i}].shard is not "I/N"`);
        const spec = (0,shard_spec/* parseShardSpec */.d7)(shard, `${file}: include[${i}].shard`);
        if (count !== undefined && spec.count !== count) {
            throw bad(`include[${i}] is of ${spec.count} shards, an earlier entry of ${count}`);
        }
        count = spec.count;
        if (!Array.isArray(targets) || targets.some((t) => typeof t !== 'string')) {
            throw bad(`include[${i}].targets is not a list of policy paths`);
        }
        for (const policy of targets) {
            if (!roles.has(policy)) {
                throw bad(`${policy} is not a target of ${external_node_path_default().relative(cwd, config.file)}`);
            }
            if (assigned.has(policy))
                throw bad(`${policy} is in two shards`);
            assigned.set(policy, spec.index);
        }
    }
    return {
        count: count ?? 1,
        basis: 'statements',
        targets: config.targets
            .filter((t) => assigned.has(t.policy))
            .map((t) => ({ policy: t.policy, role: t.role, shard: assigned.get(t.policy) })),
    };
}
function readInput(file, cwd) {
    try {
        return (0,external_node_fs_.readFileSync)(external_node_path_default().resolve(cwd, file), 'utf8');
    }
    catch (error) {
        const reason = error.code === 'ENOENT' ? 'not found' : 'unreadable';
        throw new errors/* InputError */.dz([{ file, message: `file ${reason}`, severity: 'error' }]);
    }
}
/** A report.json (targets[].durationMs) or a plain `{ "policy": ms }` object. */
function readTimingsFile(file, cwd) {
    let value;
    try {
        value = JSON.parse(readInput(file, cwd));
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw error;
        throw new errors/* InputError */.dz([
            { file, message: `not JSON: ${error.message}`, severity: 'error' },
        ]);
    }
    const timings = new Map();
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new errors/* InputError */.dz([
            { file, message: 'timings must be a report.json or { "policy": ms }', severity: 'error' },
        ]);
    }
    const targets = value.targets;
    if (Array.isArray(targets)) {
        for (const t of targets) {
            if (typeof t?.policy === 'string' && typeof t.durationMs === 'number') {
                timings.set(t.policy, t.durationMs);
            }
        }
        return timings;
    }
    for (const [policy, ms] of Object.entries(value)) {
        if (typeof ms === 'number' && ms >= 0)
            timings.set(policy, ms);
    }
    return timings;
}


/***/ })

};
