import elements from './mutation-elements.generated.json' with { type: 'json' };
import { buildMutationTestingReport } from './mutation-testing-report.js';
import type { Report, StatementReport, TargetReport } from './report-types.js';
import {
  evidenceParts,
  reportProblems,
  findingTexts,
  isFlagged,
  isUnjustified,
  statementName,
  unverifiedReasons,
  verdictView,
} from './statement-view.js';

/**
 * report.html: one self-contained page (no network, opens from disk): our per-statement table
 * on top, then Stryker's mutation-testing-elements app showing every mutant in the policy's
 * own text. The elements bundle is inlined from a generated JSON module (see
 * scripts/generate-report-assets.mjs), so the CLI bundle carries it. Pure.
 */
export function renderHtmlReport(
  report: Report,
  policySources: Readonly<Record<string, string>>,
): string {
  const mutation = buildMutationTestingReport(report, policySources);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(`${report.tool.name} ${report.tool.version}`)}">
<title>iam-mutate report</title>
<style>${STYLE}</style>
</head>
<body>
<header class="iam-summary">
<h1>${headline(report)}</h1>
${report.targets.map(renderTarget).join('\n')}
${strykerNote(report)}
</header>
<mutation-test-report-app title-postfix="iam-mutate"></mutation-test-report-app>
<script>
/* ${elements.package} ${elements.version}, ${elements.license} licence (https://github.com/stryker-mutator/mutation-testing-elements) */
${elements.script}
</script>
<script>
document.querySelector('mutation-test-report-app').report = ${scriptJson(mutation)};
</script>
</body>
</html>
`;
}

/** The version of mutation-testing-elements inlined, for the report's own provenance. */
export const INLINED_ELEMENTS = { package: elements.package, version: elements.version };

function headline(report: Report): string {
  const problems = reportProblems(report);
  return problems.length === 0
    ? '<span class="mark good">✓</span> iam-mutate: every statement is justified'
    : `<span class="mark bad">✗</span> iam-mutate: ${escapeHtml(problems.join(', '))}`;
}

/** The app below scores Stryker's way; say where that differs from our verdicts. */
function strykerNote(report: Report): string {
  const timeouts = report.targets.some((t) => t.mutants.some((m) => m.status === 'timeout'));
  const errors = report.targets.some((t) => t.mutants.some((m) => m.status === 'error'));
  if (!timeouts && !errors) return '';
  return `<p class="notes">In the mutation view below, Stryker's convention counts a Timeout as detected and leaves runtime errors out of the score; iam-mutate judges both as undecided (the table above and the gate).</p>`;
}

function renderTarget(target: TargetReport): string {
  const base = target.baseline;
  const baseline =
    base.status === 'passed'
      ? `<p>Baseline passed (${base.calls.length} authorized call(s) recorded).</p>`
      : `<p class="broken"><strong><span class="mark bad">✗</span> Baseline ${escapeHtml(base.status)}:</strong> ${escapeHtml(base.reason ?? 'no reason recorded')}. No mutant was run, so no statement was judged.</p>`;
  const rows = target.statements.map((s) => row(s, target)).join('\n');
  const score = target.score === null ? 'n/a' : `${target.score}%`;
  const mutantScore = target.mutantScore === null ? 'n/a' : `${target.mutantScore}%`;
  const suggested = target.suggestedPolicy;
  const suggestion =
    suggested === undefined
      ? ''
      : `<details><summary>Suggested policy (${suggested.verified ? 'verified' : '<strong>NOT verified</strong>'})</summary>${
          suggested.verified
            ? ''
            : `<p class="broken">Why: ${unverifiedReasons(target).map(escapeHtml).join(' ')}</p>`
        }<pre>${escapeHtml(JSON.stringify(suggested.policy, null, 2))}</pre></details>`;
  const notes =
    target.notes.length === 0
      ? ''
      : `<ul class="notes">${target.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>`;
  return `<section>
<h2><code>${escapeHtml(target.policy)}</code> <span class="role">role <code>${escapeHtml(target.role)}</code></span></h2>
${baseline}
<table>
<thead><tr><th>Sid</th><th>Effect</th><th>Actions</th><th>Resources</th><th>Verdict</th><th>Evidence</th><th>Findings</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<p class="score"><strong>Score:</strong> ${score} · <strong>Mutant score:</strong> ${mutantScore}</p>
${suggestion}
${notes}
</section>`;
}

