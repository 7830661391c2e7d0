import type { AwsError } from '../errors/aws-error.js';
import { commonErrors } from '../errors/common-errors.js';
import type { EmulatorRequest } from '../server/emulator-request.js';
import type { OperationInput, OperationOutput } from '../services/service-types.js';
import { readJsonValue, writeJsonValue } from './json-codec.js';
import type { Shape, ServiceModel } from './model-types.js';
import { resolveShape, shapeType } from './model-types.js';
import type {
  ErrorContext,
  HttpResponseData,
  ProtocolLayer,
  SerializeContext,
} from './protocol.js';
import { RESPONSE_HEADERS, RESPONSE_STATUS } from './protocol.js';
import { checkRequired } from './required.js';
import { matchRoute } from './rest-routing.js';
import { scalarFromText, scalarToText } from './values.js';
import { escapeXml, parseXmlDocument, readXmlValue, writeXmlMembers } from './xml-codec.js';

type RestKind = 'rest-xml' | 'rest-json';

const S3_NAMESPACE = 'http://s3.amazonaws.com/doc/2006-03-01/';

/**
 * The REST protocols (rest-xml: S3; rest-json: Lambda): the operation is found by method + URI
 * template, members bind to URI labels, query parameters, headers, or the body (a payload
 * member or the remaining members as one XML/JSON document).
 */
