export const id = 754;
export const ids = [754];
export const modules = {

/***/ 1754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planCommand: () => (/* binding */ planCommand)
/* harmony export */ });
/* harmony import */ var _app_load_config_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3993);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1922);
/* harmony import */ var _shard_load_shard_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8391);
/* harmony import */ var _shard_plan_shards_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11);




/**
 * `iam-mutate plan`: the matrix JSON on stdout (one line, for `$GITHUB_OUTPUT`), and what it
 * decided on stderr for people.
 */
async function planCommand(command, io) {
    const config = (0,_app_load_config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfigFile */ .H)(command.config, io.cwd);
    const plan = await (0,_shard_load_shard_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .loadShardPlan */ .Qf)({
        config,
        cwd: io.cwd,
        ...(command.shards !== undefined && { count: command.shards }),
        ...(command.maxPerShard !== undefined && { maxPerShard: command.maxPerShard }),
        ...(command.changedFrom !== undefined && { changedFrom: command.changedFrom }),
        ...(command.timings !== undefined && { timingsFile: command.timings }),
    });
    const matrix = (0,_shard_plan_shards_js__WEBPACK_IMPORTED_MODULE_3__/* .matrixJson */ .u5)(plan);
    io.stdout(`${JSON.stringify(matrix)}\n`);
    const counts = Array.from({ length: plan.count }, (_, i) => (0,_shard_plan_shards_js__WEBPACK_IMPORTED_MODULE_3__/* .shardTargets */ .PY)(plan, i + 1).length);
    io.stderr(`plan: ${plan.targets.length} target(s) in ${matrix.include.length} shard(s) of ${plan.count} (${counts.join(' + ')}), balanced by ${plan.basis === 'timings' ? 'previous durations' : 'statement counts'}\n`);
    return _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.ok;
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
