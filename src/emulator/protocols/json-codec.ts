import { commonErrors } from '../errors/common-errors.js';
import type { ProtocolName, Shape, ServiceModel } from './model-types.js';
import { resolveShape, shapeType } from './model-types.js';
import { formatTimestamp, parseTimestamp } from './values.js';

/** JSON value -> typed value per shape (blobs from base64, timestamps from epoch seconds). */
export function readJsonValue(
  model: ServiceModel,
  shapeRef: Shape,
  value: unknown,
  protocol: ProtocolName,
  where: string,
): unknown {
  if (value === null || value === undefined) return undefined;
  const shape = resolveShape(model, shapeRef);
  const fail = (expected: string) =>
    commonErrors.serialization(
      protocol,
      `Expected ${expected} at '${where}' but found ${JSON.stringify(value).slice(0, 40)}`,
    );
  switch (shapeType(shape)) {
    case 'structure': {
      if (typeof value !== 'object' || Array.isArray(value)) throw fail('an object');
      const out: Record<string, unknown> = {};
      const record = value as Record<string, unknown>;
      for (const [name, member] of Object.entries(shape.members ?? {})) {
        if (member.location !== undefined) continue;
        const wireName = member.locationName ?? name;
        const v = readJsonValue(model, member, record[wireName], protocol, `${where}.${name}`);
        if (v !== undefined) out[name] = v;
      }
      return out;
    }
    case 'list':
      if (!Array.isArray(value)) throw fail('a list');
      return value.map((v, i) =>
        readJsonValue(model, shape.member ?? {}, v, protocol, `${where}[${i}]`),
      );
    case 'map': {
      if (typeof value !== 'object' || Array.isArray(value)) throw fail('a map');
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        out[k] = readJsonValue(model, shape.value ?? {}, v, protocol, `${where}.${k}`);
      }
      return out;
    }
    case 'timestamp':
      if (typeof value !== 'number' && typeof value !== 'string') throw fail('a timestamp');
      return parseTimestamp(value, protocol, where);
    case 'blob':
      if (typeof value !== 'string') throw fail('a base64 string');
      return Buffer.from(value, 'base64');
    case 'boolean':
      if (typeof value !== 'boolean') throw fail('a boolean');
      return value;
    case 'integer':
    case 'long':
    case 'float':
    case 'double':
      if (typeof value !== 'number') throw fail('a number');
      return value;
    default:
      if (shape.jsonvalue) return value;
      if (typeof value !== 'string') throw fail('a string');
      return value;
  }
}

/** Typed value -> JSON-ready value per shape. */
export function writeJsonValue(model: ServiceModel, shapeRef: Shape, value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  const shape = resolveShape(model, shapeRef);
  switch (shapeType(shape)) {
    case 'structure': {
      const out: Record<string, unknown> = {};
      const record = value as Record<string, unknown>;
      for (const [name, member] of Object.entries(shape.members ?? {})) {
        if (member.location !== undefined) continue;
        const v = writeJsonValue(model, member, record[name]);
        if (v !== undefined) out[member.locationName ?? name] = v;
      }
      return out;
    }
    case 'list':
      return (value as unknown[]).map((v) => writeJsonValue(model, shape.member ?? {}, v));
    case 'map': {
      const out: Record<string, unknown> = {};
      const entries = value instanceof Map ? [...value.entries()] : Object.entries(value as object);
      for (const [k, v] of entries) out[String(k)] = writeJsonValue(model, shape.value ?? {}, v);
      return out;
    }
    case 'timestamp':
      return value instanceof Date
        ? formatTimestamp(value, shape.timestampFormat ?? 'unixTimestamp')
        : value;
    case 'blob':
      return Buffer.isBuffer(value) || value instanceof Uint8Array
        ? Buffer.from(value).toString('base64')
        : value;
    default:
      return value;
  }
}