export function createRestProtocol(kind: RestKind): ProtocolLayer {
  const routes = new WeakMap<EmulatorRequest, Record<string, string>>();
  return {
    name: kind,

    operationOf(model, request) {
      const match = matchRoute(model, request);
      if (match === undefined) {
        throw commonErrors.unknownOperation(
          kind,
          model.metadata.serviceId,
          `${request.method} ${request.rawPath}`,
        );
      }
      routes.set(request, match.labels);
      return match.operation;
    },

    parseInput(model, operation, request) {
      const inputRef = model.operations[operation]?.input;
      if (inputRef === undefined) return {};
      const input = resolveShape(model, inputRef);
      const labels = routes.get(request) ?? matchRoute(model, request)?.labels ?? {};
      const out: OperationInput = {};
      const { members, bodyMembers } = inputPlan(model, input);
      for (const { name, member, wireName, headerName } of members) {
        switch (member.location) {
          case 'uri':
            if (labels[wireName] !== undefined)
              out[name] = scalarFromText(labels[wireName]!, member, kind, name);
            break;
          case 'querystring': {
            const values = request.query.get(wireName);
            if (values === undefined) break;
            if (shapeType(member) === 'list') {
              const item = resolveShape(model, member.member ?? {});
              out[name] = values.map((v) => scalarFromText(v, item, kind, name));
            } else if (shapeType(member) === 'map') {
              out[name] = Object.fromEntries([...request.query].map(([k, v]) => [k, v[0] ?? '']));
            } else {
              out[name] = scalarFromText(values[0]!, member, kind, name);
            }
            break;
          }
          case 'header': {
            const value = request.headers[headerName];
            if (value === undefined) break;
            out[name] =
              shapeType(member) === 'timestamp'
                ? scalarFromText(value, { ...member, type: 'timestamp' }, kind, name)
                : member.jsonvalue
                  ? safeJson(Buffer.from(value, 'base64').toString('utf8'))
                  : shapeType(member) === 'list'
                    ? value.split(',').map((v) => v.trim())
                    : scalarFromText(value, member, kind, name);
            break;
          }
          case 'headers': {
            const prefix = wireName.toLowerCase();
            const map: Record<string, string> = {};
            for (const [h, v] of Object.entries(request.headers)) {
              if (h.startsWith(prefix)) map[h.slice(prefix.length)] = v;
            }
            if (Object.keys(map).length > 0) out[name] = map;
            break;
          }
          default:
            break;
        }
      }
      if (input.payload !== undefined) {
        const payloadRef = input.members?.[input.payload] ?? {};
        const payload = resolveShape(model, payloadRef);
        const type = shapeType(payload);
        if (type === 'blob' || payload.streaming) {
          out[input.payload] = request.body;
        } else if (type === 'string') {
          out[input.payload] = request.body.toString('utf8');
        } else if (request.body.length > 0) {
          out[input.payload] = readBodyDocument(
            model,
            payloadRef,
            request.body,
            kind,
            input.payload,
          );
        }
      } else if (bodyMembers !== undefined && request.body.length > 0) {
        const parsed = readBodyDocument(
          model,
          { type: 'structure', members: bodyMembers },
          request.body,
          kind,
          operation,
        );
        Object.assign(out, parsed as object);
      }
      checkRequired(model, inputRef, out, kind);
      return out;
    },

    serializeOutput(output: OperationOutput, context: SerializeContext): HttpResponseData {
      const { model, operation, requestId } = context;
      const op = model.operations[operation];
      const headers = requestIdHeaders(kind, requestId);
      const extraHeaders = (output as { [RESPONSE_HEADERS]?: Record<string, string> })[
        RESPONSE_HEADERS
      ];
      if (extraHeaders !== undefined) Object.assign(headers, extraHeaders);
      let status =
        (output as { [RESPONSE_STATUS]?: number })[RESPONSE_STATUS] ??
        op?.http?.responseCode ??
        200;
      let body: Buffer | string = '';
      if (op?.output !== undefined) {
        const plan = outputPlan(model, op.output);
        // An output sets a few of its shape's many located members (GetObject: ~8 of ~40):
        // walk its own keys, not the plan (misses on these dictionary objects are the slow
        // part), then write them in the plan's order so that the headers' order is the same.
        const present: number[] = [];
        for (const key in output) {
          const at = plan.index.get(key);
          if (at !== undefined) present.push(at);
        }
        if (present.length > 1) present.sort((a, b) => a - b);
        for (const at of present) {
          const { name, wire, kind: where, member } = plan.located[at]!;
          const value = output[name];
          if (where === 'header') {
            if (value !== undefined && value !== null) headers[wire] = headerText(value, member);
          } else if (where === 'headers') {
            for (const [k, v] of Object.entries(
              (value as Record<string, string> | undefined) ?? {},
            )) {
              headers[`${wire}${k}`] = String(v);
            }
          } else if (typeof value === 'number') {
            status = value;
          }
        }
        const payloadPlan = plan.payload;
        if (payloadPlan !== undefined) {
          const { name, ref: payloadRef, shape: payload, type } = payloadPlan;
          const value = output[name];
          if (Buffer.isBuffer(value) || type === 'blob') {
            body = Buffer.isBuffer(value)
              ? value
              : Buffer.from((value as string | undefined) ?? '');
          } else if (type === 'string') {
            body = (value as string | undefined) ?? '';
          } else if (value !== undefined) {
            const root = payloadRef.locationName ?? payload.locationName ?? name;
            body = writeBodyDocument(model, payloadRef, value, kind, root);
          }
        } else if (plan.bodyMembers !== undefined) {
          body = writeBodyDocument(
            model,
            { type: 'structure', members: plan.bodyMembers },
            output,
            kind,
            context.xmlRoot ?? `${operation}Result`,
          );
        }
        if (typeof body === 'string' && body !== '') {
          headers['content-type'] ??= kind === 'rest-xml' ? 'application/xml' : 'application/json';
        }
      }
      const length = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
      if (context.method === 'HEAD') {
        headers['content-length'] ??= String(length);
        return { status, headers, body: '' };
      }
      headers['content-length'] = String(length);
      return { status, headers, body };
    },

    serializeError(error: AwsError, context: ErrorContext): HttpResponseData {
      const headers = requestIdHeaders(kind, context.requestId);
      if (kind === 'rest-json') {
        headers['x-amzn-errortype'] = error.code;
        headers['content-type'] = 'application/json';
        return {
          status: error.status,
          headers,
          body: JSON.stringify({
            Type: error.fault === 'Sender' ? 'User' : 'Service',
            message: error.message,
            ...error.fields,
          }),
        };
      }
      if (context.method === 'HEAD') return { status: error.status, headers, body: '' };
      const fields = Object.entries(error.fields)
        .map(([k, v]) => `<${k}>${escapeXml(v)}</${k}>`)
        .join('');
      headers['content-type'] = 'application/xml';
      return {
        status: error.status,
        headers,
        body:
          `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${escapeXml(error.code)}</Code>` +
          `<Message>${escapeXml(error.message)}</Message>${fields}` +
          `<RequestId>${context.requestId}</RequestId><HostId>${hostId(context.requestId)}</HostId></Error>`,
      };
    },
  };
}

/** How an output shape is written: its header, prefix-header and status members, body, payload. */
interface OutputPlan {
  located: Array<{
    name: string;
    wire: string;
    kind: 'header' | 'headers' | 'statusCode';
    member: Shape;
  }>;
  /** Member name -> its position in `located`. */
  index: Map<string, number>;
  bodyMembers?: Record<string, Shape>;
  payload?: { name: string; ref: Shape; shape: Shape; type: string };
}

/**
 * Models are immutable once loaded, so each output shape's plan is worked out once: every call
 * would otherwise resolve all members of the shape (GetObject's output has about forty).
 */
