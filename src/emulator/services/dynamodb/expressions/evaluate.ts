import {
  compareValues,
  memberKey,
  setKeys,
  typeOf,
  valuesEqual,
  type AttributeValue,
  type Item,
} from '../attribute-value.js';
import { ddbErrors } from '../dynamodb-errors.js';
import type { Condition, Operand, Path } from './ast.js';

/** The value at a document path, or undefined when any step is missing. */
export function resolvePath(item: Item, path: Path): AttributeValue | undefined {
  let current: AttributeValue | undefined = { M: item };
  for (const step of path) {
    if (current === undefined) return undefined;
    if (step.kind === 'attr') current = current.M?.[step.name];
    else current = current.L?.[step.index];
  }
  return current;
}

/** Operand value in a condition; undefined for a missing path (comparisons with it are false). */
export function operandValue(
  item: Item,
  operand: Operand,
  kind: string,
): AttributeValue | undefined {
  switch (operand.kind) {
    case 'path':
      return resolvePath(item, operand.path);
    case 'value':
      return operand.value;
    case 'size': {
      const v = resolvePath(item, operand.path);
      if (v === undefined) return undefined;
      const n =
        v.S !== undefined
          ? Buffer.byteLength(v.S)
          : v.B !== undefined
            ? v.B.length
            : (v.SS?.length ??
              v.NS?.length ??
              v.BS?.length ??
              v.L?.length ??
              (v.M !== undefined ? Object.keys(v.M).length : undefined));
      if (n === undefined) {
        throw ddbErrors.invalidExpression(
          kind,
          `Incorrect operand type for operator or function; operator or function: size, operand type: ${typeOf(v)}`,
        );
      }
      return { N: String(n) };
    }
    default:
      throw ddbErrors.invalidExpression(
        kind,
        'Syntax error; update functions are not allowed here',
      );
  }
}

export function evaluateCondition(item: Item, condition: Condition, kind: string): boolean {
  switch (condition.kind) {
    case 'and':
      return (
        evaluateCondition(item, condition.left, kind) &&
        evaluateCondition(item, condition.right, kind)
      );
    case 'or':
      return (
        evaluateCondition(item, condition.left, kind) ||
        evaluateCondition(item, condition.right, kind)
      );
    case 'not':
      return !evaluateCondition(item, condition.operand, kind);
    case 'compare': {
      const a = operandValue(item, condition.left, kind);
      const b = operandValue(item, condition.right, kind);
      if (a === undefined || b === undefined)
        return condition.op === '<>' && (a !== undefined || b !== undefined);
      if (condition.op === '=') return valuesEqual(a, b);
      if (condition.op === '<>') return !valuesEqual(a, b);
      const order = compareValues(a, b);
      if (order === undefined) return false;
      return condition.op === '<'
        ? order < 0
        : condition.op === '<='
          ? order <= 0
          : condition.op === '>'
            ? order > 0
            : order >= 0;
    }
    case 'between': {
      const v = operandValue(item, condition.operand, kind);
      const lo = operandValue(item, condition.low, kind);
      const hi = operandValue(item, condition.high, kind);
      if (v === undefined || lo === undefined || hi === undefined) return false;
      const bounds = compareValues(lo, hi);
      if (bounds !== undefined && bounds > 0) {
        throw ddbErrors.invalidExpression(
          kind,
          `The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {${typeOf(lo)}:${lo.S ?? lo.N}}, upper bound operand: AttributeValue: {${typeOf(hi)}:${hi.S ?? hi.N}}`,
        );
      }
      const a = compareValues(v, lo);
      const b = compareValues(v, hi);
      return a !== undefined && b !== undefined && a >= 0 && b <= 0;
    }
    case 'in': {
      const v = operandValue(item, condition.operand, kind);
      if (v === undefined) return false;
      return condition.list.some((o) => {
        const x = operandValue(item, o, kind);
        return x !== undefined && valuesEqual(v, x);
      });
    }
    case 'function':
      return evaluateFunction(item, condition.name, condition.args, kind);
  }
}

const TYPE_NAMES = ['S', 'SS', 'N', 'NS', 'B', 'BS', 'BOOL', 'NULL', 'L', 'M'];

function evaluateFunction(item: Item, name: string, args: Operand[], kind: string): boolean {
  const target = operandValue(item, args[0]!, kind);
  switch (name) {
    case 'attribute_exists':
      return target !== undefined;
    case 'attribute_not_exists':
      return target === undefined;
    case 'attribute_type': {
      const t = operandValue(item, args[1]!, kind);
      if (t?.S === undefined || !TYPE_NAMES.includes(t.S)) {
        throw ddbErrors.invalidExpression(
          kind,
          `Invalid attribute type name found; type: ${t?.S ?? ''}, valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}`,
        );
      }
      return target !== undefined && typeOf(target) === t.S;
    }
    case 'begins_with': {
      const prefix = operandValue(item, args[1]!, kind);
      if (target === undefined || prefix === undefined) return false;
      if (target.S !== undefined && prefix.S !== undefined) return target.S.startsWith(prefix.S);
      if (target.B !== undefined && prefix.B !== undefined)
        return target.B.subarray(0, prefix.B.length).equals(prefix.B);
      return false;
    }
    case 'contains': {
      const needle = operandValue(item, args[1]!, kind);
      if (target === undefined || needle === undefined) return false;
      if (target.S !== undefined) return needle.S !== undefined && target.S.includes(needle.S);
      if (target.B !== undefined) return needle.B !== undefined && target.B.includes(needle.B);
      if (target.SS !== undefined || target.NS !== undefined || target.BS !== undefined) {
        const t = typeOf(target) as 'SS' | 'NS' | 'BS';
        const member = t === 'SS' ? needle.S : t === 'NS' ? needle.N : needle.B;
        return member !== undefined && setKeys(target).has(memberKey(t, member));
      }
      if (target.L !== undefined) return target.L.some((v) => valuesEqual(v, needle));
      return false;
    }
    default:
      return false;
  }
}
