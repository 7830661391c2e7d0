import type {
  FileResult,
  MutantResult,
  MutantStatus as StrykerStatus,
  MutationTestResult,
} from 'mutation-testing-report-schema';
import { MutantLocator } from './mutant-location.js';
import type { MutantReport, Report, TargetReport } from './report-types.js';

/**
 * mutation.json in the Stryker mutation-testing-report-schema format (version 2), which
 * mutation-testing-elements and the Stryker dashboard read: one file entry per policy with its
 * text as written, each mutant located in it. Pure.
 */

const STATUS: Readonly<Record<MutantReport['status'], StrykerStatus>> = {
  killed: 'Killed',
  // The workload broke, so the mutant is detected; the reason says it was for another action.
  'killed-other-action': 'Killed',
  survived: 'Survived',
  'no-coverage': 'NoCoverage',
  timeout: 'Timeout',
  error: 'RuntimeError',
};

export function buildMutationTestingReport(
  report: Report,
  policySources: Readonly<Record<string, string>>,
): MutationTestResult {
  const files: Record<string, FileResult> = {};
  const roles = new Map<string, number>();
  for (const t of report.targets) roles.set(t.policy, (roles.get(t.policy) ?? 0) + 1);
  for (const target of report.targets) {
    const source = policySources[target.policy] ?? missingSource(target);
    const locator = new MutantLocator(source);
    const file = (files[target.policy] ??= { language: 'json', source, mutants: [] });
    for (const mutant of target.mutants) {
      // Mutant ids are unique within a target; the policy (and the role, when one policy is
      // tested under several) makes them unique across the report.
      const owner =
        (roles.get(target.policy) ?? 0) > 1 ? `${target.policy}@${target.role}` : target.policy;
      const id = `${owner}#${mutant.id}`;
      file.mutants.push(mutantResult(mutant, id, target, locator));
    }
  }
  return {
    schemaVersion: '2',
    thresholds: { high: 80, low: 60 },
    files,
    framework: { name: report.tool.name, version: report.tool.version },
  };
}

export function renderMutationJson(
  report: Report,
  policySources: Readonly<Record<string, string>>,
): string {
  return `${JSON.stringify(buildMutationTestingReport(report, policySources), null, 2)}\n`;
}

function mutantResult(
  mutant: MutantReport,
  id: string,
  target: TargetReport,
  locator: MutantLocator,
): MutantResult {
  const statement = target.statements.find((s) => s.index === mutant.index);
  const result: MutantResult = {
    id,
    mutatorName: mutant.mutator,
    location: locator.locate(mutant, statement?.line ?? 1),
    status: STATUS[mutant.status],
    statusReason: statusReason(mutant, target),
  };
  if (mutant.description !== undefined) result.description = mutant.description;
  if (mutant.mutator === 'remove-statement' || mutant.mutator === 'remove-deny') {
    result.replacement = '(statement removed)';
  }
  return result;
}

function statusReason(mutant: MutantReport, target: TargetReport): string {
  const predicted = mutant.rerun === false ? ' (predicted from the baseline, not re-run)' : '';
  const evidence = mutant.evidence === undefined ? '' : ` (evidence: ${mutant.evidence})`;
  if (target.baseline.status !== 'passed') {
    return `not run: the baseline ${target.baseline.status === 'failed' ? 'was denied' : `did not pass (${target.baseline.status})`}`;
  }
  switch (mutant.status) {
    case 'killed':
      if (mutant.mutator === 'remove-deny') {
        const allowed = mutant.allowedAction ?? mutant.deniedAction ?? 'a denied call';
        const probe = mutant.probe === undefined ? '' : `\`${mutant.probe}\` succeeds: `;
        return `without it, ${probe}${allowed} becomes allowed${evidence}${predicted}`;
      }
      return `the workload was denied ${mutant.deniedAction ?? 'a call'}${evidence}${predicted}`;
    case 'killed-other-action':
      return `the workload was denied ${mutant.deniedAction ?? 'a call'}, an action this mutant did not remove (killed by another action)${evidence}${predicted}`;
    case 'survived':
      return mutant.mutator === 'remove-deny'
        ? `nothing became allowed without it${predicted}`
        : `the workload passed without it${predicted}`;
    case 'no-coverage':
      return mutant.mutator === 'remove-deny'
        ? 'no probe exercises this Deny'
        : 'the workload never used what it removes';
    case 'timeout':
      return `the workload did not finish under this mutant${predicted}`;
    case 'error':
      return `the workload failed for a reason other than a denial${predicted}`;
  }
}

/** Without the file's text the mutants still need a place; one line says why it is empty. */
function missingSource(target: TargetReport): string {
  return `// the text of ${target.policy} was not available when this report was rendered\n`;
}
