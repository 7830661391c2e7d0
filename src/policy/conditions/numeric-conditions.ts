/**
 * Numeric operators. Policy values must be numbers (written as JSON numbers or strings);
 * request values that are not numbers simply do not match, as in AWS.
 */
import { FALSE, TRUE, type Tri } from '../tri-state.js';
import { type ContextScalar, type OperatorFamily, unusableValue } from './condition-value.js';

const NUMBER = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/;

export function parseNumber(value: ContextScalar): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || !NUMBER.test(value)) return undefined;
  return Number(value);
}

function numericFamily(compare: (request: number, policy: number) => boolean): OperatorFamily {
  return {
    compile(policyValue) {
      const policy = parseNumber(policyValue);
      if (policy === undefined) return unusableValue(`"${policyValue}" is not a number`);
      return {
        test(requestValue): Tri {
          const request = parseNumber(requestValue);
          return request !== undefined && compare(request, policy) ? TRUE : FALSE;
        },
      };
    },
  };
}

export const numericEquals = numericFamily((a, b) => a === b);
export const numericLessThan = numericFamily((a, b) => a < b);
export const numericLessThanEquals = numericFamily((a, b) => a <= b);
export const numericGreaterThan = numericFamily((a, b) => a > b);
export const numericGreaterThanEquals = numericFamily((a, b) => a >= b);
