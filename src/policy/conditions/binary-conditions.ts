/** BinaryEquals: both sides are base64 text of the bytes; equal bytes, equal canonical text. */
import { FALSE, TRUE, type Tri } from '../tri-state.js';
import { type OperatorFamily, unusableValue } from './condition-value.js';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export const binaryEquals: OperatorFamily = {
  compile(policyValue) {
    if (!BASE64.test(policyValue) || policyValue.length % 4 !== 0) {
      return unusableValue(`"${policyValue}" is not base64`);
    }
    return { test: (requestValue): Tri => (String(requestValue) === policyValue ? TRUE : FALSE) };
  },
};
