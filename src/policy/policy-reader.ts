/**
 * Reading policy elements out of the JSON tree: located values, lists, duplicate keys, and the
 * reporting context shared by the policy, principal and condition readers.
 */
import type { LineIndex } from './json/line-index.js';
import type { JsonNode, JsonObject } from './json/parse-json.js';
import type { Located } from './parsed-policy.js';

/** Where diagnostics go, and how offsets become positions. */
export interface Context {
  lines: LineIndex;
  report: (offset: number, message: string, key?: string, severity?: 'error' | 'warning') => void;
}

export function locate<T>(
  ctx: Context,
  value: T,
  node: { start: number; end: number },
): Located<T> {
  const p = ctx.lines.positionAt(node.start);
  return { value, line: p.line, column: p.column, start: node.start, end: node.end };
}

/** Reports keys that appear twice in one object: JSON.parse keeps the last, AWS rejects them. */
export function checkDuplicateKeys(obj: JsonObject, ctx: Context, path: string): void {
  const seen = new Set<string>();
  for (const m of obj.members) {
    if (seen.has(m.key)) ctx.report(m.keyStart, `duplicate key "${m.key}"`, join(path, m.key));
    seen.add(m.key);
  }
}

export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

export function member(obj: JsonObject, key: string): JsonNode | undefined {
  let found: JsonNode | undefined;
  for (const m of obj.members) if (m.key === key) found = m.value;
  return found;
}

export function readStringList(
  obj: JsonObject,
  key: string,
  path: string,
  ctx: Context,
): Located<string>[] | undefined {
  const node = member(obj, key);
  if (!node) return undefined;
  const where = join(path, key);
  if (node.type === 'string') return [locate(ctx, node.value, node)];
  if (node.type !== 'array') {
    ctx.report(node.start, `${key} must be a string or a list of strings`, where);
    return undefined;
  }
  if (node.items.length === 0) {
    ctx.report(node.start, `${key} is an empty list`, where);
    return undefined;
  }
  const out: Located<string>[] = [];
  node.items.forEach((item, i) => {
    if (item.type === 'string') out.push(locate(ctx, item.value, item));
    else ctx.report(item.start, `${key} entries must be strings`, join(where, i));
  });
  return out.length === node.items.length ? out : undefined;
}

/** An object key's position (keys have no JsonNode of their own). */
export function locateKey(ctx: Context, key: string, keyStart: number): Located<string> {
  return locate(ctx, key, { start: keyStart, end: keyStart + JSON.stringify(key).length });
}
