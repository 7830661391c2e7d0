import type {
  Finding,
  MutantReport,
  Report,
  StatementReport,
  TargetReport,
} from './report-types.js';

/**
 * What every human-readable report says about one statement: its name, verdict and evidence,
 * worded once here so the comment and the HTML header cannot disagree. Pure; no escaping (each
 * renderer escapes for its own format).
 */

/** A finding as the report carries it (position, fix and suppression are optional). */
export type FindingView = Finding;

export function statementName(s: Pick<StatementReport, 'sid' | 'index'>): string {
  return s.sid ?? `#${s.index}`;
}

/** Findings that count: suppressed ones are shown apart and never flag a row. */
export function activeFindings(s: StatementReport): FindingView[] {
  return s.findings.filter((f) => f.suppressed !== true);
}

export function isUnjustified(s: StatementReport): boolean {
  return s.justified === false;
}

export function isFlagged(s: StatementReport): boolean {
  return activeFindings(s).length > 0;
}

/** Rows a reader must look at: unjustified, flagged or undecided. */
export function needsAttention(s: StatementReport): boolean {
  return isUnjustified(s) || isFlagged(s) || s.justified === null;
}

export interface VerdictView {
  /** Shape-distinct emoji, so the verdict does not depend on colour (markdown). */
  icon: string;
  /** The same distinction in characters every text font has (HTML, where emoji may be missing). */
  symbol: '✓' | '✗' | '?' | '–';
  label: string;
}

export function verdictView(s: StatementReport, target: TargetReport): VerdictView {
  if (target.baseline.status !== 'passed') return { icon: '⚪', symbol: '–', label: 'not judged' };
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
function denyMutant(s: StatementReport, target: TargetReport): MutantReport | undefined {
  return target.mutants.find((m) => m.mutator === 'remove-deny' && m.index === s.index);
}

/** Evidence as text and code pieces, so each format can mark a probe command up its own way. */
export type EvidencePart = { text: string } | { code: string };

export function evidenceText(s: StatementReport, target: TargetReport): string {
  return evidenceParts(s, target)
    .map((p) => ('code' in p ? `\`${p.code}\`` : p.text))
    .join('');
}

/**
 * One sentence of evidence. A Deny is never "denied": removing it lets something through, so
 * the sentence says what became allowed and which probe showed it.
 */
export function evidenceParts(s: StatementReport, target: TargetReport): EvidencePart[] {
  if (target.baseline.status !== 'passed') {
    return [
      {
        text: `not judged: the baseline ${target.baseline.status === 'failed' ? 'was denied' : `did not pass (${target.baseline.status})`}`,
      },
    ];
  }
  if (s.effect === 'Deny') return denyEvidence(s, target);
  return [{ text: allowEvidence(s) }];
}

function allowEvidence(s: StatementReport): string {
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

function denyEvidence(s: StatementReport, target: TargetReport): EvidencePart[] {
  const said = denySentence(s, target);
  return typeof said === 'string' ? [{ text: said }] : said;
}

function denySentence(s: StatementReport, target: TargetReport): string | EvidencePart[] {
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
export function findingTexts(s: StatementReport): string[] {
  return s.findings.map((f) => {
    const where =
      f.line === undefined
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
export function unverifiedReasons(target: TargetReport): string[] {
  const own = target.suggestedPolicy?.reason;
  if (own !== undefined && own.trim() !== '') return [own];
  const related = target.notes.filter((n) => /suggest|verif/i.test(n));
  return related.length > 0 ? related : ['no reason was recorded by the run'];
}

/** What is wrong with the run as a whole, worst first; empty when everything is justified. */
export function reportProblems(report: Report): string[] {
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
  ].filter((p): p is string => typeof p === 'string');
}
