import { defineOperation } from '../../service-types.js';
import { checkItem, type Item } from '../attribute-value.js';
import { leadingKeys, requestContext, tableCheck, topLevelNames } from '../dynamodb-authz.js';
import { consumedCapacity } from '../dynamodb-capacity.js';
import { ddbErrors } from '../dynamodb-errors.js';
import { checkItemKeys, checkKey } from '../dynamodb-keys.js';
import {
  checkCondition,
  expressionContext,
  parseConditionOf,
  storedItem,
  type ExpressionInput,
} from '../dynamodb-request.js';
import { keyNames, type DynamoDbStore } from '../dynamodb-store.js';
import { parseUpdate } from '../expressions/parser.js';
import { applyUpdate } from '../expressions/update.js';
import { attributeUpdateActions, rejectMixed, type LegacyUpdate } from '../legacy-parameters.js';

interface Input extends ExpressionInput {
  TableName: string;
  Key: Item;
  UpdateExpression?: string;
  AttributeUpdates?: Record<string, LegacyUpdate>;
  ReturnValues?: string;
  ReturnConsumedCapacity?: string;
  ReturnValuesOnConditionCheckFailure?: string;
}

const RETURN_VALUES = ['NONE', 'ALL_OLD', 'UPDATED_OLD', 'ALL_NEW', 'UPDATED_NEW'];

function pick(item: Item, names: ReadonlySet<string>): Item {
  return Object.fromEntries(Object.entries(item).filter(([k]) => names.has(k)));
}

// UpdateItem upserts: a missing item is created from the key plus the update.
export const updateItem = defineOperation<DynamoDbStore, Input, object>({
  name: 'UpdateItem',
  authorize: (input, ctx) => {
    const table = ctx.store.findTable(input.TableName);
    const attributes = [
      ...topLevelNames(input.UpdateExpression, input.ExpressionAttributeNames),
      ...Object.keys(input.AttributeUpdates ?? {}),
      ...(table ? keyNames(table.keySchema) : []),
    ];
    return [
      tableCheck('dynamodb:UpdateItem', input.TableName, ctx, {
        ...leadingKeys(ctx, input.TableName, [input.Key]),
        ...requestContext({
          attributes,
          ReturnValues: input.ReturnValues,
          ReturnConsumedCapacity: input.ReturnConsumedCapacity,
        }),
      }),
    ];
  },
  handle: (input, { store }) => {
    const table = store.getTable(input.TableName);
    rejectMixed(
      { AttributeUpdates: input.AttributeUpdates },
      { UpdateExpression: input.UpdateExpression },
    );
    const expressions = expressionContext(input);
    const actions =
      input.AttributeUpdates !== undefined
        ? attributeUpdateActions(input.AttributeUpdates)
        : input.UpdateExpression === undefined
          ? []
          : parseUpdate(input.UpdateExpression, expressions);
    const condition = parseConditionOf(input, expressions);
    expressions.assertAllUsed();
    const returnValues = input.ReturnValues ?? 'NONE';
    if (!RETURN_VALUES.includes(returnValues))
      throw ddbErrors.validation('Return values set to invalid value');
    const key = checkKey(table, input.Key);
    const existing = table.items.get(key);
    checkCondition(condition, existing, input.ReturnValuesOnConditionCheckFailure);
    const before = existing ?? checkItem(input.Key);
    const after = storedItem(applyUpdate(before, actions, keyNames(table.keySchema)));
    checkItemKeys(table, after);
    table.items.set(key, after);
    const touched = new Set(
      actions.map((a) => (a.path[0]!.kind === 'attr' ? a.path[0]!.name : '')),
    );
    const attributes =
      returnValues === 'ALL_OLD'
        ? existing
        : returnValues === 'ALL_NEW'
          ? after
          : returnValues === 'UPDATED_OLD'
            ? existing === undefined
              ? undefined
              : pick(existing, touched)
            : returnValues === 'UPDATED_NEW'
              ? pick(after, touched)
              : undefined;
    const capacity = consumedCapacity(input.ReturnConsumedCapacity, table.name, 1);
    return {
      ...(attributes !== undefined &&
        Object.keys(attributes).length > 0 && { Attributes: attributes }),
      ...(capacity !== undefined && { ConsumedCapacity: capacity }),
    };
  },
});
