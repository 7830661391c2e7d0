/**
 * StringEquals / StringNotEquals (exact, case-sensitive), the IgnoreCase pair, and
 * StringLike / StringNotLike (`*` and `?` wildcards across the whole value). Policy variables
 * are substituted in all of them (Version 2012-10-17).
 */
import type { OperatorFamily } from './condition-value.js';
import { compilePatternValue } from './pattern-value.js';

export const stringEquals: OperatorFamily = {
  compile: (value, variables) =>
    compilePatternValue(value, variables, {
      wildcards: false,
      shape: 'text',
      ignoreCase: false,
    }),
};

export const stringEqualsIgnoreCase: OperatorFamily = {
  compile: (value, variables) =>
    compilePatternValue(value, variables, {
      wildcards: false,
      shape: 'text',
      ignoreCase: true,
    }),
};

export const stringLike: OperatorFamily = {
  compile: (value, variables) =>
    compilePatternValue(value, variables, {
      wildcards: true,
      shape: 'text',
      ignoreCase: false,
    }),
};
