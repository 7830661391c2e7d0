export const id = 772;
export const ids = [772];
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


/***/ })

};
