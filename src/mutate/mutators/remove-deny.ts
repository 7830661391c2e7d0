import { replaceStatement, type Mutator } from './mutant.js';
import { listOf, sidOf, statementsOf, withStatements } from './policy-json.js';

/**
 * Each Deny statement removed. The workload cannot prove a Deny (it never calls what is
 * denied); the run plan proves it with probes, calls that must stay denied: the Deny is
 * justified only if some probe succeeds without it.
 */
export const removeDeny: Mutator = {
  name: 'remove-deny',
  mutate({ policy }) {
    const statements = statementsOf(policy);
    return statements.flatMap((statement, index) => {
      if (statement.Effect !== 'Deny') return [];
      const sid = sidOf(statement);
      return [
        {
          id: `remove-deny:${index}`,
          mutator: 'remove-deny' as const,
          statementIndex: index,
          sid,
          description: `removed Deny statement ${sid ?? `#${index}`}`,
          policy: withStatements(policy, replaceStatement(statements, index, null)),
          withdrawnActions: listOf(statement.Action),
        },
      ];
    });
  },
};
