import { replaceStatement, type Mutant, type Mutator } from './mutant.js';
import {
  asElement,
  hasWildcard,
  listOf,
  sidOf,
  statementsOf,
  withStatements,
} from './policy-json.js';

/**
 * One action withdrawn from an Allow statement that grants more than one. A wildcard entry is
 * expanded only to the actions the baseline used through it (`s3:Get*` used for GetObject and
 * GetObjectTagging gives two mutants), because expanding it to the whole catalog would make
 * hundreds of mutants that can only survive.
 */
export const removeAction: Mutator = {
  name: 'remove-action',
  mutate({ policy, usage }) {
    const statements = statementsOf(policy);
    const mutants: Mutant[] = [];
    statements.forEach((statement, index) => {
      if (statement.Effect !== 'Allow' || statement.Action === undefined) return;
      const actions = listOf(statement.Action);
      const used = usage[index]?.actionsByPattern;
      const sid = sidOf(statement);
      const label = sid ?? `#${index}`;
      for (const entry of actions) {
        const others = actions.filter((a) => a !== entry);
        const expandedUse = hasWildcard(entry) ? (used?.get(entry) ?? []) : [];
        if (expandedUse.length > 1 || (expandedUse.length === 1 && others.length > 0)) {
          // Replace the wildcard by the used actions, minus one at a time.
          for (const action of expandedUse) {
            const kept = [...others, ...expandedUse.filter((a) => a !== action)];
            mutants.push({
              id: `remove-action:${index}:${action}`,
              mutator: 'remove-action',
              statementIndex: index,
              sid,
              description: `withdrew ${action} (granted by ${entry}) from ${label}`,
              policy: withStatements(
                policy,
                replaceStatement(statements, index, { ...statement, Action: asElement(kept) }),
              ),
              withdrawnActions: [action],
            });
          }
        } else if (!hasWildcard(entry) && others.length > 0) {
          mutants.push({
            id: `remove-action:${index}:${entry}`,
            mutator: 'remove-action',
            statementIndex: index,
            sid,
            description: `removed ${entry} from ${label}`,
            policy: withStatements(
              policy,
              replaceStatement(statements, index, { ...statement, Action: asElement(others) }),
            ),
            withdrawnActions: [entry],
          });
        }
      }
    });
    return mutants;
  },
};
