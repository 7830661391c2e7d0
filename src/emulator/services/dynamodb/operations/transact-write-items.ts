import type { AuthorizationCheck } from '../../service-types.js';
import { defineOperation } from '../../service-types.js';
import type { AttributeValue, Item } from '../attribute-value.js';
import { checkItem } from '../attribute-value.js';
import { leadingKeys, tableCheck } from '../dynamodb-authz.js';
import { ddbErrors } from '../dynamodb-errors.js';
import { checkItemKeys, checkKey } from '../dynamodb-keys.js';
import { expressionContext, parseConditionOf, storedItem } from '../dynamodb-request.js';
import { keyNames, type DynamoDbStore } from '../dynamodb-store.js';
import { evaluateCondition } from '../expressions/evaluate.js';
import { parseUpdate } from '../expressions/parser.js';
import { applyUpdate } from '../expressions/update.js';

interface Common {
  TableName: string;
  ConditionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, AttributeValue>;
  ReturnValuesOnConditionCheckFailure?: string;
}

interface TransactItem {
  ConditionCheck?: Common & { Key: Item };
  Put?: Common & { Item: Item };
  Delete?: Common & { Key: Item };
  Update?: Common & { Key: Item; UpdateExpression: string };
}

function kindOf(
  t: TransactItem,
): [
  'ConditionCheck' | 'Put' | 'Delete' | 'Update',
  Common & { Key?: Item; Item?: Item; UpdateExpression?: string },
] {
  const kinds = (['ConditionCheck', 'Put', 'Delete', 'Update'] as const).filter(
    (k) => t[k] !== undefined,
  );
  if (kinds.length !== 1)
    throw ddbErrors.validation(
      'TransactItems can only contain one of Check, Put, Update or Delete',
    );
  return [kinds[0]!, t[kinds[0]!]!];
}

const ACTION = {
  ConditionCheck: 'dynamodb:ConditionCheckItem',
  Put: 'dynamodb:PutItem',
  Delete: 'dynamodb:DeleteItem',
  Update: 'dynamodb:UpdateItem',
};

/**
 * All or nothing. AWS authorizes each member as its own action (PutItem, UpdateItem,
 * DeleteItem, ConditionCheckItem), so a policy needs those, not a "TransactWriteItems" action.
 * A failed condition cancels everything with TransactionCanceledException (the reasons are in
 * the message; the CancellationReasons member is not sent).
 */
export const transactWriteItems = defineOperation<
  DynamoDbStore,
  { TransactItems: TransactItem[]; ClientRequestToken?: string },
  object
>({
  name: 'TransactWriteItems',
  authorize: ({ TransactItems }, ctx) =>
    TransactItems.map((t): AuthorizationCheck => {
      const [kind, body] = kindOf(t);
      return tableCheck(ACTION[kind], body.TableName, ctx, {
        ...leadingKeys(ctx, body.TableName, [body.Item ?? body.Key]),
        'dynamodb:EnclosingOperation': 'TransactWriteItems',
      });
    }),
  handle: ({ TransactItems }, { store }) => {
    if (TransactItems.length === 0 || TransactItems.length > 100) {
      throw ddbErrors.validation(
        "1 validation error detected: Value at 'transactItems' failed to satisfy constraint: Member must have length less than or equal to 100, Member must have length greater than or equal to 1",
      );
    }
    const planned = TransactItems.map((t) => {
      const [kind, body] = kindOf(t);
      const table = store.getTable(body.TableName);
      const expressions = expressionContext(body);
      const update = kind === 'Update' ? parseUpdate(body.UpdateExpression!, expressions) : [];
      const condition = parseConditionOf(body, expressions);
      expressions.assertAllUsed();
      const item = kind === 'Put' ? storedItem(body.Item!) : undefined;
      const key = item !== undefined ? checkItemKeys(table, item) : checkKey(table, body.Key!);
      return { kind, table, key, item, update, condition, body };
    });
    const keys = planned.map((p) => `${p.table.name}\u0001${p.key}`);
    if (new Set(keys).size !== keys.length)
      throw ddbErrors.validation(
        'Transaction request cannot include multiple operations on one item',
      );
    const reasons = planned.map((p) => {
      const existing = p.table.items.get(p.key);
      if (
        p.condition === undefined ||
        evaluateCondition(existing ?? {}, p.condition, 'ConditionExpression')
      ) {
        return { Code: 'None' };
      }
      return {
        Code: 'ConditionalCheckFailed',
        Message: 'The conditional request failed',
        ...(p.body.ReturnValuesOnConditionCheckFailure === 'ALL_OLD' &&
          existing !== undefined && { Item: existing }),
      };
    });
    if (reasons.some((r) => r.Code !== 'None')) throw ddbErrors.transactionCanceled(reasons);
    for (const p of planned) {
      if (p.kind === 'Put') p.table.items.set(p.key, p.item!);
      else if (p.kind === 'Delete') p.table.items.delete(p.key);
      else if (p.kind === 'Update') {
        const before = p.table.items.get(p.key) ?? checkItem(p.body.Key!);
        p.table.items.set(
          p.key,
          storedItem(applyUpdate(before, p.update, keyNames(p.table.keySchema))),
        );
      }
    }
    return {};
  },
});
