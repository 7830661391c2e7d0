import { createHash } from 'node:crypto';
import { compareValues, itemSize, keyString, type Item } from './attribute-value.js';
import { ddbErrors } from './dynamodb-errors.js';
import { keyOf } from './dynamodb-keys.js';
import type { ExpressionInput } from './dynamodb-request.js';
import {
  keyNames,
  rangeKeyName,
  type KeySchemaElement,
  type SecondaryIndex,
  type Table,
} from './dynamodb-store.js';
import type { Condition, Path } from './expressions/ast.js';
import { evaluateCondition } from './expressions/evaluate.js';
import { project } from './expressions/projection.js';
import type { LegacyCondition } from './legacy-parameters.js';

/** What Query and Scan share: the source (table or index), paging, Select, filter, projection. */
export interface ReadInput extends ExpressionInput {
  TableName: string;
  IndexName?: string;
  Select?: string;
  Limit?: number;
  ExclusiveStartKey?: Item;
  FilterExpression?: string;
  ReturnConsumedCapacity?: string;
  ConsistentRead?: boolean;
  QueryFilter?: Record<string, LegacyCondition>;
  ScanFilter?: Record<string, LegacyCondition>;
}

export interface ReadSource {
  table: Table;
  index?: SecondaryIndex;
  /** The key schema reads are ordered and queried by: the index's, else the table's. */
  keySchema: KeySchemaElement[];
}

export function readSource(table: Table, input: ReadInput): ReadSource {
  if (input.IndexName === undefined) return { table, keySchema: table.keySchema };
  const index = table.indexes.find((i) => i.name === input.IndexName);
  if (index === undefined)
    throw ddbErrors.validation(`The table does not have the specified index: ${input.IndexName}`);
  if (index.kind === 'global' && input.ConsistentRead === true) {
    throw ddbErrors.validation('Consistent reads are not supported on global secondary indexes');
  }
  return { table, index, keySchema: index.keySchema };
}

/** Items present in the source: an index holds only items that carry all of its key attributes. */
export function sourceItems(source: ReadSource): Item[] {
  const items = [...source.table.items.values()];
  if (source.index === undefined) return items;
  return items.filter((i) =>
    source.index!.keySchema.every((k) => i[k.AttributeName] !== undefined),
  );
}

/** The attributes an index stores of an item (KEYS_ONLY, INCLUDE, ALL). */
export function indexProjection(item: Item, source: ReadSource): Item {
  const index = source.index;
  if (index === undefined || (index.projection.ProjectionType ?? 'ALL') === 'ALL') return item;
  const keep = new Set([...keyNames(source.table.keySchema), ...keyNames(index.keySchema)]);
  if (index.projection.ProjectionType === 'INCLUDE')
    for (const n of index.projection.NonKeyAttributes ?? []) keep.add(n);
  return Object.fromEntries(Object.entries(item).filter(([k]) => keep.has(k)));
}

/** Query order: by the source's range key, ties (GSIs are not unique) by the table key. */
export function queryOrder(source: ReadSource): (a: Item, b: Item) => number {
  const range = rangeKeyName(source.keySchema);
  return (a, b) => {
    if (range !== undefined) {
      const c = compareValues(a[range]!, b[range]!) ?? 0;
      if (c !== 0) return c;
    }
    return tableKeyText(a, source) < tableKeyText(b, source)
      ? -1
      : tableKeyText(a, source) > tableKeyText(b, source)
        ? 1
        : 0;
  };
}

/** Scan order: stable, by a hash of the table key, like DynamoDB's partition order. */
export function scanOrder(source: ReadSource): (a: Item, b: Item) => number {
  // Memoized per item: a sort compares each item O(log n) times.
  const memo = new WeakMap<Item, string>();
  const hashOf = (i: Item) => {
    let h = memo.get(i);
    if (h === undefined) {
      h = createHash('md5').update(tableKeyText(i, source)).digest('hex');
      memo.set(i, h);
    }
    return h;
  };
  return (a, b) => {
    const x = hashOf(a);
    const y = hashOf(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
}

function tableKeyText(item: Item, source: ReadSource): string {
  return source.table.keySchema.map((k) => keyString(item[k.AttributeName] ?? {})).join('\u0000');
}

export interface ReadResult {
  Items?: Item[];
  Count: number;
  ScannedCount: number;
  LastEvaluatedKey?: Item;
}

/** One Query/Scan page reads at most 1 MB of items (before the filter). */
const PAGE_BYTES = 1024 * 1024;

/**
 * Pages through ordered items: starts after ExclusiveStartKey, evaluates at most Limit items
 * and at most 1 MB (before the filter, as AWS counts; the item that reaches 1 MB is the page's
 * last), and answers LastEvaluatedKey when Limit or 1 MB stopped the page.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.Pagination.html
 */
export function readPage(
  ordered: Item[],
  order: (a: Item, b: Item) => number,
  source: ReadSource,
  input: ReadInput,
  filter: Condition | undefined,
  projection: Path[] | undefined,
): ReadResult {
  if (input.Limit !== undefined && (!Number.isInteger(input.Limit) || input.Limit < 1)) {
    throw ddbErrors.validation(
      `1 validation error detected: Value '${input.Limit}' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1`,
    );
  }
  const select =
    input.Select ??
    (projection !== undefined
      ? 'SPECIFIC_ATTRIBUTES'
      : source.index !== undefined
        ? 'ALL_PROJECTED_ATTRIBUTES'
        : 'ALL_ATTRIBUTES');
  if (select === 'SPECIFIC_ATTRIBUTES' && projection === undefined) {
    throw ddbErrors.validation(
      '1 validation error detected: Value SPECIFIC_ATTRIBUTES requires AttributesToGet or ProjectionExpression',
    );
  }
  if (select !== 'SPECIFIC_ATTRIBUTES' && projection !== undefined) {
    throw ddbErrors.validation(
      'Cannot specify the AttributesToGet when choosing to get ALL_ATTRIBUTES',
    );
  }
  if (select === 'ALL_PROJECTED_ATTRIBUTES' && source.index === undefined) {
    throw ddbErrors.validation(
      'ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName',
    );
  }
  let start = 0;
  if (input.ExclusiveStartKey !== undefined) {
    const startKey = input.ExclusiveStartKey;
    start = ordered.findIndex((item) => order(item, startKey) > 0);
    if (start === -1) start = ordered.length;
  }
  const evaluated: Item[] = [];
  let bytes = 0;
  let full = false;
  for (let i = start; i < ordered.length; i += 1) {
    if (input.Limit !== undefined && evaluated.length === input.Limit) break;
    if (bytes >= PAGE_BYTES) {
      full = true;
      break;
    }
    const item = ordered[i]!;
    evaluated.push(item);
    bytes += itemSize(item);
  }
  const matched =
    filter === undefined
      ? evaluated
      : evaluated.filter((i) => evaluateCondition(i, filter, 'FilterExpression'));
  const last = evaluated[evaluated.length - 1];
  const limited =
    (full || (input.Limit !== undefined && evaluated.length === input.Limit)) && last !== undefined;
  const lastKeySchema = [...source.table.keySchema, ...(source.index?.keySchema ?? [])];
  return {
    ...(select !== 'COUNT' && {
      Items: matched.map((i) => {
        const stored = indexProjection(i, source);
        return projection === undefined ? stored : project(stored, projection);
      }),
    }),
    Count: matched.length,
    ScannedCount: evaluated.length,
    ...(limited && { LastEvaluatedKey: keyOf(last, lastKeySchema) }),
  };
}
