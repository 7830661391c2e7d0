import { isAwsError } from '../../../errors/aws-error.js';
import { defineOperation } from '../../service-types.js';
import type { AttributeValue } from '../attribute-value.js';
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

interface BatchStatement {
  Statement: string;
  Parameters?: AttributeValue[];
}

/**
 * Up to 25 PartiQL statements, each authorized as its own PartiQL action; a statement that
 * fails (a failed condition, a duplicate insert) answers an Error in its slot, the rest run.
 */
export const batchExecuteStatement = defineOperation<
  DynamoDbStore,
  { Statements: BatchStatement[] },
  object
>({
  name: 'BatchExecuteStatement',
  authorize: ({ Statements }, ctx) =>
    Statements.map((s) => {
      const statement = parseStatement(s.Statement, s.Parameters ?? []);
      return tableCheck(
        PARTIQL_ACTION[statement.kind],
        statement.table,
        ctx,
        statementContext(statement, ctx.store.findTable(statement.table)),
        statement.kind === 'select' ? statement.index : undefined,
      );
    }),
  handle: ({ Statements }, { store }) => {
    if (Statements.length === 0 || Statements.length > 25) {
      throw ddbErrors.validation(
        "1 validation error detected: Value at 'statements' failed to satisfy constraint: Member must have length less than or equal to 25, Member must have length greater than or equal to 1",
      );
    }
    return {
      Responses: Statements.map((s) => {
        const statement = parseStatement(s.Statement, s.Parameters ?? []);
        try {
          const result = executeStatement(store, statement);
          const item = result.items?.[0];
          return { TableName: statement.table, ...(item !== undefined && { Item: item }) };
        } catch (error) {
          if (!isAwsError(error)) throw error;
          return {
            TableName: statement.table,
            Error: { Code: statementErrorCode(error.code), Message: error.message },
          };
        }
      }),
    };
  },
});
