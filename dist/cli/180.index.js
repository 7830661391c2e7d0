export const id = 180;
export const ids = [180,772];
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
    return `${m.mutator} ${who}: ${m.status}${denied}`;
}


/***/ }),

/***/ 3180:
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
// EXTERNAL MODULE: ./src/app/run-and-report.ts + 60 modules
var run_and_report = __webpack_require__(1219);
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
;// CONCATENATED MODULE: ./src/cli/commands/run.ts






async function runCommand(command, io) {
    const { report, gate, files } = await (0,run_and_report.runAndReport)({
        configPath: command.config,
        cwd: io.cwd,
        reportDir: command.reportDir,
        failOn: command.failOn,
        ...(command.endpoint !== undefined && { endpoint: command.endpoint }),
        only: command.only,
        useAuthorizationLog: command.useAuthorizationLog,
        cache: command.cache,
        allowRemoteEmulator: command.allowRemoteEmulator === true,
        hostEnv: io.env,
        reporter: (0,progress_reporter.progressReporter)(io.stderr, io.interactive),
        // `emulator: localemu`: docker run, health wait, container removed at the end.
        launchLocalEmu: () => startLocalEmu({ log: (line) => io.stderr(`${line}\n`), env: { ...io.env } }),
    });
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
        ? 'verified by its own baseline and mutants'
        : `NOT verified: ${suggested.reason ?? 'no reason recorded'}`;
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
