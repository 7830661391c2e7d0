import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { commonErrors } from '../errors/common-errors.js';
import type { ProtocolName, Shape, ServiceModel } from './model-types.js';
import { resolveShape, shapeType } from './model-types.js';
import { scalarFromText, scalarToText } from './values.js';

/** Escapes as AWS does: `&`, `<`, `>`, `"` (S3 ETags read `&quot;`) and CR; apostrophes stay. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"\r]/g, (c) => XML_ESCAPES[c]!);
}
const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\r': '&#13;',
};

/**
 * Writes `value` as the children of an element, per `shape` (query and rest-xml share this):
 * members named by locationName, lists wrapped in `<member>` unless flattened, maps as `<entry>`.
 */
export function writeXmlMembers(
  model: ServiceModel,
  shape: Shape,
  value: unknown,
  out: string[],
): void {
  const resolved = resolveShape(model, shape);
  if (shapeType(resolved) !== 'structure' || value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  for (const [name, memberRef] of Object.entries(resolved.members ?? {})) {
    const memberValue = record[name];
    if (memberValue === undefined || memberValue === null) continue;
    const member = resolveShape(model, memberRef);
    if (member.location !== undefined || member.xmlAttribute) continue;
    writeXmlValue(
      model,
      member,
      memberRef.locationName ?? member.locationName ?? name,
      memberValue,
      out,
    );
  }
}

function writeXmlValue(
  model: ServiceModel,
  shape: Shape,
  name: string,
  value: unknown,
  out: string[],
): void {
  switch (shapeType(shape)) {
    case 'structure': {
      out.push(`<${name}${xmlAttributes(model, shape, value)}>`);
      writeXmlMembers(model, shape, value, out);
      out.push(`</${name}>`);
      return;
    }
    case 'list': {
      const member = resolveShape(model, shape.member ?? {});
      const items = Array.isArray(value) ? value : [];
      if (shape.flattened) {
        const itemName = shape.member?.locationName ?? name;
        for (const item of items) writeXmlValue(model, member, itemName, item, out);
        return;
      }
      const itemName = shape.member?.locationName ?? 'member';
      out.push(`<${name}>`);
      for (const item of items) writeXmlValue(model, member, itemName, item, out);
      out.push(`</${name}>`);
      return;
    }
    case 'map': {
      const keyName = shape.key?.locationName ?? 'key';
      const valueName = shape.value?.locationName ?? 'value';
      const valueShape = resolveShape(model, shape.value ?? {});
      const entries = value instanceof Map ? [...value.entries()] : Object.entries(value as object);
      if (!shape.flattened) out.push(`<${name}>`);
      for (const [k, v] of entries) {
        out.push(shape.flattened ? `<${name}>` : '<entry>');
        out.push(`<${keyName}>${escapeXml(String(k))}</${keyName}>`);
        writeXmlValue(model, valueShape, valueName, v, out);
        out.push(shape.flattened ? `</${name}>` : '</entry>');
      }
      if (!shape.flattened) out.push(`</${name}>`);
      return;
    }
    default:
      out.push(`<${name}>${escapeXml(scalarToText(value, shape, 'iso8601'))}</${name}>`);
  }
}

function xmlAttributes(model: ServiceModel, shape: Shape, value: unknown): string {
  if (value === null || typeof value !== 'object') return '';
  let attrs = '';
  // A prefixed namespace (S3 Grantee's xsi:type) must be declared where it is used.
  const ns = shape.xmlNamespace;
  if (typeof ns === 'object' && ns.prefix !== undefined && ns.uri !== undefined) {
    attrs += ` xmlns:${ns.prefix}="${escapeXml(ns.uri)}"`;
  }
  for (const [name, memberRef] of Object.entries(shape.members ?? {})) {
    const member = resolveShape(model, memberRef);
    const v = (value as Record<string, unknown>)[name];
    if (!member.xmlAttribute || v === undefined) continue;
    attrs += ` ${member.locationName ?? name}="${escapeXml(String(v))}"`;
  }
  return attrs;
}

/** A parsed XML element: child elements by name (always arrays), text content, attributes. */
export interface XmlNode {
  [child: string]: XmlNode[] | string | undefined;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
  textNodeName: '#text',
  removeNSPrefix: true,
  processEntities: true,
  htmlEntities: false,
});

