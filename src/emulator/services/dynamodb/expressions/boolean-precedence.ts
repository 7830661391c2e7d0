/**
 * OR < AND < NOT, left-associative: the precedence both DynamoDB's expression language and its
 * PartiQL subset use for conditions. Each parser supplies how to read a keyword and a primary
 * (comparison, function, or parenthesised condition); this builds the same Condition tree.
 */
import type { Condition } from './ast.js';

export interface KeywordCursor {
  /** Whether the next token is this keyword (case-insensitive). */
  isWord(word: 'OR' | 'AND' | 'NOT'): boolean;
  /** Consumes the next token. */
  next(): void;
}

export function parseBooleanCondition(cursor: KeywordCursor, primary: () => Condition): Condition {
  const negation = (): Condition => {
    if (!cursor.isWord('NOT')) return primary();
    cursor.next();
    return { kind: 'not', operand: negation() };
  };
  const conjunction = (): Condition => {
    let left = negation();
    while (cursor.isWord('AND')) {
      cursor.next();
      left = { kind: 'and', left, right: negation() };
    }
    return left;
  };
  let left = conjunction();
  while (cursor.isWord('OR')) {
    cursor.next();
    left = { kind: 'or', left, right: conjunction() };
  }
  return left;
}
