export const id = 115;
export const ids = [115];
export const modules = {

/***/ 1115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lintCommand: () => (/* binding */ lintCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/common/diagnostic.ts
var diagnostic = __webpack_require__(3130);
// EXTERNAL MODULE: ./src/common/errors.ts
var common_errors = __webpack_require__(1922);
// EXTERNAL MODULE: ./src/lint/index.ts + 2 modules
var lint = __webpack_require__(1152);
// EXTERNAL MODULE: ./src/lint/lint-text.ts
var lint_text = __webpack_require__(5618);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/report/sarif.ts
var sarif = __webpack_require__(643);
;// CONCATENATED MODULE: ./src/report/lint-sarif.ts



/**
 * SARIF 2.1.0 of lint findings alone: what `iam-mutate lint --format sarif` prints and what the
 * action writes as lint-results.sarif for changed policies no target proves.
 */
function lintSarifLog(findings) {
    const rules = (0,lint/* ruleMetadata */.Aq)().map((r) => ({
        id: r.code,
        title: r.title,
        help: r.help,
        helpUri: r.docs,
        defaultLevel: r.severity,
    }));
    return (0,sarif/* buildSarifLog */.e)({ name: version/* TOOL_NAME */.l, version: version/* VERSION */.x }, rules, findings.map((f) => ({
        ruleId: f.code,
        level: f.severity,
        message: `${f.message}. Fix: ${f.fix}`,
        file: f.file,
        line: f.line,
        column: f.column,
        ...(f.suppressed && { suppressed: { reason: f.reason ?? '' } }),
        properties: {
            fix: f.fix,
            ...(f.sid && { sid: f.sid }),
            ...(f.statementIndex !== null && { statementIndex: f.statementIndex }),
        },
    })));
}

;// CONCATENATED MODULE: ./src/cli/commands/lint.ts
/**
 * `iam-mutate lint FILE...`: static findings for policy files, as compiler-style text, JSON or
 * SARIF 2.1.0. Exit 0 when no finding reaches --fail-on (default: warning), 1 when one does,
 * 2 when a file cannot be read or is not a policy (each problem as file:line:col, no stack).
 */








const RANK = { note: 0, warning: 1, error: 2 };
async function lintCommand(command, io) {
    const results = [];
    for (const file of command.files)
        results.push(await lintFile(file, command, io));
    const errors = results.flatMap((r) => r.errors);
    const findings = results.flatMap((r) => r.findings);
    for (const e of errors)
        io.stderr(`${(0,diagnostic/* formatDiagnostic */.x)(e)}\n`);
    switch (command.format) {
        case 'text':
            io.stdout(findings.map(formatFinding).join(''));
            break;
        case 'json':
            io.stdout(`${JSON.stringify({
                version: 1,
                tool: `${version/* TOOL_NAME */.l} ${version/* VERSION */.x}`,
                files: results.map((r) => ({
                    file: r.file,
                    ...(r.kind && { kind: r.kind }),
                    findings: r.findings,
                    errors: r.errors,
                })),
            }, null, 2)}\n`);
            break;
        case 'sarif':
            io.stdout(`${JSON.stringify(lintSarifLog(findings), null, 2)}\n`);
            break;
    }
    const counts = { error: 0, warning: 0, note: 0 };
    for (const f of findings)
        counts[f.severity]++;
    io.stderr(`${findings.length} finding(s) in ${results.length} file(s): ${counts.error} error(s), ${counts.warning} warning(s), ${counts.note} note(s)${errors.length ? `; ${errors.length} file problem(s)` : ''}\n`);
    if (errors.length > 0)
        return common_errors/* ExitCode */.yU.badInput;
    const failOn = command.failOn ?? 'warning';
    if (failOn === 'none')
        return common_errors/* ExitCode */.yU.ok;
    const gate = RANK[failOn];
    return findings.some((f) => !f.suppressed && RANK[f.severity] >= gate)
        ? common_errors/* ExitCode */.yU.gateFailed
        : common_errors/* ExitCode */.yU.ok;
}
async function lintFile(file, command, io) {
    const full = external_node_path_default().resolve(io.cwd, file);
    const fail = (message, position) => ({
        file,
        findings: [],
        errors: [{ file, ...(position && { position }), message, severity: 'error' }],
    });
    let bytes;
    try {
        const info = await (0,promises_.stat)(full);
        if (!info.isFile())
            return fail('not a regular file');
        // Refuse before reading: no IAM policy is anywhere near this size.
        if (info.size > lint_text/* MAX_POLICY_CHARS */.y * 4)
            return fail(`the file has ${info.size.toLocaleString('en-US')} bytes; too large to be an IAM policy`, { line: 1, column: 1 });
        bytes = await (0,promises_.readFile)(full);
    }
    catch (error) {
        const code = error.code;
        return fail(code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? 'error'})`);
    }
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        return fail('the file is not UTF-8 text', positionOfBadUtf8(bytes));
    }
    const result = (0,lint/* lintPolicyText */.hy)(text, file, {
        ...(command.kind && { kind: command.kind }),
        ...(command.policyKind && { policyKind: command.policyKind }),
        ...(command.account && { accountId: command.account }),
    });
    return {
        file,
        ...(result.kind && { kind: result.kind }),
        findings: result.findings,
        errors: result.errors,
    };
}
/** Line and column of the first byte that is not valid UTF-8, for the error message. */
function positionOfBadUtf8(bytes) {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    // Binary search for the longest valid prefix (a cut inside a character is also invalid, so
    // back off three bytes to stay on a boundary).
    let lo = 0;
    let hi = bytes.length;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        try {
            decoder.decode(bytes.subarray(0, mid));
            lo = mid;
        }
        catch {
            hi = mid - 1;
        }
    }
    const prefix = bytes.subarray(0, Math.max(0, lo - 3)).toString('utf8');
    const lines = prefix.split('\n');
    return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}
function formatFinding(f) {
    const suppressed = f.suppressed ? ` (suppressed: ${f.reason ?? ''})` : '';
    const where = f.sid
        ? ` [${f.sid}]`
        : f.statementIndex !== null
            ? ` [statement #${f.statementIndex}]`
            : '';
    return `${f.file}:${f.line}:${f.column}: ${f.severity} ${f.code}${where} ${f.message}${suppressed}\n  fix: ${f.fix}\n`;
}


/***/ }),

/***/ 643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ buildSarifLog)
/* harmony export */ });
/**
 * A generic SARIF 2.1.0 log builder: rule metadata plus located results in, one SARIF log out.
 * Used by `iam-mutate lint --format sarif`, and meant for any other producer of located
 * results (the run's unjustified statements), so it knows nothing about lint or mutation.
 * Validated against the OASIS schema in test/report/sarif.test.ts.
 */