/** Parses an XML document into its root element; throws the protocol's MalformedXML error. */
export function parseXmlDocument(
  text: string,
  protocol: ProtocolName,
): { name: string; node: XmlNode } {
  // AWS reads no document type declarations: an entity (external or a billion laughs) is
  // refused before anything would expand it.
  if (/<!DOCTYPE/i.test(text)) {
    throw commonErrors.serialization(protocol, 'document type declarations are not allowed');
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw commonErrors.serialization(protocol, `malformed XML: ${valid.err.msg}`);
  let doc: Record<string, XmlNode[] | undefined>;
  try {
    doc = parser.parse(text) as Record<string, XmlNode[] | undefined>;
  } catch (error) {
    // The parser's own limits (nesting depth, entities): the client's XML, not our failure.
    throw commonErrors.serialization(protocol, `malformed XML: ${(error as Error).message}`);
  }
  const rootName = Object.keys(doc).find((k) => !k.startsWith('?'));
  const root = rootName === undefined ? undefined : doc[rootName]?.[0];
  if (rootName === undefined || root === undefined) {
    throw commonErrors.serialization(protocol, 'the XML document has no root element');
  }
  return {
    name: rootName,
    node: typeof root === 'object' ? root : ({ '#text': String(root) } as XmlNode),
  };
}

function textOf(node: XmlNode | string): string {
  if (typeof node === 'string') return node;
  const text = node['#text'];
  return typeof text === 'string' ? text : '';
}

/** Converts a parsed element into a typed value per `shape` (the inverse of writeXmlMembers). */
export function readXmlValue(
  model: ServiceModel,
  shapeRef: Shape,
  node: XmlNode | string,
  protocol: ProtocolName,
  where: string,
): unknown {
  const shape = resolveShape(model, shapeRef);
  switch (shapeType(shape)) {
    case 'structure': {
      const out: Record<string, unknown> = {};
      if (typeof node === 'string') return out;
      for (const [name, memberRef] of Object.entries(shape.members ?? {})) {
        const member = resolveShape(model, memberRef);
        const elementName = memberRef.locationName ?? member.locationName ?? name;
        if (member.xmlAttribute) {
          const attr = node[`@${elementName}`];
          if (typeof attr === 'string') out[name] = scalarFromText(attr, member, protocol, name);
          continue;
        }
        const children = node[elementName];
        if (!Array.isArray(children) || children.length === 0) continue;
        if (shapeType(member) === 'list' && member.flattened) {
          const item = member.member ?? {};
          out[name] = children.map((c) =>
            readXmlValue(model, item, c, protocol, `${where}.${name}`),
          );
        } else {
          out[name] = readXmlValue(model, memberRef, children[0]!, protocol, `${where}.${name}`);
        }
      }
      return out;
    }
    case 'list': {
      if (typeof node === 'string') return [];
      const itemName = shape.member?.locationName ?? 'member';
      const items = node[itemName];
      return Array.isArray(items)
        ? items.map((c) => readXmlValue(model, shape.member ?? {}, c, protocol, where))
        : [];
    }
    case 'map': {
      const out: Record<string, unknown> = {};
      if (typeof node === 'string') return out;
      const keyName = shape.key?.locationName ?? 'key';
      const valueName = shape.value?.locationName ?? 'value';
      const entries = node['entry'];
      for (const entry of Array.isArray(entries) ? entries : []) {
        if (typeof entry === 'string') continue;
        const k = entry[keyName];
        const v = entry[valueName];
        if (!Array.isArray(k) || !Array.isArray(v)) continue;
        out[textOf(k[0]!)] = readXmlValue(model, shape.value ?? {}, v[0]!, protocol, where);
      }
      return out;
    }
    default:
      return scalarFromText(textOf(node), shape, protocol, where);
  }
}
