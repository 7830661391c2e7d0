/**
 * The compact AWS service model format the protocol layers run on: the wire-relevant subset of
 * the official aws-sdk v2 `apis/*.min.json` models (see scripts/generate-models.mjs).
 * A shape is either a reference (`{shape: "S12", ...overrides}`) or an inline definition.
 */
export interface Shape {
  type?:
    | 'structure'
    | 'list'
    | 'map'
    | 'string'
    | 'integer'
    | 'long'
    | 'float'
    | 'double'
    | 'boolean'
    | 'timestamp'
    | 'blob'
    | 'bigdecimal'
    | 'biginteger';
  shape?: string;
  required?: string[];
  members?: Record<string, Shape>;
  member?: Shape;
  key?: Shape;
  value?: Shape;
  resultWrapper?: string;
  timestampFormat?: 'iso8601' | 'rfc822' | 'unixTimestamp';
  locationName?: string;
  xmlAttribute?: boolean;
  xmlNamespace?: { uri?: string; prefix?: string } | string;
  flattened?: boolean;
  location?: 'uri' | 'querystring' | 'header' | 'headers' | 'statusCode';
  payload?: string;
  streaming?: boolean;
  eventstream?: boolean;
  hostLabel?: boolean;
  idempotencyToken?: boolean;
  queryName?: string;
  jsonvalue?: boolean;
  exception?: boolean;
}

export interface OperationModel {
  http?: { method?: string; requestUri?: string; responseCode?: number };
  deprecated?: boolean;
  input?: Shape;
  output?: Shape;
}

export type ProtocolName = 'query' | 'json' | 'rest-json' | 'rest-xml' | 'ec2';

export interface ServiceModel {
  metadata: {
    apiVersion: string;
    endpointPrefix: string;
    protocol: ProtocolName;
    jsonVersion?: string;
    serviceId: string;
    signingName?: string;
    targetPrefix?: string;
    uid: string;
    xmlNamespace?: string;
    awsQueryCompatible?: Record<string, unknown>;
  };
  operations: Record<string, OperationModel>;
  shapes: Record<string, Shape>;
}

/** A shape with its reference resolved: the referenced definition plus the member's overrides. */
export function resolveShape(model: ServiceModel, shape: Shape): Shape {
  if (shape.shape === undefined) return shape;
  const cached = resolved.get(shape);
  if (cached !== undefined) return cached;
  const target = model.shapes[shape.shape];
  if (target === undefined) throw new Error(`${model.metadata.uid}: unknown shape ${shape.shape}`);
  const { shape: _ref, ...overrides } = shape;
  void _ref;
  const result = { ...resolveShape(model, target), ...overrides };
  resolved.set(shape, result);
  return result;
}
// Models are immutable once loaded, so a resolved shape can be cached by the referring object.
const resolved = new WeakMap<Shape, Shape>();

/** The type of a resolved shape; models leave `type` out for strings. */
export function shapeType(shape: Shape): NonNullable<Shape['type']> {
  return shape.type ?? 'string';
}
