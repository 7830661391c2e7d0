import { createHash } from 'node:crypto';
import { defineOperation } from '../../service-types.js';
import { requestContext, tableCheck, topLevelNames } from '../dynamodb-authz.js';
import { consumedCapacity } from '../dynamodb-capacity.js';
import { ddbErrors } from '../dynamodb-errors.js';
import { itemKey } from '../dynamodb-keys.js';
import { readPage, readSource, scanOrder, sourceItems, type ReadInput } from '../dynamodb-read.js';
import { expressionContext, parseFilterOf, parseProjectionOf } from '../dynamodb-request.js';
import type { DynamoDbStore } from '../dynamodb-store.js';

interface Input extends ReadInput {
  Segment?: number;
  TotalSegments?: number;
}

/** Parallel scan: an item belongs to one segment, by a hash of its table key. */
function inSegment(keyText: string, segment: number, total: number): boolean {
  return createHash('md5').update(keyText).digest().readUInt32BE(0) % total === segment;
}

export const scan = defineOperation<DynamoDbStore, Input, object>({
  name: 'Scan',
  authorize: (input, ctx) => [
    tableCheck(
      'dynamodb:Scan',
      input.TableName,
      ctx,
      requestContext({
        attributes:
          input.AttributesToGet ??
          topLevelNames(input.ProjectionExpression, input.ExpressionAttributeNames),
        Select: input.Select,
        ReturnConsumedCapacity: input.ReturnConsumedCapacity,
      }),
      input.IndexName,
    ),
  ],
  handle: (input, { store }) => {
    const table = store.getTable(input.TableName);
    if ((input.Segment === undefined) !== (input.TotalSegments === undefined)) {
      throw ddbErrors.validation(
        `The TotalSegments parameter is required but was not present in the request when Segment parameter is present`,
      );
    }
    if (
      input.Segment !== undefined &&
      input.TotalSegments !== undefined &&
      (input.Segment < 0 || input.Segment >= input.TotalSegments)
    ) {
      throw ddbErrors.validation(
        `The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: ${input.Segment} is not less than TotalSegments: ${input.TotalSegments}`,
      );
    }
    const source = readSource(table, input);
    const expressions = expressionContext(input);
    const filter = parseFilterOf(input, expressions, {
      name: 'ScanFilter',
      conditions: input.ScanFilter,
    });
    const projection = parseProjectionOf(input, expressions);
    expressions.assertAllUsed();
    const order = scanOrder(source);
    const items = sourceItems(source)
      .filter(
        (i) =>
          input.TotalSegments === undefined ||
          inSegment(itemKey(i, table.keySchema), input.Segment!, input.TotalSegments),
      )
      .sort(order);
    const result = readPage(items, order, source, input, filter, projection);
    const capacity = consumedCapacity(
      input.ReturnConsumedCapacity,
      table.name,
      result.ScannedCount,
    );
    return { ...result, ...(capacity !== undefined && { ConsumedCapacity: capacity }) };
  },
});
