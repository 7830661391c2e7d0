export const id = 308;
export const ids = [308];
export const modules = {

/***/ 6308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   demoSummary: () => (/* binding */ demoSummary)
/* harmony export */ });
/* harmony import */ var _report_text_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9870);

/** Both verdict tables (with the suggested policy and score), then each target's findings. */
function demoSummary(report) {
    const findings = report.targets.flatMap(findingLines);
    return ((0,_report_text_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .renderTextSummary */ .k)(report) +
        (findings.length === 0
            ? ''
            : `static findings (iam-mutate lint):\n${findings.join('\n')}\n\n`) +
        report.targets.flatMap(suggestedPolicyText).join(''));
}
function findingLines(target) {
    return target.statements.flatMap((s) => s.findings
        .filter((f) => f.suppressed !== true)
        .map((f) => `  ${target.policy}:${f.line ?? s.line}  ${f.code} ${f.severity}  ${f.sid ?? s.sid ?? `#${s.index}`}: ${f.message}`));
}
function suggestedPolicyText(target) {
    const suggested = target.suggestedPolicy;
    // The whole document only where the gate fails; a passing policy's narrowing is in its table.
    if (suggested === undefined || !target.statements.some((s) => s.justified === false))
        return [];
    const state = suggested.verified ? 'verified' : 'NOT verified';
    return [
        `suggested policy for ${target.policy} (${state}, score ${suggested.score ?? 'n/a'}%):\n` +
            `${JSON.stringify(suggested.policy, null, 2)}\n\n`,
    ];
}
/** comment.md, report.html (and report.json, mutation.json) into `dir`; returns their paths. */


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
