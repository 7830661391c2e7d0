export const id = 595;
export const ids = [595,453];
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

/***/ 4595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportCommand: () => (/* binding */ reportCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _app_run_and_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5453);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1922);
/* harmony import */ var _report_report_schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5752);






/**
 * `iam-mutate report --from report.json --report-dir DIR`: re-renders every report file from a
 * saved report.json (e.g. a run's artifact), without running anything. Policy files are read
 * relative to the working directory, as the run named them.
 */
async function reportCommand(command, io) {
    const report = await readSavedReport(command.from, io.cwd);
    const reportDir = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, command.reportDir);
    const files = await (0,_app_run_and_report_js__WEBPACK_IMPORTED_MODULE_2__.writeReports)(report, {
        rootDir: io.cwd,
        reportDir,
        configPath: command.config,
        ...(command.reportUrl !== undefined && { reportUrl: command.reportUrl }),
    });
    for (const file of Object.values(files)) {
        const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(io.cwd, file.path);
        io.stderr(`wrote ${relative.startsWith('..') ? file.path : relative}\n`);
    }
    return _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .yU.ok;
}
async function readSavedReport(file, cwd) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, file), 'utf8');
    }
    catch (error) {
        const reason = error.code === 'ENOENT' ? 'not found' : 'unreadable';
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz([{ file, message: `report ${reason}`, severity: 'error' }]);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz([
            { file, message: `not JSON: ${error.message}`, severity: 'error' },
        ]);
    }
    const validate = new ajv__WEBPACK_IMPORTED_MODULE_5__.Ajv({ allowUnionTypes: true }).compile(_report_report_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .reportSchema */ .Q);
    if (!validate(value)) {
        const first = validate.errors?.[0];
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz([
            {
                file,
                message: `not an iam-mutate report.json (version 1): ${first?.instancePath || '/'} ${first?.message ?? ''}`.trim(),
                severity: 'error',
            },
        ]);
    }
    return value;
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

/***/ 5752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ reportSchema)
});

;// CONCATENATED MODULE: ./src/report/report-vocabulary.ts
/**
 * The closed word lists of report.json (docs/verdicts.md), written once: the report schema
 * enumerates them and the types are derived from them.
 */
const MUTANT_STATUSES = [
    'killed',
    'killed-other-action',
    'survived',
    'no-coverage',
    'timeout',
    'error',
];
const MUTATOR_NAMES = [
    'remove-statement',
    'remove-action',
    'narrow-resource',
    'remove-deny',
];
/** Where the name of a denied action came from, best evidence first. */
const DENIAL_EVIDENCE = ['authz-log', 'response-envelope', 'error-message'];
const DECISIONS = ['allow', 'explicit-deny', 'implicit-deny'];
const BASELINE_STATUSES = ['passed', 'failed', 'timeout', 'error'];
const FINDING_SEVERITIES = ['error', 'warning', 'note'];

;// CONCATENATED MODULE: ./src/report/report-schema.ts
/**
 * JSON Schema of report.json, version 1 (docs/report-format.md): the one source of the
 * report's shape. report-types.ts derives the TypeScript types from it; it is published as
 * schema/report.schema.json by scripts/write-schemas.ts.
 */

