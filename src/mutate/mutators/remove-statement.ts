import { replaceStatement, type Mutator } from './mutant.js';
import { listOf, sidOf, statementsOf, withStatements } from './policy-json.js';

/** Every Allow statement, Sid or not, removed in turn. Deny statements have their own mutator. */
export const removeStatement: Mutator = {
  name: 'remove-statement',
  mutate({ policy }) {
    const statements = statementsOf(policy);
    return statements.flatMap((statement, index) => {
      if (statement.Effect !== 'Allow') return [];
      const sid = sidOf(statement);
      return [
        {
          id: `remove-statement:${index}`,
          mutator: 'remove-statement' as const,
          statementIndex: index,
          sid,
          description: `removed statement ${sid ?? `#${index}`}`,
          policy: withStatements(policy, replaceStatement(statements, index, null)),
          withdrawnActions: listOf(statement.Action),
        },
      ];
    });
  },
};
