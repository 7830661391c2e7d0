import { cloneValue, type AttributeValue, type Item } from '../attribute-value.js';
import type { Path } from './ast.js';
import { resolvePath } from './evaluate.js';

/** The item reduced to the projected paths, nested structure kept (list elements compacted). */
export function project(item: Item, paths: readonly Path[]): Item {
  const out: AttributeValue = { M: {} };
  for (const path of paths) {
    const value = resolvePath(item, path);
    if (value === undefined) continue;
    let target = out;
    path.forEach((step, i) => {
      const last = i === path.length - 1;
      if (step.kind === 'attr') {
        target.M ??= {};
        if (last) target.M[step.name] = cloneValue(value);
        else {
          const nextIsIndex = path[i + 1]!.kind === 'index';
          target.M[step.name] ??= nextIsIndex ? { L: [] } : { M: {} };
          target = target.M[step.name]!;
        }
      } else {
        target.L ??= [];
        if (last) target.L.push(cloneValue(value));
        else {
          const child: AttributeValue = path[i + 1]!.kind === 'index' ? { L: [] } : { M: {} };
          target.L.push(child);
          target = child;
        }
      }
    });
  }
  return out.M!;
}