function row(s: StatementReport, target: TargetReport): string {
  const unjustified = isUnjustified(s);
  const flagged = isFlagged(s);
  const classes = [unjustified && 'unjustified', flagged && 'flagged'].filter(Boolean).join(' ');
  // Characters every text font has: a missing emoji font must not hide the verdict.
  const icons = `${unjustified ? '<span class="mark bad">✗</span>' : ''}${flagged ? '<span class="mark flag">⚑</span>' : ''}`;
  const name = escapeHtml(statementName(s));
  const verdict = verdictView(s, target);
  const evidence = evidenceParts(s, target)
    .map((p) => ('code' in p ? `<code>${escapeHtml(p.code)}</code>` : escapeHtml(p.text)))
    .join('');
  const findings = findingTexts(s);
  return `<tr${classes === '' ? '' : ` class="${classes}"`}>
<td>${unjustified || flagged ? `<strong>${icons}${name}</strong>` : name}</td>
<td class="nowrap">${s.effect}</td>
<td>${codeList(s.actions)}</td>
<td>${codeList(s.resources)}</td>
<td><span class="mark ${VERDICT_CLASS[verdict.symbol]}">${verdict.symbol}</span> ${unjustified ? `<strong>${verdict.label}</strong>` : verdict.label}</td>
<td>${evidence}</td>
<td>${findings.length === 0 ? '—' : findings.map((f) => `${flagged ? '<span class="mark flag">⚑</span> ' : ''}${escapeHtml(f)}`).join('<br>')}</td>
</tr>`;
}

const VERDICT_CLASS = { '✓': 'good', '✗': 'bad', '?': 'undecided', '–': 'undecided' } as const;

function codeList(items: readonly string[]): string {
  return items.length === 0
    ? '—'
    : items.map((i) => `<code>${breakable(escapeHtml(i))}</code>`).join('<br>');
}

/** Lets a narrow cell wrap an ARN after `:` and `/` rather than inside a word. */
function breakable(escaped: string): string {
  return escaped.replace(/([:/])(?=.)/g, '$1<wbr>');
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** JSON inside a <script> element: `<` and the JS line separators cannot end or break it. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const STYLE = `
.iam-summary { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; max-width: 100%; padding: 1.5rem 2rem 1rem; box-sizing: border-box; }
.iam-summary h1 { font-size: 1.5rem; margin: 0 0 1rem; }
.iam-summary h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
.iam-summary .role { font-weight: normal; color: #59636e; font-size: .95rem; }
.iam-summary table { border-collapse: collapse; width: 100%; font-size: .85rem; }
.iam-summary th, .iam-summary td { border: 1px solid #d1d9e0; padding: .35rem .5rem; text-align: left; vertical-align: top; }
.iam-summary td code { overflow-wrap: break-word; }
.iam-summary h2 code { font-size: inherit; }
.iam-summary .nowrap { white-space: nowrap; }
.iam-summary .mark { display: inline-block; min-width: 1.1em; text-align: center; font-weight: bold; border-radius: 3px; }
.iam-summary .mark.good { color: #1a7f37; }
.iam-summary .mark.bad { color: #fff; background: #cf222e; }
.iam-summary .mark.flag { color: #9a6700; }
.iam-summary .mark.undecided { color: #fff; background: #9a6700; }
.iam-summary th { background: #f6f8fa; }
.iam-summary tr.unjustified td { background: #ffebe9; }
.iam-summary tr.flagged td:last-child { background: #fff8c5; }
.iam-summary code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .8rem; }
.iam-summary .broken { background: #ffebe9; padding: .5rem; border-left: 4px solid #cf222e; }
.iam-summary .notes { color: #59636e; }
.iam-summary pre { background: #f6f8fa; padding: .5rem; overflow: auto; }
`;
