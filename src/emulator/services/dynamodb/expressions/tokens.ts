import { ddbErrors } from '../dynamodb-errors.js';

export type TokenKind =
  'name' | 'placeholder-name' | 'placeholder-value' | 'number' | 'punct' | 'end';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Offset in the expression, for "near:" in syntax errors. */
  at: number;
}

const PUNCT = ['<>', '<=', '>=', '=', '<', '>', '(', ')', '[', ']', ',', '.', '+', '-'];

/**
 * Splits an expression into tokens. `kind` names the expression in errors ("ConditionExpression",
 * "UpdateExpression", ...), as AWS does: `Invalid ConditionExpression: Syntax error; token: ...`.
 */
export function tokenize(source: string, kind: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (/\s/.test(c)) {
      i += 1;
      continue;
    }
    const word = /^[#:]?[A-Za-z0-9_]+/.exec(source.slice(i));
    if (word !== null) {
      const text = word[0];
      const k: TokenKind = text.startsWith('#')
        ? 'placeholder-name'
        : text.startsWith(':')
          ? 'placeholder-value'
          : /^\d+$/.test(text)
            ? 'number'
            : 'name';
      tokens.push({ kind: k, text, at: i });
      i += text.length;
      continue;
    }
    const p = PUNCT.find((x) => source.startsWith(x, i));
    if (p === undefined) {
      throw ddbErrors.invalidExpression(
        kind,
        `Syntax error; token: "${c}", near: "${source.slice(Math.max(0, i - 1), i + 2)}"`,
      );
    }
    tokens.push({ kind: 'punct', text: p, at: i });
    i += p.length;
  }
  tokens.push({ kind: 'end', text: '<EOF>', at: source.length });
  return tokens;
}
