export const id = 700;
export const ids = [700,453];
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

/***/ 700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mergeCommand: () => (/* binding */ mergeCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/app/run-and-report.ts + 2 modules
var run_and_report = __webpack_require__(5453);
// EXTERNAL MODULE: ./src/app/run-plan-timed.ts + 9 modules
var run_plan_timed = __webpack_require__(15);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(1922);
// EXTERNAL MODULE: ./src/report/gate.ts
var report_gate = __webpack_require__(8347);
// EXTERNAL MODULE: ./src/report/text-summary.ts
var text_summary = __webpack_require__(9870);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/shard/merge-shard-reports.ts


/**
 * Combines the reports of a split run into the one report a single run would have written:
 * every planned target in config order, taken from the shard that ran it. The run's scores are
 * computed from the targets by every renderer, so nothing is averaged. A shard whose report
 * never arrived, or a report that lacks a planned target, gives that target an error row (its
 * baseline `error`, so the gate is broken): a missing result is never silently missing.
 * Reports from different configs, tool versions or plans are refused (exit 2).
 */
function mergeShardReports(files) {
    if (files.length === 0)
        throw new errors/* InputError */.dz('merge: no shard report.json to merge');
    for (const { file, report } of files) {
        if (report.shard?.index === undefined) {
            throw new errors/* InputError */.dz([
                {
                    file,
                    message: 'not a shard report (it has no shard.index); merge takes the report.json of each `iam-mutate run --shard I/N`',
                    severity: 'error',
                },
            ]);
        }
    }
    const [first, ...rest] = files;
    const meta = first.report.shard;
    for (const other of rest) {
        const why = mismatch(first.report, other.report);
        if (why) {
            throw new errors/* InputError */.dz([
                {
                    file: other.file,
                    message: `cannot be merged with ${first.file}: ${why}`,
                    severity: 'error',
                },
            ]);
        }
    }
    const byIndex = new Map();
    for (const f of files) {
        const index = f.report.shard.index;
        const seen = byIndex.get(index);
        if (seen) {
            throw new errors/* InputError */.dz([
                {
                    file: f.file,
                    message: `shard ${index}/${meta.count} again (also ${seen.file})`,
                    severity: 'error',
                },
            ]);
        }
        byIndex.set(index, f);
    }
    const targets = meta.plan.map((planned) => {
        const shardFile = byIndex.get(planned.shard);
        const label = `shard ${planned.shard}/${meta.count}`;
        if (!shardFile) {
            return errorRow(planned, `${label} reported nothing: its job failed, timed out or was cancelled before its report.json was uploaded`);
        }
        const found = shardFile.report.targets.find((t) => t.policy === planned.policy);
        return found ?? errorRow(planned, `${label}'s report has no result for this target`);
    });
    const shards = Array.from({ length: meta.count }, (_, i) => {
        const f = byIndex.get(i + 1);
        if (!f)
            return { index: i + 1, status: 'missing' };
        const ms = f.report.targets.reduce((sum, t) => sum + (t.durationMs ?? 0), 0);
        return { index: i + 1, status: 'reported', durationMs: ms };
    });
    return {
        schemaVersion: 1,
        tool: first.report.tool,
        targets,
        shard: {
            count: meta.count,
            config: meta.config,
            configHash: meta.configHash,
            plan: meta.plan,
            shards,
        },
    };
}
function mismatch(a, b) {
    const x = a.shard;
    const y = b.shard;
    if (a.tool.version !== b.tool.version) {
        return `it was written by iam-mutate ${b.tool.version}, the other by ${a.tool.version}`;
    }
    if (x.configHash !== y.configHash) {
        return `it ran a different config (${y.config} ${y.configHash.slice(0, 19)}…, the other ${x.config} ${x.configHash.slice(0, 19)}…)`;
    }
    if (x.count !== y.count)
        return `it is one of ${y.count} shards, the other one of ${x.count}`;
    if (!(0,external_node_util_.isDeepStrictEqual)(x.plan, y.plan)) {
        return 'its plan assigns the targets differently (the shards must run the same plan: pass each `run --shard` the same --plan)';
    }
    return undefined;
}
function errorRow(planned, reason) {
    return {
        policy: planned.policy,
        role: planned.role,
        baseline: { status: 'error', calls: [], reason },
        statements: [],
        mutants: [],
        score: null,
        mutantScore: null,
        notes: [reason],
    };
}
/** Each target's `durationMs` (targets without one, e.g. cached or missing, are left out). */
function targetDurations(report) {
    return new Map(report.targets.flatMap((t) => (t.durationMs === undefined ? [] : [[t.policy, t.durationMs]])));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./src/report/report-schema.ts + 1 modules
var report_schema = __webpack_require__(5752);
;// CONCATENATED MODULE: ./src/shard/read-shard-reports.ts





/**
 * The shard reports `merge` was given: report.json files, or directories searched for
 * report.json at any depth (actions/download-artifact puts each artifact in its own folder).
 * A merged report found there (no shard.index, e.g. the output of an earlier merge into the
 * same folder) is skipped. Each is validated against the report schema (exit 2 when not).
 */
function readShardReports(inputs, cwd) {
    const files = [];
    for (const input of inputs) {
        const abs = external_node_path_default().resolve(cwd, input);
        let isDir;
        try {
            isDir = (0,external_node_fs_.statSync)(abs).isDirectory();
        }
        catch {
            throw new errors/* InputError */.dz([{ file: input, message: 'not found', severity: 'error' }]);
        }
        if (isDir)
            files.push(...findReports(abs));
        else
            files.push(abs);
    }
    const validate = new ajv.Ajv({ allowUnionTypes: true }).compile(report_schema/* reportSchema */.Q);
    const out = [];
    for (const abs of [...new Set(files)].sort()) {
        const file = external_node_path_default().relative(cwd, abs) || abs;
        let value;
        try {
            value = JSON.parse((0,external_node_fs_.readFileSync)(abs, 'utf8'));
        }
        catch (error) {
            throw new errors/* InputError */.dz([
                {
                    file,
                    message: `not a readable JSON report: ${error.message}`,
                    severity: 'error',
                },
            ]);
        }
        if (!validate(value)) {
            const e = validate.errors?.[0];
            throw new errors/* InputError */.dz([
                {
                    file,
                    message: `not an iam-mutate report.json (version 1): ${e?.instancePath || '/'} ${e?.message ?? ''}`.trim(),
                    severity: 'error',
                },
            ]);
        }
        const inDirectory = !inputs.some((i) => external_node_path_default().resolve(cwd, i) === abs);
        if (inDirectory && value.shard !== undefined && value.shard.index === undefined)
            continue;
        out.push({ file, report: value });
    }
    return out;
}
function findReports(dir) {
    const found = [];
    for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
        const abs = external_node_path_default().join(dir, entry.name);
        if (entry.isDirectory())
            found.push(...findReports(abs));
        else if (entry.name === 'report.json')
            found.push(abs);
    }
    return found;
}

;// CONCATENATED MODULE: ./src/cli/commands/merge.ts








/**
 * `iam-mutate merge REPORT...`: one report from the shards' reports, every report file written
 * from it, and the gate over all of it (a missing shard breaks it: exit 3).
 */
async function mergeCommand(command, io) {
    const shards = readShardReports(command.inputs, io.cwd);
    const report = mergeShardReports(shards);
    const files = await (0,run_and_report.writeReports)(report, {
        rootDir: io.cwd,
        reportDir: external_node_path_default().resolve(io.cwd, command.reportDir),
        configPath: report.shard.config,
        ...(command.reportUrl !== undefined && { reportUrl: command.reportUrl }),
    });
    (0,run_plan_timed/* rememberTimings */.h0)(io.cwd, targetDurations(report));
    const missing = report.shard.shards.filter((s) => s.status === 'missing');
    io.stderr(`merge: ${shards.length} of ${report.shard.count} shard report(s)${missing.length > 0 ? `; MISSING: ${missing.map((s) => `${s.index}/${report.shard.count}`).join(', ')}` : ''}\n`);
    io.stderr(`\n${(0,text_summary/* renderTextSummary */.k)(report)}`);
    const reportFile = files['report.json'].path;
    const relative = external_node_path_default().relative(io.cwd, reportFile);
    io.stderr(`report: ${relative.startsWith('..') ? reportFile : relative} (and comment.md, results.sarif, mutation.json, report.html)\n`);
    const gate = (0,report_gate/* evaluateGate */.D)(report, command.failOn);
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


/***/ })

};
