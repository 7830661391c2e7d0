import type { MutantReport } from '../../report/report-types.js';
import type { CallTrace } from '../logged-call.js';

/** Things a reader must know to trust the verdicts: missing evidence, replay contradictions. */
export function targetNotes(mutants: readonly MutantReport[], trace: CallTrace): string[] {
  const notes: string[] = [];
  if (!trace.logged) {
    notes.push(
      'the endpoint keeps no authorization log: denied actions come from the workload response or error messages, and no-coverage cannot be told from survived',
    );
  }
  const contradicted = mutants.filter((m) => m.predicted !== undefined && m.predicted !== m.status);
  if (contradicted.length > 0) {
    notes.push(
      `the re-run contradicted the replay for ${contradicted.map((m) => m.id).join(', ')}: the workload may not be deterministic`,
    );
  }
  return notes;
}
