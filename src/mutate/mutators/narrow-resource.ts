import { replaceStatement, type Mutant, type Mutator } from './mutant.js';
import { asElement, listOf, sidOf, statementsOf, withStatements } from './policy-json.js';

/**
 * A wildcard Resource entry replaced by the concrete resources the baseline touched through
 * it. If the workload still passes, the wildcard granted more than the workload needs (the
 * mutant survives and the narrower resource becomes a suggestion).
 */
export const narrowResource: Mutator = {
  name: 'narrow-resource',
  mutate({ policy, usage }) {
    const statements = statementsOf(policy);
    const mutants: Mutant[] = [];
    statements.forEach((statement, index) => {
      if (statement.Effect !== 'Allow' || statement.Resource === undefined) return;
      const resources = listOf(statement.Resource);
      const sid = sidOf(statement);
      for (const entry of resources) {
        // `?` alone stands for characters the environment generates (a secret's random
        // suffix, `secret:name-??????`): narrowing it to this run's value would be wrong.
        if (!entry.includes('*')) continue;
        const touched = [...new Set(usage[index]?.resourcesByPattern.get(entry) ?? [])].sort();
        if (touched.length === 0 || (touched.length === 1 && touched[0] === entry)) continue;
        const narrowed = resources.flatMap((r) => (r === entry ? touched : [r]));
        mutants.push({
          id: `narrow-resource:${index}:${entry}`,
          mutator: 'narrow-resource',
          statementIndex: index,
          sid,
          description: `narrowed ${entry} to ${touched.join(', ')} in ${sid ?? `#${index}`}`,
          policy: withStatements(
            policy,
            replaceStatement(statements, index, { ...statement, Resource: asElement(narrowed) }),
          ),
          withdrawnActions: listOf(statement.Action),
        });
      }
    });
    return mutants;
  },
};
