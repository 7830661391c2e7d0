/**
 * Minimal, structure-preserving access to a policy document as plain JSON, so a mutant is
 * the user's own policy with one part taken out (not a re-serialised normal form).
 */
export type JsonObject = Record<string, unknown>;

export interface PolicyJson extends JsonObject {
  Statement: JsonObject | JsonObject[];
}

/** The statements as a list, whether the document holds one statement or an array. */
export function statementsOf(policy: PolicyJson): JsonObject[] {
  return Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement];
}

/** A copy of the document with another statement list (always written as an array). */
export function withStatements(policy: PolicyJson, statements: JsonObject[]): PolicyJson {
  return { ...policy, Statement: statements };
}

/** A string-or-list policy element as a list. */
export function listOf(value: unknown): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? (value as string[]) : [value as string];
}

/** Writes a list back the way the user would: a lone string stays a string. */
export function asElement(values: string[]): string | string[] {
  return values.length === 1 ? (values[0] as string) : values;
}

export function sidOf(statement: JsonObject): string | null {
  return typeof statement.Sid === 'string' && statement.Sid !== '' ? statement.Sid : null;
}

export function hasWildcard(value: string): boolean {
  return value.includes('*') || value.includes('?');
}