function outputPlan(model: ServiceModel, outputRef: Shape): OutputPlan {
  const cached = outputPlans.get(outputRef);
  if (cached !== undefined) return cached;
  const shape = resolveShape(model, outputRef);
  const plan: OutputPlan = { located: [], index: new Map() };
  const bodyMembers: Record<string, Shape> = {};
  let bodyCount = 0;
  for (const [name, memberRef] of Object.entries(shape.members ?? {})) {
    const member = resolveShape(model, memberRef);
    const wireName = member.locationName ?? name;
    if (member.location === 'header') {
      plan.located.push({ name, wire: wireName.toLowerCase(), kind: 'header', member });
    } else if (member.location === 'headers') {
      plan.located.push({ name, wire: wireName.toLowerCase(), kind: 'headers', member });
    } else if (member.location === 'statusCode') {
      plan.located.push({ name, wire: wireName, kind: 'statusCode', member });
    } else if (shape.payload !== name) {
      bodyMembers[name] = memberRef;
      bodyCount++;
    }
  }
  plan.located.forEach((entry, at) => plan.index.set(entry.name, at));
  if (shape.payload !== undefined) {
    const ref = shape.members?.[shape.payload] ?? {};
    const payload = resolveShape(model, ref);
    plan.payload = { name: shape.payload, ref, shape: payload, type: shapeType(payload) };
  } else if (bodyCount > 0) {
    plan.bodyMembers = bodyMembers;
  }
  outputPlans.set(outputRef, plan);
  return plan;
}
const outputPlans = new WeakMap<Shape, OutputPlan>();

/** An input shape's members resolved once (GetObject's has about thirty), in model order. */
interface InputPlan {
  members: Array<{ name: string; member: Shape; wireName: string; headerName: string }>;
  /** The members bound to the body document, when there are any. */
  bodyMembers?: Record<string, Shape>;
}

function inputPlan(model: ServiceModel, input: Shape): InputPlan {
  const cached = inputPlans.get(input);
  if (cached !== undefined) return cached;
  const plan: InputPlan = { members: [] };
  const bodyMembers: Record<string, Shape> = {};
  let bodyCount = 0;
  for (const [name, memberRef] of Object.entries(input.members ?? {})) {
    const member = resolveShape(model, memberRef);
    const wireName = member.locationName ?? name;
    plan.members.push({ name, member, wireName, headerName: wireName.toLowerCase() });
    switch (member.location) {
      case 'uri':
      case 'querystring':
      case 'header':
      case 'headers':
      case 'statusCode':
        break;
      default:
        bodyMembers[name] = memberRef;
        bodyCount++;
    }
  }
  if (bodyCount > 0) plan.bodyMembers = bodyMembers;
  inputPlans.set(input, plan);
  return plan;
}
const inputPlans = new WeakMap<Shape, InputPlan>();

function requestIdHeaders(kind: RestKind, requestId: string): Record<string, string> {
  return kind === 'rest-xml'
    ? { 'x-amz-request-id': requestId, 'x-amz-id-2': hostId(requestId) }
    : { 'x-amzn-requestid': requestId };
}

function hostId(requestId: string): string {
  return Buffer.from(requestId).toString('base64');
}

function headerText(value: unknown, member: Shape): string {
  if (member.jsonvalue) return Buffer.from(JSON.stringify(value)).toString('base64');
  if (Array.isArray(value)) return value.join(',');
  return scalarToText(value, member, 'rfc822');
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function readBodyDocument(
  model: ServiceModel,
  shape: Shape,
  body: Buffer,
  kind: RestKind,
  where: string,
): unknown {
  const text = body.toString('utf8');
  if (kind === 'rest-json') {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw commonErrors.serialization(kind, 'The request body is not valid JSON');
    }
    return readJsonValue(model, shape, raw, kind, where);
  }
  const { node } = parseXmlDocument(text, kind);
  return readXmlValue(model, shape, node, kind, where);
}

function writeBodyDocument(
  model: ServiceModel,
  shape: Shape,
  value: unknown,
  kind: RestKind,
  root: string,
): string {
  if (kind === 'rest-json') return JSON.stringify(writeJsonValue(model, shape, value) ?? {});
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<${root} xmlns="${S3_NAMESPACE}">`,
  ];
  writeXmlMembers(model, shape, value, out);
  out.push(`</${root}>`);
  return out.join('');
}

export const restXmlProtocol = createRestProtocol('rest-xml');
export const restJsonProtocol = createRestProtocol('rest-json');
