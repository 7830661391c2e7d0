import type { MutatorName } from '../../report/report-types.js';
import type { JsonObject, PolicyJson } from './policy-json.js';

/**
 * What the baseline run used of one statement, computed by the caller from the emulator's
 * authorization log with the policy engine (so mutators never match patterns themselves).
 */
export interface StatementUsage {
  /** For each Action entry of the statement, the concrete actions it granted in the baseline. */
  actionsByPattern: ReadonlyMap<string, readonly string[]>;
  /** For each Resource entry of the statement, the concrete resources it granted. */
  resourcesByPattern: ReadonlyMap<string, readonly string[]>;
}

export interface MutationInput {
  policy: PolicyJson;
  /** Indexed like the policy's statements; absent entries mean "not used at all". */
  usage: readonly (StatementUsage | undefined)[];
}

export interface Mutant {
  /** Stable across runs: `<mutator>:<statement index>[:<detail>]`. */
  id: string;
  mutator: MutatorName;
  statementIndex: number;
  sid: string | null;
  /** For people: what the mutant changed. */
  description: string;
  /** The mutated policy to attach. */
  policy: PolicyJson;
  /**
   * The Action patterns whose grant the mutant withdrew; a denial of an action matching one
   * of them kills the mutant exactly (docs/verdicts.md: "on exactly an action it grants").
   */
  withdrawnActions: readonly string[];
}

/** A named mutation operator, in the manner of stryker-js mutators. */
export interface Mutator {
  name: MutatorName;
  mutate(input: MutationInput): Mutant[];
}

/** The statement at `index` replaced (or removed, with `replacement` null). */
export function replaceStatement(
  statements: readonly JsonObject[],
  index: number,
  replacement: JsonObject | null,
): JsonObject[] {
  const next = [...statements];
  if (replacement === null) next.splice(index, 1);
  else next[index] = replacement;
  return next;
}
