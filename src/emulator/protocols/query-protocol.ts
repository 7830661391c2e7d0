import { commonErrors } from '../errors/common-errors.js';
import type { AwsError } from '../errors/aws-error.js';
import { parseQueryString, type EmulatorRequest } from '../server/emulator-request.js';
import type { OperationInput } from '../services/service-types.js';
import type { Shape, ServiceModel } from './model-types.js';
import { resolveShape, shapeType } from './model-types.js';
import type {
  ErrorContext,
  HttpResponseData,
  ProtocolLayer,
  SerializeContext,
} from './protocol.js';
import { checkRequired } from './required.js';
import { scalarFromText } from './values.js';
import { escapeXml, writeXmlMembers } from './xml-codec.js';

/**
 * The query protocol (IAM, STS, SNS): `Action=...&Version=...&Member.member.1=...` in a form
 * body or the query string; responses `<OpResponse><OpResult>...</OpResult><ResponseMetadata>`,
 * errors `<ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>`.
 */
export const queryProtocol: ProtocolLayer = {
  name: 'query',

  operationOf(model, request) {
    const params = formParams(request);
    const action = params.get('Action')?.[0];
    if (action === undefined || action === '') {
      throw commonErrors.unknownOperation(
        'query',
        model.metadata.serviceId,
        '(no Action parameter)',
      );
    }
    if (model.operations[action] === undefined) {
      throw commonErrors.unknownOperation('query', model.metadata.serviceId, action);
    }
    return action;
  },

  parseInput(model, operation, request) {
    const inputShape = model.operations[operation]?.input;
    if (inputShape === undefined) return {};
    const params = formParams(request);
    const flat = new Map<string, string>();
    for (const [k, v] of params) flat.set(k, v[0] ?? '');
    const input = readQueryValue(model, inputShape, '', flat) as OperationInput | undefined;
    const value = input ?? {};
    checkRequired(model, inputShape, value, 'query');
    return value;
  },

  serializeOutput(output, context: SerializeContext): HttpResponseData {
    const { model, operation, requestId } = context;
    const outputShape = model.operations[operation]?.output;
    const ns = model.metadata.xmlNamespace ?? '';
    const out: string[] = [`<${operation}Response xmlns="${ns}">`];
    if (outputShape !== undefined) {
      const wrapper = outputShape.resultWrapper ?? `${operation}Result`;
      out.push(`<${wrapper}>`);
      writeXmlMembers(model, outputShape, output, out);
      out.push(`</${wrapper}>`);
    }
    out.push(`<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata>`);
    out.push(`</${operation}Response>`);
    return {
      status: 200,
      headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
      body: out.join(''),
    };
  },

  serializeError(error: AwsError, context: ErrorContext): HttpResponseData {
    const ns = context.model.metadata.xmlNamespace ?? '';
    const body =
      `<ErrorResponse xmlns="${ns}"><Error><Type>${error.fault}</Type>` +
      `<Code>${escapeXml(error.queryCode ?? error.code)}</Code><Message>${escapeXml(error.message)}</Message>` +
      `</Error><RequestId>${context.requestId}</RequestId></ErrorResponse>`;
    return {
      status: error.status,
      headers: { 'content-type': 'text/xml', 'x-amzn-requestid': context.requestId },
      body,
    };
  },
};

/** Form body parameters, falling back to the query string (GET requests, presigned calls). */
function formParams(request: EmulatorRequest): Map<string, string[]> {
  const cached = formCache.get(request);
  if (cached !== undefined) return cached;
  const type = request.headers['content-type'] ?? '';
  const params =
    request.body.length > 0 && (type === '' || type.startsWith('application/x-www-form-urlencoded'))
      ? parseQueryString(request.body.toString('utf8'))
      : new Map(request.query);
  formCache.set(request, params);
  return params;
}
const formCache = new WeakMap<EmulatorRequest, Map<string, string[]>>();

function readQueryValue(
  model: ServiceModel,
  shapeRef: Shape,
  prefix: string,
  params: Map<string, string>,
): unknown {
  const shape = resolveShape(model, shapeRef);
  const key = (name: string) => (prefix === '' ? name : `${prefix}.${name}`);
  switch (shapeType(shape)) {
    case 'structure': {
      const out: Record<string, unknown> = {};
      let any = prefix === '';
      for (const [name, memberRef] of Object.entries(shape.members ?? {})) {
        const member = resolveShape(model, memberRef);
        const value = readQueryValue(model, memberRef, key(member.locationName ?? name), params);
        if (value !== undefined) {
          out[name] = value;
          any = true;
        }
      }
      return any ? out : undefined;
    }
    case 'list': {
      const itemPrefix = shape.flattened
        ? prefix
        : `${prefix}.${shape.member?.locationName ?? 'member'}`;
      const items: unknown[] = [];
      for (let i = 1; i <= 1000; i++) {
        const item = readQueryValue(model, shape.member ?? {}, `${itemPrefix}.${i}`, params);
        if (item === undefined) break;
        items.push(item);
      }
      // `Name=` (present but empty) is how query clients send an empty list.
      if (items.length === 0) return params.has(prefix) ? [] : undefined;
      return items;
    }
    case 'map': {
      const entryPrefix = shape.flattened ? prefix : `${prefix}.entry`;
      const keyName = shape.key?.locationName ?? 'key';
      const valueName = shape.value?.locationName ?? 'value';
      const out: Record<string, unknown> = {};
      let any = false;
      for (let i = 1; i <= 1000; i++) {
        const k = params.get(`${entryPrefix}.${i}.${keyName}`);
        if (k === undefined) break;
        out[k] = readQueryValue(
          model,
          shape.value ?? {},
          `${entryPrefix}.${i}.${valueName}`,
          params,
        );
        any = true;
      }
      return any ? out : undefined;
    }
    default: {
      const text = params.get(prefix);
      return text === undefined ? undefined : scalarFromText(text, shape, 'query', prefix);
    }
  }
}