const strings = { type: 'array', items: { type: 'string' } };
const finding = {
    type: 'object',
    additionalProperties: false,
    required: ['code', 'severity', 'message'],
    properties: {
        code: { type: 'string', description: 'Stable code, e.g. IAM001.' },
        severity: { enum: FINDING_SEVERITIES },
        message: { type: 'string' },
        sid: { type: 'string' },
        line: { type: 'integer', minimum: 1 },
        column: { type: 'integer', minimum: 1 },
        fix: { type: 'string' },
        suppressed: { type: 'boolean' },
        reason: { type: 'string' },
    },
};
const call = {
    type: 'object',
    description: "One authorization decision the workload caused (from the emulator's log).",
    additionalProperties: false,
    required: ['action', 'resource', 'decision', 'matchedSids'],
    properties: {
        action: { type: 'string' },
        resource: { type: 'string' },
        decision: { enum: DECISIONS },
        matchedSids: strings,
    },
};
const statementSuggestion = {
    type: 'object',
    additionalProperties: false,
    required: ['statement', 'verified', 'reason'],
    properties: {
        statement: {
            type: ['object', 'null'],
            description: 'The narrower statement, as JSON; null: remove the statement.',
        },
        verified: { type: 'boolean' },
        reason: { type: 'string' },
    },
};
const statement = {
    type: 'object',
    additionalProperties: false,
    required: [
        'sid',
        'index',
        'line',
        'effect',
        'actions',
        'resources',
        'status',
        'justified',
        'coveredBy',
        'findings',
        'suggestion',
    ],
    properties: {
        sid: { type: ['string', 'null'] },
        index: { type: 'integer', minimum: 0 },
        line: { type: 'integer', minimum: 1 },
        column: {
            type: 'integer',
            minimum: 1,
            description: "Column of the statement's opening brace (with line: where SARIF points).",
        },
        effect: { enum: ['Allow', 'Deny'] },
        actions: strings,
        resources: strings,
        status: { enum: MUTANT_STATUSES },
        justified: { type: ['boolean', 'null'] },
        deniedAction: {
            type: ['string', 'null'],
            description: 'For an Allow statement: the action the workload was denied without it.',
        },
        allowedAction: {
            type: 'string',
            description: 'For a Deny statement proved by a probe: the action that becomes allowed without it.',
        },
        probe: {
            type: 'string',
            description: 'For a Deny statement: the probe command that succeeds without it.',
        },
        coveredBy: {
            ...strings,
            description: 'For survivors: the statements that granted the calls instead.',
        },
        usedActions: {
            ...strings,
            description: 'What the workload actually used of the actions this statement grants.',
        },
        usedResources: {
            ...strings,
            description: 'What the workload actually used of the resources this statement grants.',
        },
        findings: { type: 'array', items: finding },
        suggestion: { oneOf: [{ type: 'null' }, statementSuggestion] },
    },
};
const mutant = {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'mutator', 'sid', 'index', 'status'],
    properties: {
        id: { type: 'string' },
        mutator: { enum: MUTATOR_NAMES },
        sid: { type: ['string', 'null'] },
        index: { type: 'integer', minimum: 0 },
        status: { enum: MUTANT_STATUSES },
        deniedAction: {
            type: 'string',
            description: 'The action the workload was denied under the mutant (not for remove-deny).',
        },
        allowedAction: {
            type: 'string',
            description: 'remove-deny: the action a probe was denied under the policy and is allowed under the mutant.',
        },
        probe: {
            type: 'string',
            description: 'remove-deny: the probe command that succeeds under the mutant.',
        },
        evidence: { enum: DENIAL_EVIDENCE },
        predicted: {
            enum: MUTANT_STATUSES,
            description: "The replay's offline prediction, when one was made.",
        },
        rerun: {
            type: 'boolean',
            description: 'True when the workload was re-run under this mutant; false when the verdict is the prediction.',
        },
        description: {
            type: 'string',
            description: 'What the mutant changed, e.g. `removed s3:PutObject` or `narrowed * to arn:...`.',
        },
    },
};
const baseline = {
    type: 'object',
    additionalProperties: false,
    required: ['status', 'calls'],
    properties: {
        status: {
            enum: BASELINE_STATUSES,
            description: '`passed` is the only status under which mutants are run.',
        },
        calls: { type: 'array', items: call },
        reason: {
            type: 'string',
            description: 'Why the baseline did not pass; its denials are in `calls`.',
        },
    },
};
const suggestedPolicy = {
    type: 'object',
    description: 'The smallest policy the baseline supports, when some statement is over-broad.',
    additionalProperties: false,
    required: ['policy', 'verified', 'score'],
    properties: {
        policy: { type: 'object' },
        verified: {
            type: 'boolean',
            description: 'True when the suggestion passed its own baseline and every Allow statement was killed.',
        },
        score: { type: ['number', 'null'], description: "The suggestion's own score from that run." },
        reason: {
            type: 'string',
            description: 'When not verified: which step could not run or what contradicted it.',
        },
    },
};
const target = {
    type: 'object',
    additionalProperties: false,
    required: [
        'policy',
        'role',
        'baseline',
        'statements',
        'mutants',
        'score',
        'mutantScore',
        'notes',
    ],
    properties: {
        policy: { type: 'string' },
        role: { type: 'string' },
        baseline,
        statements: { type: 'array', items: statement },
        mutants: { type: 'array', items: mutant },
        score: {
            type: ['number', 'null'],
            minimum: 0,
            maximum: 100,
            description: 'Justified statements / decided statements, %; null when nothing was decided.',
        },
        mutantScore: {
            type: ['number', 'null'],
            minimum: 0,
            maximum: 100,
            description: 'The same ratio over all mutants.',
        },
        notes: {
            ...strings,
            description: 'Things a reader must know to trust the verdicts (missing evidence, replay contradictions).',
        },
        suggestedPolicy,
        durationMs: {
            type: 'integer',
            minimum: 0,
            description: 'Wall-clock milliseconds this run spent on the target (absent when its result was reused from the cache); `iam-mutate plan` balances shards by it.',
        },
    },
};
const plannedTarget = {
    type: 'object',
    additionalProperties: false,
    required: ['policy', 'role', 'shard'],
    properties: {
        policy: { type: 'string' },
        role: { type: 'string' },
        shard: { type: 'integer', minimum: 1 },
    },
};
const shard = {
    type: 'object',
    description: 'A sharded run (`iam-mutate run --shard I/N`, docs/github-action.md): which shard this report is, or, in a merged report (`iam-mutate merge`), which shards it was merged from.',
    additionalProperties: false,
    required: ['count', 'config', 'configHash', 'plan'],
    properties: {
        index: {
            type: 'integer',
            minimum: 1,
            description: "This shard's number (1-based); absent in a merged report.",
        },
        count: { type: 'integer', minimum: 1 },
        config: { type: 'string', description: 'The config file as the run named it.' },
        configHash: {
            type: 'string',
            description: "`sha256:` and the hex sha256 of the config file's bytes.",
        },
        plan: {
            type: 'array',
            items: plannedTarget,
            description: 'Every target of the whole split run, in config order, with its shard.',
        },
        shards: {
            type: 'array',
            description: 'In a merged report: what became of each shard.',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['index', 'status'],
                properties: {
                    index: { type: 'integer', minimum: 1 },
                    status: {
                        enum: ['reported', 'missing'],
                        description: '`missing`: no report.json arrived (the job failed, timed out or was cancelled); its targets are error rows.',
                    },
                    durationMs: {
                        type: 'integer',
                        minimum: 0,
                        description: "The sum of the shard's target durations.",
                    },
                },
            },
        },
    },
};
const reportSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/org/iam-mutate/schema/report.schema.json',
    title: 'iam-mutate report.json',
    type: 'object',
    additionalProperties: false,
    required: ['schemaVersion', 'tool', 'targets'],
    properties: {
        schemaVersion: { const: 1 },
        tool: {
            type: 'object',
            additionalProperties: false,
            required: ['name', 'version'],
            properties: { name: { const: 'iam-mutate' }, version: { type: 'string' } },
        },
        targets: { type: 'array', items: target },
        shard,
    },
};


/***/ })

};
