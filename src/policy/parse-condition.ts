/** The Condition element: `{operator: {key: value | [values]}}`, flattened to entries. */
import type { JsonNode } from './json/parse-json.js';
import type { Located, ParsedCondition } from './parsed-policy.js';
import { type Context, checkDuplicateKeys, join, locate, locateKey } from './policy-reader.js';

export function readConditions(node: JsonNode, path: string, ctx: Context): ParsedCondition[] {
  if (node.type !== 'object') {
    ctx.report(node.start, 'Condition must be an object of {operator: {key: value}}', path);
    return [];
  }
  checkDuplicateKeys(node, ctx, path);
  const out: ParsedCondition[] = [];
  for (const op of node.members) {
    const opPath = join(path, op.key);
    if (op.value.type !== 'object') {
      ctx.report(
        op.value.start,
        `condition operator ${op.key} must map to an object of {key: value}`,
        opPath,
      );
      continue;
    }
    checkDuplicateKeys(op.value, ctx, opPath);
    for (const k of op.value.members) {
      const keyPath = join(opPath, k.key);
      const values: Located<string>[] = [];
      const items = k.value.type === 'array' ? k.value.items : [k.value];
      if (k.value.type === 'array' && items.length === 0) {
        ctx.report(
          k.value.start,
          `condition ${op.key} ${k.key} has an empty list of values`,
          keyPath,
        );
      }
      for (const item of items) {
        if (item.type === 'string') values.push(locate(ctx, item.value, item));
        else if (item.type === 'number') values.push(locate(ctx, item.raw, item));
        else if (item.type === 'boolean') values.push(locate(ctx, String(item.value), item));
        else
          ctx.report(item.start, `condition values must be strings, numbers or booleans`, keyPath);
      }
      out.push({
        operator: locateKey(ctx, op.key, op.keyStart),
        key: locateKey(ctx, k.key, k.keyStart),
        values,
      });
    }
  }
  return out;
}