function buildSarifLog(tool, rules, results) {
    const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: tool.name,
                        version: tool.version,
                        ...(tool.informationUri && { informationUri: tool.informationUri }),
                        rules: rules.map((r) => ({
                            id: r.id,
                            name: toPascalCase(r.id),
                            shortDescription: { text: r.title },
                            fullDescription: { text: r.help },
                            help: { text: r.helpUri ? `${r.help}\n\nSee ${r.helpUri}` : r.help },
                            ...(r.helpUri && { helpUri: r.helpUri }),
                            defaultConfiguration: { level: r.defaultLevel },
                        })),
                    },
                },
                originalUriBaseIds: { SRCROOT: { description: { text: 'The working directory.' } } },
                results: results.map((r) => {
                    const index = ruleIndex.get(r.ruleId);
                    const region = r.line !== undefined
                        ? { startLine: r.line, ...(r.column !== undefined && { startColumn: r.column }) }
                        : undefined;
                    return {
                        ruleId: r.ruleId,
                        ...(index !== undefined && { ruleIndex: index }),
                        level: r.level,
                        message: { text: r.message },
                        locations: [
                            {
                                physicalLocation: {
                                    artifactLocation: artifactLocation(r.file),
                                    ...(region && { region }),
                                },
                            },
                        ],
                        ...(r.suppressed && {
                            suppressions: [{ kind: 'external', justification: r.suppressed.reason }],
                        }),
                        ...(r.properties && { properties: r.properties }),
                    };
                }),
            },
        ],
    };
}
/** Relative paths stay relative to SRCROOT (what GitHub code scanning expects); `\` -> `/`. */
function artifactLocation(file) {
    const slashed = file.replace(/\\/g, '/');
    if (/^([A-Za-z]:)?\//.test(slashed)) {
        return { uri: `file://${slashed.startsWith('/') ? '' : '/'}${encodeURI(slashed)}` };
    }
    return { uri: encodeURI(slashed.replace(/^(\.\/)+/, '')), uriBaseId: 'SRCROOT' };
}
function toPascalCase(id) {
    return id
        .toLowerCase()
        .split(/[_-]/)
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .join('');
}


/***/ })

};
