import { ddbErrors } from '../dynamodb-errors.js';
import type { Comparator, Condition, Operand, Path, UpdateAction } from './ast.js';
import type { ExpressionContext } from './expression-context.js';
import { RESERVED_WORDS } from './reserved-words.js';
import { tokenize, type Token } from './tokens.js';
import { parseBooleanCondition } from './boolean-precedence.js';

const COMPARATORS: readonly string[] = ['=', '<>', '<', '<=', '>', '>='];
const CONDITION_FUNCTIONS = [
  'attribute_exists',
  'attribute_not_exists',
  'attribute_type',
  'begins_with',
  'contains',
] as const;
const ARITY: Record<string, number> = {
  attribute_exists: 1,
  attribute_not_exists: 1,
  attribute_type: 2,
  begins_with: 2,
  contains: 2,
  size: 1,
};

/**
 * Recursive-descent parser for DynamoDB's expression language (condition, filter, key
 * condition, update, projection), resolving placeholders as it goes. `kind` is the request
 * member's name, which AWS puts at the front of every error ("Invalid UpdateExpression: ...").
 */
class Parser {
  private readonly tokens: Token[];
  private pos = 0;

  constructor(
    private readonly source: string,
    private readonly kind: string,
    private readonly ctx: ExpressionContext,
  ) {
    if (source.trim() === '')
      throw ddbErrors.invalidExpression(kind, 'The expression can not be empty;');
    this.tokens = tokenize(source, kind);
  }

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.pos + offset, this.tokens.length - 1)]!;
  }

  private next(): Token {
    const t = this.peek();
    if (t.kind !== 'end') this.pos += 1;
    return t;
  }

  private isWord(word: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t.kind === 'name' && t.text.toUpperCase() === word;
  }

  private isPunct(p: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t.kind === 'punct' && t.text === p;
  }

  syntaxError(token: Token = this.peek()): never {
    // AWS quotes the offending token with its neighbours: `token: "=", near: "= = :v"`.
    const i = this.tokens.indexOf(token);
    const previous = this.tokens[i - 1];
    const following = this.tokens[i + 1];
    const from = previous?.at ?? token.at;
    const to =
      following !== undefined && following.kind !== 'end'
        ? following.at + following.text.length
        : token.at + (token.kind === 'end' ? 0 : token.text.length);
    const near = this.source.slice(from, to);
    throw ddbErrors.invalidExpression(
      this.kind,
      `Syntax error; token: "${token.text}", near: "${near}"`,
    );
  }

  private expect(p: string): void {
    if (!this.isPunct(p)) this.syntaxError();
    this.next();
  }

  expectEnd(): void {
    if (this.peek().kind !== 'end') this.syntaxError();
  }

  // --- paths and operands -------------------------------------------------------------

  path(): Path {
    const path: Path = [this.pathName()];
    for (;;) {
      if (this.isPunct('.')) {
        this.next();
        path.push(this.pathName());
      } else if (this.isPunct('[')) {
        this.next();
        const t = this.next();
        if (t.kind !== 'number') this.syntaxError(t);
        this.expect(']');
        path.push({ kind: 'index', index: Number(t.text) });
      } else return path;
    }
  }

  private pathName(): { kind: 'attr'; name: string } {
    const t = this.next();
    if (t.kind === 'placeholder-name')
      return { kind: 'attr', name: this.ctx.name(t.text, this.kind) };
    if (t.kind === 'name') {
      if (RESERVED_WORDS.has(t.text.toUpperCase())) {
        throw ddbErrors.invalidExpression(
          this.kind,
          `Attribute name is a reserved keyword; reserved keyword: ${t.text}`,
        );
      }
      return { kind: 'attr', name: t.text };
    }
    this.syntaxError(t);
  }

  /** A condition operand: path, :value or size(path). */
  operand(): Operand {
    const t = this.peek();
    if (t.kind === 'placeholder-value') {
      this.next();
      return { kind: 'value', value: this.ctx.value(t.text, this.kind), placeholder: t.text };
    }
    if (t.kind === 'name' && this.isPunct('(', 1)) {
      const name = t.text;
      if (name !== 'size') {
        if ((CONDITION_FUNCTIONS as readonly string[]).includes(name)) {
          throw ddbErrors.invalidExpression(
            this.kind,
            `The function is not allowed to be used this way in an expression; function: ${name}`,
          );
        }
        throw ddbErrors.invalidExpression(this.kind, `Invalid function name; function: ${name}`);
      }
      this.next();
      this.next();
      const path = this.path();
      this.expect(')');
      return { kind: 'size', path };
    }
    return { kind: 'path', path: this.path() };
  }

  // --- conditions ---------------------------------------------------------------------

  condition(): Condition {
    return parseBooleanCondition(
      { isWord: (w) => this.isWord(w), next: () => void this.next() },
      () => this.primary(),
    );
  }

  private primary(): Condition {
    if (this.isPunct('(')) {
      this.next();
      const inner = this.condition();
      this.expect(')');
      return inner;
    }
    const t = this.peek();
    if (
      t.kind === 'name' &&
      this.isPunct('(', 1) &&
      (CONDITION_FUNCTIONS as readonly string[]).includes(t.text)
    ) {
      this.next();
      this.next();
      const args: Operand[] = [];
      if (!this.isPunct(')')) {
        args.push(this.operand());
        while (this.isPunct(',')) {
          this.next();
          args.push(this.operand());
        }
      }
      this.expect(')');
      const name = t.text as (typeof CONDITION_FUNCTIONS)[number];
      if (args.length !== ARITY[name]) {
        throw ddbErrors.invalidExpression(
          this.kind,
          `Incorrect number of operands for operator or function; operator or function: ${name}, number of operands: ${args.length}`,
        );
      }
      if (args[0]!.kind !== 'path') {
        throw ddbErrors.invalidExpression(
          this.kind,
          `Operator or function requires a document path; operator or function: ${name}`,
        );
      }
      return { kind: 'function', name, args };
    }
    const left = this.operand();
    if (this.isWord('BETWEEN')) {
      this.next();
      const low = this.operand();
      if (!this.isWord('AND')) this.syntaxError();
      this.next();
      return { kind: 'between', operand: left, low, high: this.operand() };
    }
    if (this.isWord('IN')) {
      this.next();
      this.expect('(');
      const list = [this.operand()];
      while (this.isPunct(',')) {
        this.next();
        list.push(this.operand());
      }
      this.expect(')');
      return { kind: 'in', operand: left, list };
    }
    const op = this.peek();
    if (op.kind !== 'punct' || !COMPARATORS.includes(op.text)) this.syntaxError(op);
    this.next();
    return { kind: 'compare', op: op.text as Comparator, left, right: this.operand() };
  }

  // --- update expressions -------------------------------------------------------------

  update(): UpdateAction[] {
    const actions: UpdateAction[] = [];
    const seen = new Set<string>();
    while (this.peek().kind !== 'end') {
      const t = this.next();
      const clause = t.kind === 'name' ? t.text.toUpperCase() : '';
      if (clause !== 'SET' && clause !== 'REMOVE' && clause !== 'ADD' && clause !== 'DELETE')
        this.syntaxError(t);
      if (seen.has(clause)) {
        throw ddbErrors.invalidExpression(
          this.kind,
          `The "${clause}" section can only be used once in an update expression;`,
        );
      }
      seen.add(clause);
      do {
        if (actions.length > 0 && this.isPunct(',')) this.next();
        const path = this.path();
        if (clause === 'SET') {
          this.expect('=');
          actions.push({ kind: 'SET', path, value: this.setValue() });
        } else if (clause === 'REMOVE') {
          actions.push({ kind: 'REMOVE', path });
        } else {
          const v = this.peek();
          if (v.kind !== 'placeholder-value') this.syntaxError(v);
          actions.push({ kind: clause, path, value: this.operand() });
        }
      } while (this.isPunct(','));
    }
    if (actions.length === 0) this.syntaxError();
    return actions;
  }

  private setValue(): Operand {
    const left = this.setOperand();
    if (this.isPunct('+') || this.isPunct('-')) {
      const op = this.next().text as '+' | '-';
      return { kind: 'arith', op, left, right: this.setOperand() };
    }
    return left;
  }

  private setOperand(): Operand {
    const t = this.peek();
    if (t.kind === 'name' && this.isPunct('(', 1)) {
      this.next();
      this.next();
      if (t.text === 'if_not_exists') {
        const path = this.path();
        this.expect(',');
        const fallback = this.setOperand();
        this.expect(')');
        return { kind: 'if_not_exists', path, fallback };
      }
      if (t.text === 'list_append') {
        const left = this.setOperand();
        this.expect(',');
        const right = this.setOperand();
        this.expect(')');
        return { kind: 'list_append', left, right };
      }
      throw ddbErrors.invalidExpression(this.kind, `Invalid function name; function: ${t.text}`);
    }
    if (t.kind === 'placeholder-value') {
      this.next();
      return { kind: 'value', value: this.ctx.value(t.text, this.kind), placeholder: t.text };
    }
    return { kind: 'path', path: this.path() };
  }

  projection(): Path[] {
    const paths = [this.path()];
    while (this.isPunct(',')) {
      this.next();
      paths.push(this.path());
    }
    return paths;
  }
}

export function parseCondition(source: string, kind: string, ctx: ExpressionContext): Condition {
  const p = new Parser(source, kind, ctx);
  const c = p.condition();
  p.expectEnd();
  return c;
}

export function parseUpdate(source: string, ctx: ExpressionContext): UpdateAction[] {
  const p = new Parser(source, 'UpdateExpression', ctx);
  const actions = p.update();
  p.expectEnd();
  return actions;
}

export function parseProjection(source: string, ctx: ExpressionContext): Path[] {
  const p = new Parser(source, 'ProjectionExpression', ctx);
  const paths = p.projection();
  p.expectEnd();
  return paths;
}
