import { keyString, type AttributeValue, type Item } from './attribute-value.js';
import { ddbErrors } from './dynamodb-errors.js';
import {
  attributeType,
  hashKeyName,
  keyNames,
  rangeKeyName,
  valueType,
  type KeySchemaElement,
  type Table,
} from './dynamodb-store.js';

/** The map key of an item (or a Key) under a key schema. */
export function itemKey(item: Item, keySchema: readonly KeySchemaElement[]): string {
  const range = rangeKeyName(keySchema);
  const hash = keyString(item[hashKeyName(keySchema)]!);
  return range === undefined ? hash : `${hash}\u0000${keyString(item[range]!)}`;
}

/** A Key parameter (GetItem, DeleteItem, UpdateItem) must hold exactly the key attributes, typed right. */
export function checkKey(table: Table, key: Item): string {
  const names = keyNames(table.keySchema);
  const given = Object.keys(key);
  if (given.length !== names.length || !names.every((n) => key[n] !== undefined))
    throw ddbErrors.keySchemaMismatch();
  for (const name of names) {
    const value = key[name]!;
    if (valueType(value) !== attributeType(table, name)) throw ddbErrors.keySchemaMismatch();
    if (isEmptyKey(value)) throw ddbErrors.emptyKeyString(name);
  }
  return itemKey(key, table.keySchema);
}

/** A whole item (PutItem) must carry the table key, and index keys it carries must be typed right. */
export function checkItemKeys(table: Table, item: Item): string {
  for (const name of keyNames(table.keySchema)) {
    const value = item[name];
    if (value === undefined) throw ddbErrors.missingKey(name);
    const expected = attributeType(table, name)!;
    if (valueType(value) !== expected)
      throw ddbErrors.keyTypeMismatch(name, expected, valueType(value));
    if (isEmptyKey(value)) throw ddbErrors.emptyKeyString(name);
  }
  for (const index of table.indexes) {
    for (const { AttributeName } of index.keySchema) {
      const value = item[AttributeName];
      if (value === undefined) continue;
      const expected = attributeType(table, AttributeName)!;
      if (valueType(value) !== expected) {
        throw ddbErrors.validation(
          `One or more parameter values were invalid: Type mismatch for Index Key ${AttributeName} Expected: ${expected} Actual: ${valueType(value)} IndexName: ${index.name}`,
        );
      }
      if (isEmptyKey(value)) {
        throw ddbErrors.validation(
          `One or more parameter values are not valid. A value specified for a secondary index key is not supported. The AttributeValue for a key attribute cannot contain an empty string value. IndexName: ${index.name}, IndexKey: ${AttributeName}`,
        );
      }
    }
  }
  return itemKey(item, table.keySchema);
}

function isEmptyKey(value: AttributeValue): boolean {
  return value.S === '' || (value.B !== undefined && value.B.length === 0);
}

/** The key attributes of an item (LastEvaluatedKey, KEYS_ONLY projections). */
export function keyOf(item: Item, keySchema: readonly KeySchemaElement[]): Item {
  const out: Item = {};
  for (const { AttributeName } of keySchema)
    if (item[AttributeName] !== undefined) out[AttributeName] = item[AttributeName];
  return out;
}
