import { commonErrors } from '../errors/common-errors.js';
import type { ProtocolName, Shape } from './model-types.js';
import { shapeType } from './model-types.js';

/**
 * Scalar conversions between wire text and typed values, shared by every protocol:
 * integers and floats as numbers, booleans, timestamps as Date, blobs as Buffer.
 */
export function scalarFromText(
  text: string,
  shape: Shape,
  protocol: ProtocolName,
  where: string,
): unknown {
  switch (shapeType(shape)) {
    case 'integer':
    case 'long':
    case 'float':
    case 'double':
    case 'bigdecimal':
    case 'biginteger': {
      const n = Number(text);
      if (text.trim() === '' || !Number.isFinite(n)) {
        throw commonErrors.validation(
          protocol,
          `Value '${text}' at '${where}' is not a valid number`,
        );
      }
      return n;
    }
    case 'boolean':
      if (text !== 'true' && text !== 'false') {
        throw commonErrors.validation(
          protocol,
          `Value '${text}' at '${where}' is not a valid boolean`,
        );
      }
      return text === 'true';
    case 'timestamp':
      return parseTimestamp(text, protocol, where);
    case 'blob':
      return Buffer.from(text, 'base64');
    default:
      return text;
  }
}

export function parseTimestamp(
  value: string | number,
  protocol: ProtocolName,
  where: string,
): Date {
  const date =
    typeof value === 'number' || /^\d+(\.\d+)?$/.test(value)
      ? new Date(Number(value) * 1000)
      : new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw commonErrors.validation(
      protocol,
      `Value '${value}' at '${where}' is not a valid timestamp`,
    );
  }
  return date;
}

/** AWS writes ISO 8601 timestamps without milliseconds in query/XML responses. */
export function iso8601(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const lastRfc822 = { time: NaN, text: '' };

export function formatTimestamp(
  date: Date,
  format: 'iso8601' | 'rfc822' | 'unixTimestamp',
): string | number {
  if (format === 'rfc822') {
    // Every GetObject/HeadObject answers its object's Last-Modified: format each instant once.
    const time = date.getTime();
    if (time !== lastRfc822.time) {
      lastRfc822.text = date.toUTCString();
      lastRfc822.time = time;
    }
    return lastRfc822.text;
  }
  if (format === 'unixTimestamp') return date.getTime() / 1000;
  return iso8601(date);
}

/** Scalar -> XML/header text. */
export function scalarToText(
  value: unknown,
  shape: Shape,
  defaultTimestamp: 'iso8601' | 'rfc822',
): string {
  if (value instanceof Date)
    return String(formatTimestamp(value, shape.timestampFormat ?? defaultTimestamp));
  if (Buffer.isBuffer(value)) return value.toString('base64');
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  return String(value);
}

/**
 * AWS validation message for missing required members, e.g.
 * `1 validation error detected: Value null at 'roleName' failed to satisfy constraint: Member must not be null`.
 */
export function missingMembersMessage(names: string[]): string {
  const parts = names.map(
    (n) =>
      `Value null at '${n.charAt(0).toLowerCase()}${n.slice(1)}' failed to satisfy constraint: Member must not be null`,
  );
  return `${names.length} validation error${names.length === 1 ? '' : 's'} detected: ${parts.join('; ')}`;
}
