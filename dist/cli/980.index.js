export const id = 980;
export const ids = [980];
export const modules = {

/***/ 980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lintCommand: () => (/* binding */ lintCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _common_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3130);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1922);
/* harmony import */ var _lint_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1152);
/* harmony import */ var _lint_lint_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5618);
/* harmony import */ var _report_sarif_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(643);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(311);
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
        io.stderr(`${(0,_common_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .formatDiagnostic */ .x)(e)}\n`);
    switch (command.format) {
        case 'text':
            io.stdout(findings.map(formatFinding).join(''));
            break;
        case 'json':
            io.stdout(`${JSON.stringify({
                version: 1,
                tool: `${_version_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL_NAME */ .l} ${_version_js__WEBPACK_IMPORTED_MODULE_6__/* .VERSION */ .x}`,
                files: results.map((r) => ({
                    file: r.file,
                    ...(r.kind && { kind: r.kind }),
                    findings: r.findings,
                    errors: r.errors,
                })),
            }, null, 2)}\n`);
            break;
        case 'sarif':
            io.stdout(`${JSON.stringify(sarifOf(findings), null, 2)}\n`);
            break;
    }
    const counts = { error: 0, warning: 0, note: 0 };
    for (const f of findings)
        counts[f.severity]++;
    io.stderr(`${findings.length} finding(s) in ${results.length} file(s): ${counts.error} error(s), ${counts.warning} warning(s), ${counts.note} note(s)${errors.length ? `; ${errors.length} file problem(s)` : ''}\n`);
    if (errors.length > 0)
        return _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.badInput;
    const failOn = command.failOn ?? 'warning';
    if (failOn === 'none')
        return _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.ok;
    const gate = RANK[failOn];
    return findings.some((f) => !f.suppressed && RANK[f.severity] >= gate)
        ? _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.gateFailed
        : _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.ok;
}
async function lintFile(file, command, io) {
    const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, file);
    const fail = (message, position) => ({
        file,
        findings: [],
        errors: [{ file, ...(position && { position }), message, severity: 'error' }],
    });
    let bytes;
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(full);
        if (!info.isFile())
            return fail('not a regular file');
        // Refuse before reading: no IAM policy is anywhere near this size.
        if (info.size > _lint_lint_text_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_POLICY_CHARS */ .y * 4)
            return fail(`the file has ${info.size.toLocaleString('en-US')} bytes; too large to be an IAM policy`, { line: 1, column: 1 });
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(full);
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
    const result = (0,_lint_index_js__WEBPACK_IMPORTED_MODULE_3__/* .lintPolicyText */ .hy)(text, file, {
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
function sarifOf(findings) {
    const rules = (0,_lint_index_js__WEBPACK_IMPORTED_MODULE_3__/* .ruleMetadata */ .Aq)().map((r) => ({
        id: r.code,
        title: r.title,
        help: r.help,
        helpUri: r.docs,
        defaultLevel: r.severity,
    }));
    return (0,_report_sarif_js__WEBPACK_IMPORTED_MODULE_7__/* .buildSarifLog */ .e)({ name: _version_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL_NAME */ .l, version: _version_js__WEBPACK_IMPORTED_MODULE_6__/* .VERSION */ .x }, rules, findings.map((f) => ({
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


/***/ })

};
