/** Bool: `true`/`false`, case-insensitive, whether written as JSON booleans or strings. */
import { FALSE, TRUE, type Tri } from '../tri-state.js';
import { type ContextScalar, type OperatorFamily, unusableValue } from './condition-value.js';

function parseBool(value: ContextScalar): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return undefined;
  const lower = value.toLowerCase();
  return lower === 'true' ? true : lower === 'false' ? false : undefined;
}

export const bool: OperatorFamily = {
  compile(policyValue) {
    const policy = parseBool(policyValue);
    if (policy === undefined) return unusableValue(`"${policyValue}" is not true or false`);
    return { test: (requestValue): Tri => (parseBool(requestValue) === policy ? TRUE : FALSE) };
  },
};
