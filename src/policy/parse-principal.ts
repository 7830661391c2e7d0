/** The Principal / NotPrincipal element: `"*"` or `{"AWS": [...], "Service": [...], ...}`. */
import {
  type Context,
  checkDuplicateKeys,
  join,
  locateKey,
  member,
  readStringList,
} from './policy-reader.js';
import type { ParsedPrincipal } from './parsed-policy.js';
import type { JsonObject } from './json/parse-json.js';

export function readPrincipal(
  obj: JsonObject,
  key: string,
  path: string,
  ctx: Context,
): ParsedPrincipal | undefined {
  const node = member(obj, key);
  if (!node) return undefined;
  const where = join(path, key);
  const pos = ctx.lines.positionAt(node.start);
  if (node.type === 'string') {
    if (node.value !== '*') {
      ctx.report(
        node.start,
        `${key} must be "*" or an object such as {"AWS": "arn:aws:iam::123456789012:root"}`,
        where,
      );
      return undefined;
    }
    return { line: pos.line, column: pos.column, wildcard: true, entries: [] };
  }
  if (node.type !== 'object') {
    ctx.report(node.start, `${key} must be "*" or an object`, where);
    return undefined;
  }
  checkDuplicateKeys(node, ctx, where);
  const principal: ParsedPrincipal = {
    line: pos.line,
    column: pos.column,
    wildcard: false,
    entries: [],
  };
  for (const m of node.members) {
    if (!['AWS', 'Service', 'Federated', 'CanonicalUser'].includes(m.key)) {
      ctx.report(
        m.keyStart,
        `unknown principal type "${m.key}" (expected AWS, Service, Federated, CanonicalUser)`,
        join(where, m.key),
      );
      continue;
    }
    const values = readStringList(node, m.key, where, ctx);
    if (values) principal.entries.push({ type: locateKey(ctx, m.key, m.keyStart), values });
  }
  if (principal.entries.length === 0 && node.members.length === 0) {
    ctx.report(node.start, `${key} is empty`, where);
    return undefined;
  }
  return principal;
}
