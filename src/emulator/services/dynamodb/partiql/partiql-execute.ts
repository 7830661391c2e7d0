import type { ContextValue } from '../../../../policy/types.js';
import { valuesEqual, type AttributeValue, type Item } from '../attribute-value.js';
import { ddbErrors } from '../dynamodb-errors.js';
import { checkItemKeys, checkKey, itemKey } from '../dynamodb-keys.js';
import {
  indexProjection,
  queryOrder,
  scanOrder,
  sourceItems,
  type ReadSource,
} from '../dynamodb-read.js';
import { storedItem } from '../dynamodb-request.js';
import { hashKeyName, keyNames, type DynamoDbStore, type Table } from '../dynamodb-store.js';
import type { Condition, UpdateAction } from '../expressions/ast.js';
import { evaluateCondition } from '../expressions/evaluate.js';
import { project } from '../expressions/projection.js';
import { applyUpdate } from '../expressions/update.js';
import { AwsError } from '../../../errors/aws-error.js';
import type { Statement } from './partiql-parser.js';

/** Top-level `attr = value` equalities of a WHERE clause (its AND chain). */
export function equalities(where: Condition | undefined): Map<string, AttributeValue> {
  const out = new Map<string, AttributeValue>();
  const visit = (c: Condition) => {
    if (c.kind === 'and') {
      visit(c.left);
      visit(c.right);
    } else if (c.kind === 'compare' && c.op === '=') {
      const [p, v] = c.left.kind === 'path' ? [c.left, c.right] : [c.right, c.left];
      if (
        p.kind === 'path' &&
        p.path.length === 1 &&
        p.path[0]!.kind === 'attr' &&
        v.kind === 'value'
      )
        out.set(p.path[0]!.name, v.value);
    }
  };
  if (where !== undefined) visit(where);
  return out;
}

/** The IAM action of a statement: AWS authorizes PartiQL as PartiQLSelect/Insert/Update/Delete. */
export const PARTIQL_ACTION = {
  select: 'dynamodb:PartiQLSelect',
  insert: 'dynamodb:PartiQLInsert',
  update: 'dynamodb:PartiQLUpdate',
  delete: 'dynamodb:PartiQLDelete',
} as const;

/** Operation-specific context: LeadingKeys when the statement pins the partition key; FullTableScan for SELECT. */
export function statementContext(
  statement: Statement,
  table: Table | undefined,
): Record<string, ContextValue> {
  if (table === undefined) return {};
  const hash = hashKeyName(table.keySchema);
  const pinned =
    statement.kind === 'insert'
      ? statement.item[hash]
      : statement.kind === 'select' && statement.index !== undefined
        ? undefined
        : equalities(statement.where).get(hash);
  const text = pinned?.S ?? pinned?.N ?? pinned?.B?.toString('base64');
  return {
    ...(text !== undefined && { 'dynamodb:LeadingKeys': [text] }),
    ...(statement.kind === 'select' && { 'dynamodb:FullTableScan': pinned === undefined }),
  };
}

/** The full primary key a write statement must name with equalities. */
function keyFromWhere(table: Table, where: Condition): Item {
  const eq = equalities(where);
  const key: Item = {};
  for (const name of keyNames(table.keySchema)) {
    const v = eq.get(name);
    if (v === undefined)
      throw ddbErrors.validation(
        'Where clause does not contain a mandatory equality on all key attributes',
      );
    key[name] = v;
  }
  return key;
}

/** A statement's error as batches and transactions report it (`ConditionalCheckFailed`, `ValidationError`, ...). */
export function statementErrorCode(code: string): string {
  return code === 'ValidationException' ? 'ValidationError' : code.replace(/Exception$/, '');
}

export interface StatementResult {
  items?: Item[];
  nextToken?: string;
}

export function executeStatement(
  store: DynamoDbStore,
  statement: Statement,
  options: { limit?: number; nextToken?: string } = {},
): StatementResult {
  const table = store.getTable(statement.table);
  switch (statement.kind) {
    case 'select': {
      const index =
        statement.index === undefined
          ? undefined
          : table.indexes.find((i) => i.name === statement.index);
      if (statement.index !== undefined && index === undefined) {
        throw ddbErrors.validation(
          `The table does not have the specified index: ${statement.index}`,
        );
      }
      const source: ReadSource = {
        table,
        ...(index !== undefined && { index }),
        keySchema: index?.keySchema ?? table.keySchema,
      };
      const hash = hashKeyName(source.keySchema);
      const pinned = equalities(statement.where).get(hash);
      const candidates = sourceItems(source).filter(
        (i) => pinned === undefined || (i[hash] !== undefined && valuesEqual(i[hash]!, pinned)),
      );
      const ordered = candidates.sort(
        pinned === undefined ? scanOrder(source) : queryOrder(source),
      );
      const matched = ordered.filter(
        (i) => statement.where === undefined || evaluateCondition(i, statement.where, 'Statement'),
      );
      const start =
        options.nextToken === undefined
          ? 0
          : Number(Buffer.from(options.nextToken, 'base64').toString('utf8'));
      if (!Number.isInteger(start) || start < 0) throw ddbErrors.validation('Invalid NextToken');
      const page = matched.slice(
        start,
        options.limit === undefined ? undefined : start + options.limit,
      );
      const next = start + page.length;
      return {
        items: page.map((i) => {
          const stored = indexProjection(i, source);
          return statement.projection === undefined
            ? stored
            : project(stored, statement.projection);
        }),
        ...(options.limit !== undefined &&
          next < matched.length && { nextToken: Buffer.from(String(next)).toString('base64') }),
      };
    }
    case 'insert': {
      const item = storedItem(statement.item);
      const key = checkItemKeys(table, item);
      if (table.items.has(key))
        throw new AwsError('DuplicateItemException', 'Duplicate primary key exists in table');
      table.items.set(key, item);
      return {};
    }
    case 'update': {
      const key = checkKey(table, keyFromWhere(table, statement.where));
      const existing = table.items.get(key);
      if (existing === undefined || !evaluateCondition(existing, statement.where, 'Statement'))
        throw ddbErrors.conditionalCheckFailed();
      const actions: UpdateAction[] = [
        ...statement.set.map((s): UpdateAction => ({
          kind: 'SET',
          path: s.path,
          value: { kind: 'value', value: s.value, placeholder: '' },
        })),
        ...statement.remove.map((path): UpdateAction => ({ kind: 'REMOVE', path })),
      ];
      table.items.set(key, storedItem(applyUpdate(existing, actions, keyNames(table.keySchema))));
      return {};
    }
    case 'delete': {
      const key = checkKey(table, keyFromWhere(table, statement.where));
      const existing = table.items.get(key);
      if (existing === undefined) return {};
      if (!evaluateCondition(existing, statement.where, 'Statement'))
        throw ddbErrors.conditionalCheckFailed();
      table.items.delete(itemKey(existing, table.keySchema));
      return {};
    }
  }
}
