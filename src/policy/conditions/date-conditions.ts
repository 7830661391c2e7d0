/**
 * Date operators. Values are ISO 8601 dates/times (`2026-01-01`, `2026-01-01T12:00:00Z`) or
 * epoch seconds (aws:EpochTime); both compare as instants.
 */
import { FALSE, TRUE, type Tri } from '../tri-state.js';
import { type ContextScalar, type OperatorFamily, unusableValue } from './condition-value.js';

const ISO_DATE =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const EPOCH = /^-?\d+(?:\.\d+)?$/;

/** Milliseconds since the epoch, or undefined when the value is not a date. */
export function parseDate(value: ContextScalar): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value * 1000 : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (EPOCH.test(text)) return Number(text) * 1000;
  if (!ISO_DATE.test(text)) return undefined;
  // A date or date-time without a zone is UTC in IAM (JavaScript would read it as local time).
  // JavaScript wants `+01:00`; ISO 8601 also allows `+0100`.
  const normalised = text.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const hasTime = normalised.includes('T');
  const hasZone = /(?:Z|[+-]\d{2}:?\d{2})$/.test(normalised);
  const ms = Date.parse(hasTime && !hasZone ? `${normalised}Z` : normalised);
  return Number.isNaN(ms) ? undefined : ms;
}

function dateFamily(compare: (request: number, policy: number) => boolean): OperatorFamily {
  return {
    compile(policyValue) {
      const policy = parseDate(policyValue);
      if (policy === undefined)
        return unusableValue(`"${policyValue}" is not a date (ISO 8601 or epoch seconds)`);
      return {
        test(requestValue): Tri {
          const request = parseDate(requestValue);
          return request !== undefined && compare(request, policy) ? TRUE : FALSE;
        },
      };
    },
  };
}

export const dateEquals = dateFamily((a, b) => a === b);
export const dateLessThan = dateFamily((a, b) => a < b);
export const dateLessThanEquals = dateFamily((a, b) => a <= b);
export const dateGreaterThan = dateFamily((a, b) => a > b);
export const dateGreaterThanEquals = dateFamily((a, b) => a >= b);
