import type { Mutant, MutationInput, Mutator } from './mutant.js';
import { narrowResource } from './narrow-resource.js';
import { removeAction } from './remove-action.js';
import { removeDeny } from './remove-deny.js';
import { removeStatement } from './remove-statement.js';

export type { Mutant, MutationInput, Mutator, StatementUsage } from './mutant.js';

/** Every mutator, in the order their mutants are run and reported. */
export const allMutators: readonly Mutator[] = [
  removeStatement,
  removeAction,
  narrowResource,
  removeDeny,
];

export function generateMutants(
  input: MutationInput,
  mutators: readonly Mutator[] = allMutators,
): Mutant[] {
  return mutators.flatMap((m) => m.mutate(input));
}
