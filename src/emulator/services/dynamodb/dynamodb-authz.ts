import type { ContextValue } from '../../../policy/types.js';
import { resourceTagContext } from '../common/tag-context.js';
import type { AuthorizationCheck, OperationContext } from '../service-types.js';
import type { AttributeValue, Item } from './attribute-value.js';
import { hashKeyName, tableNameOf, type DynamoDbStore } from './dynamodb-store.js';

/**
 * The IAM check on a table: `arn:aws:dynamodb:REGION:ACCOUNT:table/NAME`, or
 * `.../table/NAME/index/INDEX` for Query and Scan on an index (AWS authorizes those on the
 * index ARN, so a policy granting only the table does not cover its indexes).
 */
export function tableCheck(
  action: string,
  tableName: string,
  ctx: OperationContext<DynamoDbStore>,
  context: Record<string, ContextValue> = {},
  indexName?: string,
): AuthorizationCheck {
  const arn = tableName.startsWith('arn:')
    ? tableName
    : ctx.store.tableArn(ctx.region, tableNameOf(tableName));
  const tags = resourceTagContext(ctx.store.findTable(tableName)?.tags);
  return {
    action,
    resource: indexName === undefined ? arn : `${arn}/index/${indexName}`,
    context: { ...tags, ...context },
  };
}

function scalarText(value: AttributeValue | undefined): string | undefined {
  return value?.S ?? value?.N ?? value?.B?.toString('base64');
}

/** dynamodb:LeadingKeys: the partition key value(s) the call touches (fine-grained access control). */
export function leadingKeys(
  ctx: OperationContext<DynamoDbStore>,
  tableName: string,
  items: readonly (Item | undefined)[],
): Record<string, ContextValue> {
  const table = ctx.store.findTable(tableName);
  if (table === undefined) return {};
  const hash = hashKeyName(table.keySchema);
  const values = [
    ...new Set(items.map((i) => scalarText(i?.[hash])).filter((v): v is string => v !== undefined)),
  ];
  return values.length === 0 ? {} : { 'dynamodb:LeadingKeys': values };
}

/** dynamodb:Attributes plus the request options policies can condition on. */
export function requestContext(options: {
  attributes?: readonly string[];
  ReturnValues?: string;
  Select?: string;
  ReturnConsumedCapacity?: string;
}): Record<string, ContextValue> {
  const out: Record<string, ContextValue> = {};
  if (options.attributes !== undefined && options.attributes.length > 0)
    out['dynamodb:Attributes'] = [...new Set(options.attributes)];
  if (options.ReturnValues !== undefined) out['dynamodb:ReturnValues'] = options.ReturnValues;
  if (options.Select !== undefined) out['dynamodb:Select'] = options.Select;
  if (options.ReturnConsumedCapacity !== undefined)
    out['dynamodb:ReturnConsumedCapacity'] = options.ReturnConsumedCapacity;
  return out;
}

/** Top-level attribute names of a projection or update expression, for dynamodb:Attributes. */
export function topLevelNames(
  expression: string | undefined,
  names: Record<string, string> | undefined,
): string[] {
  if (expression === undefined) return [];
  const out: string[] = [];
  // Cheap and tolerant: a path's first element is a word or #placeholder not preceded by '.'.
  const re = /(^|[^.#:\w])(#?[A-Za-z_][\w]*)/g;
  const keywords = new Set(['SET', 'REMOVE', 'ADD', 'DELETE', 'AND', 'OR', 'NOT', 'BETWEEN', 'IN']);
  const functions = new Set([
    'if_not_exists',
    'list_append',
    'size',
    'attribute_exists',
    'attribute_not_exists',
    'attribute_type',
    'begins_with',
    'contains',
  ]);
  for (const m of expression.matchAll(re)) {
    const word = m[2]!;
    if (keywords.has(word.toUpperCase()) || functions.has(word)) continue;
    out.push(word.startsWith('#') ? (names?.[word] ?? word) : word);
  }
  return out;
}
