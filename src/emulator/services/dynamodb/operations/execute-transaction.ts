import { isAwsError } from '../../../errors/aws-error.js';
import { defineOperation } from '../../service-types.js';
import type { AttributeValue, Item } from '../attribute-value.js';
import { tableCheck } from '../dynamodb-authz.js';
import { ddbErrors } from '../dynamodb-errors.js';
import type { DynamoDbStore } from '../dynamodb-store.js';
import {
  PARTIQL_ACTION,
  executeStatement,
  statementContext,
  statementErrorCode,
} from '../partiql/partiql-execute.js';
import { parseStatement } from '../partiql/partiql-parser.js';

interface TransactStatement {
  Statement: string;
  Parameters?: AttributeValue[];
}

/**
 * PartiQL statements all-or-nothing: run in order against the live tables, and on the first
 * failure every touched table is restored and TransactionCanceledException names the reason
 * of each statement.
 */
export const executeTransaction = defineOperation<
  DynamoDbStore,
  { TransactStatements: TransactStatement[] },
  object
>({
  name: 'ExecuteTransaction',
  authorize: ({ TransactStatements }, ctx) =>
    TransactStatements.map((s) => {
      const statement = parseStatement(s.Statement, s.Parameters ?? []);
      return tableCheck(
        PARTIQL_ACTION[statement.kind],
        statement.table,
        ctx,
        {
          ...statementContext(statement, ctx.store.findTable(statement.table)),
          'dynamodb:EnclosingOperation': 'ExecuteTransaction',
        },
        statement.kind === 'select' ? statement.index : undefined,
      );
    }),
  handle: ({ TransactStatements }, { store }) => {
    if (TransactStatements.length === 0 || TransactStatements.length > 100) {
      throw ddbErrors.validation(
        "1 validation error detected: Value at 'transactStatements' failed to satisfy constraint: Member must have length less than or equal to 100, Member must have length greater than or equal to 1",
      );
    }
    const statements = TransactStatements.map((s) =>
      parseStatement(s.Statement, s.Parameters ?? []),
    );
    const kinds = new Set(statements.map((s) => (s.kind === 'select' ? 'read' : 'write')));
    if (kinds.size > 1)
      throw ddbErrors.validation('Transactions cannot mix read and write statements');
    const snapshots = new Map(
      statements.map((s) => [s.table, new Map(store.getTable(s.table).items)]),
    );
    const responses: { Item?: Item }[] = [];
    for (let i = 0; i < statements.length; i++) {
      try {
        const item = executeStatement(store, statements[i]!).items?.[0];
        responses.push(item === undefined ? {} : { Item: item });
      } catch (error) {
        if (!isAwsError(error)) throw error;
        for (const [name, items] of snapshots) {
          const table = store.getTable(name);
          table.items.clear();
          for (const [k, v] of items) table.items.set(k, v);
        }
        throw ddbErrors.transactionCanceled(
          statements.map((_, j) =>
            j === i
              ? { Code: statementErrorCode(error.code), Message: error.message }
              : { Code: 'None' },
          ),
        );
      }
    }
    return { Responses: responses };
  },
});
