/**
 * Three-valued logic for fail-closed evaluation: a part of a statement is true, false, or
 * cannot be decided (unknown operator, unusable policy value, unresolvable variable).
 * AND: false beats unknown beats true. OR: true beats unknown beats false.
 */
export const FALSE = 0;
export const TRUE = 1;
export const UNKNOWN = 2;
export type Tri = typeof FALSE | typeof TRUE | typeof UNKNOWN;

export function not(value: Tri): Tri {
  return value === UNKNOWN ? UNKNOWN : value === TRUE ? FALSE : TRUE;
}

export function fromBoolean(value: boolean): Tri {
  return value ? TRUE : FALSE;
}
