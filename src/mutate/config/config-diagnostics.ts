import type { ErrorObject } from 'ajv';
import { isNode, type Document } from 'yaml';
import type { Diagnostic } from '../../common/diagnostic.js';

/**
 * Schema errors as diagnostics for people: one message per problem, in the config's own words,
 * located at file:line:column of the offending key or value.
 */
export type Locate = (offset: number) => { line: number; column: number };

export function schemaDiagnostics(
  errors: ErrorObject[],
  doc: Document,
  file: string,
  at: Locate,
): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const error of errors) {
    const described = describeSchemaError(error);
    if (!described) continue;
    const position = locate(doc, described.path, described.onKey, at);
    const key = formatKeyPath(described.path);
    const id = `${key}\u0000${described.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({
      file,
      position,
      key: key || undefined,
      message: described.message,
      severity: 'error',
    });
  }
  return out.sort(
    (a, b) =>
      (a.position?.line ?? 0) - (b.position?.line ?? 0) ||
      (a.position?.column ?? 0) - (b.position?.column ?? 0),
  );
}

interface DescribedError {
  path: (string | number)[];
  /** Point at the key itself rather than its value. */
  onKey: boolean;
  message: string;
}

function describeSchemaError(error: ErrorObject): DescribedError | undefined {
  const path = instancePath(error.instancePath);
  const name = path.length > 0 ? String(path[path.length - 1]) : 'config';
  // A failed oneOf also reports why each branch failed; its own summary says it better.
  if (error.schemaPath.includes('/oneOf/')) return undefined;
  switch (error.keyword) {
    case 'additionalProperties': {
      const extra = String(error.params.additionalProperty);
      return { path: [...path, extra], onKey: true, message: `unknown key '${extra}'` };
    }
    case 'required':
      return {
        path,
        onKey: false,
        message: `'${name}' is missing required key '${String(error.params.missingProperty)}'`,
      };
    case 'oneOf':
      if (path[path.length - 1] === 'workload') {
        return {
          path,
          onKey: false,
          message: "workload needs exactly one of 'lambda' (with optional 'payload') or 'command'",
        };
      }
      return { path, onKey: false, message: `'${name}' ${error.message ?? 'is invalid'}` };
    case 'type': {
      // YAML reads `account: 000000000000` as the number 0; say how to keep the digits.
      const hint = name === 'account' ? ' (quote it: account: "000000000000")' : '';
      return {
        path,
        onKey: false,
        message: `'${name}' must be a ${String(error.params.type)}${hint}`,
      };
    }
    case 'const':
      return {
        path,
        onKey: false,
        message: `'${name}' must be ${JSON.stringify(error.params.allowedValue)}`,
      };
    case 'enum':
      return {
        path,
        onKey: false,
        message: `'${name}' must be one of: ${(error.params.allowedValues as unknown[]).join(', ')}`,
      };
    case 'pattern':
      return { path, onKey: false, message: patternMessage(name) };
    default:
      return { path, onKey: false, message: `'${name}' ${error.message ?? 'is invalid'}` };
  }
}

function patternMessage(name: string): string {
  switch (name) {
    case 'emulator':
      return "'emulator' must be embedded, localemu, or an http(s):// endpoint URL";
    case 'account':
      return "'account' must be a 12-digit AWS account id";
    case 'region':
      return "'region' must be a region name such as us-east-1";
    case 'timeout':
      return "'timeout' must be a duration such as 500ms, 30s or 2m";
    case 'policy-name':
      return "'policy-name' must be 1 to 128 letters, digits and +=,.@_- (IAM's rule for policy names)";
    default:
      return `'${name}' has an invalid format`;
  }
}

function instancePath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((seg) => seg.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((seg) => (/^[0-9]+$/.test(seg) ? Number(seg) : seg));
}

export function formatKeyPath(path: (string | number)[]): string {
  return path
    .map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? seg : `.${seg}`))
    .join('');
}

/** Finds the YAML node for a JSON path; falls back to the nearest ancestor that exists. */
export function locate(doc: Document, path: (string | number)[], onKey: boolean, at: Locate) {
  for (let depth = path.length; depth >= 0; depth--) {
    const prefix = path.slice(0, depth);
    if (onKey && depth === path.length && depth > 0) {
      const parent = depth === 1 ? doc.contents : doc.getIn(prefix.slice(0, -1), true);
      const keyOffset = findKeyOffset(parent, prefix[prefix.length - 1]);
      if (keyOffset !== undefined) return at(keyOffset);
      continue;
    }
    const node = depth === 0 ? doc.contents : doc.getIn(prefix, true);
    if (isNode(node) && node.range) return at(node.range[0]);
  }
  return { line: 1, column: 1 };
}

function findKeyOffset(parent: unknown, key: string | number): number | undefined {
  if (!parent || typeof parent !== 'object' || !('items' in parent)) return undefined;
  for (const item of (parent as { items: unknown[] }).items) {
    const pairKey = (item as { key?: unknown }).key;
    if (isNode(pairKey) && (pairKey as { value?: unknown }).value === key && pairKey.range) {
      return pairKey.range[0];
    }
  }
  return undefined;
}
