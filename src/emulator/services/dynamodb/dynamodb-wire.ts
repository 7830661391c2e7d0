import type { AttributeValue, Item } from './attribute-value.js';

/**
 * An item in JSON wire form (binaries base64), for the places the model-driven serializer does
 * not reach: members of error responses (ConditionalCheckFailedException.Item,
 * TransactionCanceledException.CancellationReasons[].Item).
 */
export function itemToWire(item: Item): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(item)) out[name] = valueToWire(value);
  return out;
}

function valueToWire(value: AttributeValue): unknown {
  if (value.B !== undefined) return { B: value.B.toString('base64') };
  if (value.BS !== undefined) return { BS: value.BS.map((b) => b.toString('base64')) };
  if (value.M !== undefined) return { M: itemToWire(value.M) };
  if (value.L !== undefined) return { L: value.L.map(valueToWire) };
  return value;
}
