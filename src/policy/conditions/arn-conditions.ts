/**
 * ArnEquals / ArnLike (and their Not forms). AWS documents both the same way: case-sensitive,
 * each of the six colon-separated segments compared separately, `*` and `?` allowed in each.
 */
import type { OperatorFamily } from './condition-value.js';
import { compilePatternValue } from './pattern-value.js';

export const arnLike: OperatorFamily = {
  compile: (value, variables) =>
    compilePatternValue(value, variables, {
      wildcards: true,
      shape: 'arn',
      ignoreCase: false,
    }),
};
