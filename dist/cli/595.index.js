export const id = 595;
export const ids = [595];
export const modules = {

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
/* harmony import */ var _app_run_and_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6929);
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
