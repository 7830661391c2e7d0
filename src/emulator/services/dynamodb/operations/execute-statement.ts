import { defineOperation } from '../../service-types.js';
import type { AttributeValue } from '../attribute-value.js';
import { tableCheck } from '../dynamodb-authz.js';
import { PARTIQL_ACTION, executeStatement, statementContext } from '../partiql/partiql-execute.js';
import { parseStatement, type Statement } from '../partiql/partiql-parser.js';
import type { DynamoDbStore } from '../dynamodb-store.js';

interface Input {
  Statement: string;
  Parameters?: AttributeValue[];
  Limit?: number;
  NextToken?: string;
}

function parsed(input: Input): Statement {
  return parseStatement(input.Statement, input.Parameters ?? []);
}

/**
 * PartiQL. There is no `dynamodb:ExecuteStatement` permission: AWS authorizes the statement as
 * dynamodb:PartiQLSelect / PartiQLInsert / PartiQLUpdate / PartiQLDelete on the table (SELECT
 * from "table"."index" on the index ARN) — the gotcha a least-privilege policy must get right.
 */
export const executeStatementOperation = defineOperation<DynamoDbStore, Input, object>({
  name: 'ExecuteStatement',
  authorize: (input, ctx) => {
    const statement = parsed(input);
    const index = statement.kind === 'select' ? statement.index : undefined;
    return [
      tableCheck(
        PARTIQL_ACTION[statement.kind],
        statement.table,
        ctx,
        statementContext(statement, ctx.store.findTable(statement.table)),
        index,
      ),
    ];
  },
  handle: (input, { store }) => {
    const result = executeStatement(store, parsed(input), {
      ...(input.Limit !== undefined && { limit: input.Limit }),
      ...(input.NextToken !== undefined && { nextToken: input.NextToken }),
    });
    return {
      Items: result.items ?? [],
      ...(result.nextToken !== undefined && { NextToken: result.nextToken }),
    };
  },
});
