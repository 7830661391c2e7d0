export const id = 206;
export const ids = [206];
export const modules = {

/***/ 206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   demoCommand: () => (/* binding */ demoCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1922);





const DEMO_CONFIG = node_path__WEBPACK_IMPORTED_MODULE_2___default().join('examples', 'demo', 'iam-mutate.yml');
const GOLDEN = 'examples/least-privilege/policy.json';
const FLAWED = 'examples/flawed/policy.json';
/**
 * Runs both bundled examples (examples/demo/iam-mutate.yml) on ONE embedded emulator after ONE
 * setup: the golden least-privilege policy, whose every statement must come out justified, and
 * the flawed one, whose gate must fail (an over-broad s3:*, a duplicate grant, an unused Sid,
 * iam:PassRole on *). Prints both verdict tables, the findings, the suggested policy and the
 * scores, and writes comment.md and report.html to a folder it names. Exit 0 when both came
 * out as expected.
 */
async function demoCommand(io) {
    const root = packageRoot();
    const reportDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(), 'iam-mutate-demo-'));
    io.stderr('iam-mutate demo: two policies for the same Lambda (six services), one emulator, one setup\n' +
        `  ${GOLDEN}  the golden policy: every statement should be justified\n` +
        `  ${FLAWED}          a policy grown the usual way: the gate should fail\n\n`);
    // Loaded here, not at process start: --version and --help need none of it. What is needed
    // only after the run (the summary) is loaded later, so that setup starts sooner.
    const [{ runAndReport }, { progressReporter }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(516), __webpack_require__.e(453)]).then(__webpack_require__.bind(__webpack_require__, 5453)),
        __webpack_require__.e(/* import() */ 772).then(__webpack_require__.bind(__webpack_require__, 5772)),
    ]);
    const { report, files } = await runAndReport({
        configPath: DEMO_CONFIG,
        cwd: root,
        reportDir,
        failOn: 'unjustified',
        useAuthorizationLog: true,
        // The demo shows the proof being made, every time.
        cache: false,
        hostEnv: io.env,
        reporter: progressReporter(io.stderr, io.interactive),
    });
    // run-and-report already gives the report in the policy files' own terms.
    const readable = report;
    const reports = await __webpack_require__.e(/* import() */ 308).then(__webpack_require__.bind(__webpack_require__, 6308));
    io.stderr(`\n${reports.demoSummary(readable)}`);
    const written = Object.values(files).map((f) => f.path);
    io.stderr(`reports written to ${reportDir}/\n  ${written.join('\n  ')}\n\n`);
    const problems = [
        ...expectGolden(targetFor(readable, GOLDEN)),
        ...expectFlawed(targetFor(readable, FLAWED)),
    ];
    if (problems.length === 0) {
        io.stderr('demo OK: the golden policy is proved least-privilege; the flawed one fails the gate, as expected\n');
        return _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ExitCode */ .yU.ok;
    }
    io.stderr(`demo did NOT come out as expected:\n  ${problems.join('\n  ')}\n`);
    return _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ExitCode */ .yU.runBroke;
}
function targetFor(report, policy) {
    return report.targets.find((t) => t.policy === policy);
}
function expectGolden(target) {
    if (target === undefined)
        return [`${GOLDEN} was not run`];
    if (target.baseline.status !== 'passed')
        return [`${GOLDEN}: baseline ${target.baseline.status}`];
    const notJustified = target.statements.filter((s) => s.justified !== true);
    return notJustified.length === 0
        ? []
        : [`${GOLDEN}: ${notJustified.map((s) => `${s.sid ?? s.index} ${s.status}`).join(', ')}`];
}
function expectFlawed(target) {
    if (target === undefined)
        return [`${FLAWED} was not run`];
    if (target.baseline.status !== 'passed')
        return [`${FLAWED}: baseline ${target.baseline.status}`];
    const problems = [];
    if (target.statements.some((s) => s.justified === null)) {
        problems.push(`${FLAWED}: some statement could not be judged`);
    }
    if (!target.statements.some((s) => s.justified === false)) {
        problems.push(`${FLAWED}: every statement came out justified`);
    }
    if (target.suggestedPolicy?.verified !== true) {
        problems.push(`${FLAWED}: no verified suggested policy (${target.suggestedPolicy?.reason ?? 'none made'})`);
    }
    return problems;
}
/** The directory holding examples/, found upwards from this module (bundled or compiled). */
function packageRoot() {
    let dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url));
    for (;;) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, DEMO_CONFIG)))
            return dir;
        const parent = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dir);
        if (parent === dir)
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RunError */ .e4(`cannot find ${DEMO_CONFIG} next to iam-mutate`);
        dir = parent;
    }
}


/***/ })

};
