export const id = 453;
export const ids = [453];
export const modules = {

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


/***/ })

};
