import { ddbErrors } from './dynamodb-errors.js';
import { canonicalNumber, compareNumbers } from './dynamodb-number.js';

/** An AttributeValue as the json protocol layer parses it (B and BS already Buffers). */
export interface AttributeValue {
  S?: string;
  N?: string;
  B?: Buffer;
  SS?: string[];
  NS?: string[];
  BS?: Buffer[];
  M?: Record<string, AttributeValue>;
  L?: AttributeValue[];
  NULL?: boolean;
  BOOL?: boolean;
}

export type Item = Record<string, AttributeValue>;
export type AttributeType = 'S' | 'N' | 'B' | 'SS' | 'NS' | 'BS' | 'M' | 'L' | 'NULL' | 'BOOL';

const TYPES: readonly AttributeType[] = ['S', 'N', 'B', 'SS', 'NS', 'BS', 'M', 'L', 'NULL', 'BOOL'];

export function typeOf(value: AttributeValue): AttributeType {
  for (const t of TYPES) if (value[t] !== undefined) return t;
  throw ddbErrors.validation(
    'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes',
  );
}

const SET_NAMES: Record<string, string> = { SS: 'string', NS: 'number', BS: 'binary' };

/**
 * Checks one value as DynamoDB does on input and returns it canonical (numbers normalized,
 * nested values checked): exactly one type, valid numbers, non-empty duplicate-free sets.
 */
export function checkValue(value: AttributeValue): AttributeValue {
  const present = TYPES.filter((t) => value[t] !== undefined);
  if (present.length === 0)
    throw ddbErrors.validation(
      'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes',
    );
  if (present.length > 1) {
    throw ddbErrors.validation(
      'Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes',
    );
  }
  const type = present[0]!;
  switch (type) {
    case 'N':
      return { N: canonicalNumber(value.N!) };
    case 'NULL':
      if (value.NULL !== true)
        throw ddbErrors.validation(
          'One or more parameter values were invalid: Null attribute value types must have the value of true',
        );
      return value;
    case 'SS':
    case 'NS':
    case 'BS': {
      const raw = value[type] as unknown[];
      if (raw.length === 0)
        throw ddbErrors.validation(
          `One or more parameter values were invalid: An ${SET_NAMES[type]} set  may not be empty`,
        );
      const members = type === 'NS' ? (raw as string[]).map(canonicalNumber) : raw;
      const keys = members.map((m) => (Buffer.isBuffer(m) ? m.toString('base64') : String(m)));
      if (new Set(keys).size !== keys.length) {
        throw ddbErrors.validation(
          `One or more parameter values were invalid: Input collection [${keys.join(', ')}] contains duplicates.`,
        );
      }
      return { [type]: members } as AttributeValue;
    }
    case 'M':
      return { M: checkItem(value.M!) };
    case 'L':
      return { L: value.L!.map(checkValue) };
    default:
      return value;
  }
}

export function checkItem(item: Item): Item {
  const out: Item = {};
  for (const [name, value] of Object.entries(item)) out[name] = checkValue(value);
  return out;
}

function utf8Compare(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** Ordering of two scalars of the same type (S by UTF-8 bytes, N numerically, B bytewise); undefined otherwise. */
export function compareValues(a: AttributeValue, b: AttributeValue): number | undefined {
  if (a.S !== undefined && b.S !== undefined) return utf8Compare(a.S, b.S);
  if (a.N !== undefined && b.N !== undefined) return compareNumbers(a.N, b.N);
  if (a.B !== undefined && b.B !== undefined) return Buffer.compare(a.B, b.B);
  return undefined;
}

/** Deep equality; sets compare as sets. */
export function valuesEqual(a: AttributeValue, b: AttributeValue): boolean {
  const ta = typeOf(a);
  if (ta !== typeOf(b)) return false;
  switch (ta) {
    case 'S':
    case 'N':
    case 'B':
      return compareValues(a, b) === 0;
    case 'BOOL':
      return a.BOOL === b.BOOL;
    case 'NULL':
      return true;
    case 'SS':
    case 'NS':
    case 'BS': {
      const x = setKeys(a);
      const y = setKeys(b);
      return x.size === y.size && [...x].every((k) => y.has(k));
    }
    case 'L':
      return a.L!.length === b.L!.length && a.L!.every((v, i) => valuesEqual(v, b.L![i]!));
    case 'M': {
      const ka = Object.keys(a.M!);
      return (
        ka.length === Object.keys(b.M!).length &&
        ka.every((k) => b.M![k] !== undefined && valuesEqual(a.M![k]!, b.M![k]!))
      );
    }
  }
}

/** A set member as a comparable key (numbers canonical, binaries base64). */
export function memberKey(type: 'SS' | 'NS' | 'BS', member: string | Buffer): string {
  if (Buffer.isBuffer(member)) return member.toString('base64');
  return type === 'NS' ? canonicalNumber(member) : member;
}

export function setKeys(value: AttributeValue): Set<string> {
  if (value.SS !== undefined) return new Set(value.SS);
  if (value.NS !== undefined) return new Set(value.NS.map(canonicalNumber));
  if (value.BS !== undefined) return new Set(value.BS.map((b) => b.toString('base64')));
  return new Set();
}

/** A key attribute's value as a map key. */
export function keyString(value: AttributeValue): string {
  if (value.S !== undefined) return `S${value.S}`;
  if (value.N !== undefined) return `N${canonicalNumber(value.N)}`;
  if (value.B !== undefined) return `B${value.B.toString('base64')}`;
  return '';
}

/** Item size as DynamoDB counts it (attribute names plus values, UTF-8), for the 400 KB limit. */
export function valueSize(value: AttributeValue): number {
  if (value.S !== undefined) return Buffer.byteLength(value.S);
  if (value.N !== undefined)
    return Math.ceil(value.N.replace(/^-/, '').replace('.', '').length / 2) + 1;
  if (value.B !== undefined) return value.B.length;
  if (value.SS !== undefined) return value.SS.reduce((n, s) => n + Buffer.byteLength(s), 0);
  if (value.NS !== undefined) return value.NS.reduce((n, s) => n + valueSize({ N: s }), 0);
  if (value.BS !== undefined) return value.BS.reduce((n, b) => n + b.length, 0);
  if (value.M !== undefined) return 3 + itemSize(value.M);
  if (value.L !== undefined) return 3 + value.L.reduce((n, v) => n + 1 + valueSize(v), 0);
  return 1;
}

export function itemSize(item: Item): number {
  return Object.entries(item).reduce((n, [k, v]) => n + Buffer.byteLength(k) + valueSize(v), 0);
}

/**
 * A deep copy that keeps binaries as Buffers (structuredClone would turn them into plain
 * Uint8Arrays, whose toString('base64') is not base64).
 */
export function cloneValue(value: AttributeValue): AttributeValue {
  if (value.B !== undefined) return { B: Buffer.from(value.B) };
  if (value.BS !== undefined) return { BS: value.BS.map((b) => Buffer.from(b)) };
  if (value.SS !== undefined) return { SS: [...value.SS] };
  if (value.NS !== undefined) return { NS: [...value.NS] };
  if (value.M !== undefined) return { M: cloneItem(value.M) };
  if (value.L !== undefined) return { L: value.L.map(cloneValue) };
  return { ...value };
}

export function cloneItem(item: Item): Item {
  const out: Item = {};
  for (const [name, value] of Object.entries(item)) out[name] = cloneValue(value);
  return out;
}
