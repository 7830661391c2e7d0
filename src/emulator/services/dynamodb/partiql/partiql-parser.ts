import { checkValue, type AttributeValue } from '../attribute-value.js';
import { ddbErrors } from '../dynamodb-errors.js';
import type { Comparator, Condition, Operand, Path } from '../expressions/ast.js';
import { parseBooleanCondition } from '../expressions/boolean-precedence.js';

/**
 * The PartiQL subset DynamoDB workloads use, parsed into the same conditions the expression
 * language produces:
 *   SELECT * | path, ... FROM "table"[."index"] [WHERE condition]
 *   INSERT INTO "table" VALUE {'attr': value, ...}
 *   UPDATE "table" SET path = value[, ...] [REMOVE path[, ...]] WHERE condition
 *   DELETE FROM "table" WHERE condition
 * Values are literals ('text', 12.5, TRUE, NULL, {...}, [...], <<...>>) or `?` parameters.
 */
export type Statement =
  | { kind: 'select'; table: string; index?: string; projection?: Path[]; where?: Condition }
  | { kind: 'insert'; table: string; item: Record<string, AttributeValue> }
  | {
      kind: 'update';
      table: string;
      set: { path: Path; value: AttributeValue }[];
      remove: Path[];
      where: Condition;
    }
  | { kind: 'delete'; table: string; where: Condition };

interface Token {
  kind: 'word' | 'quoted' | 'string' | 'number' | 'punct' | 'end';
  text: string;
}

const PUNCT = [
  '<<',
  '>>',
  '<>',
  '!=',
  '<=',
  '>=',
  '=',
  '<',
  '>',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  '.',
  '?',
  ':',
  '*',
];

function syntax(detail: string): never {
  throw ddbErrors.validation(`Statement wasn't well formed, can't be processed: ${detail}`);
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === '"' || c === "'") {
      let text = '';
      let j = i + 1;
      for (;;) {
        if (j >= source.length) syntax(`unterminated quoted text at ${i}`);
        if (source[j] === c) {
          if (source[j + 1] === c) {
            text += c;
            j += 2;
            continue;
          }
          break;
        }
        text += source[j];
        j += 1;
      }
      tokens.push({ kind: c === '"' ? 'quoted' : 'string', text });
      i = j + 1;
    } else if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(source[i + 1] ?? ''))) {
      const m = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(source.slice(i))!;
      tokens.push({ kind: 'number', text: m[0] });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i))!;
      tokens.push({ kind: 'word', text: m[0] });
      i += m[0].length;
    } else {
      const p = PUNCT.find((x) => source.startsWith(x, i));
      if (p === undefined) syntax(`unexpected character ${c} at ${i}`);
      tokens.push({ kind: 'punct', text: p });
      i += p.length;
    }
  }
  tokens.push({ kind: 'end', text: '<EOF>' });
  return tokens;
}

class Parser {
  private pos = 0;
  private parameter = 0;
  private readonly tokens: Token[];

  constructor(
    source: string,
    private readonly parameters: readonly AttributeValue[],
  ) {
    this.tokens = tokenize(source);
  }

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.pos + offset, this.tokens.length - 1)]!;
  }
  private next(): Token {
    const t = this.peek();
    if (t.kind !== 'end') this.pos += 1;
    return t;
  }
  private isWord(w: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t.kind === 'word' && t.text.toUpperCase() === w;
  }
  private isPunct(p: string): boolean {
    const t = this.peek();
    return t.kind === 'punct' && t.text === p;
  }
  private expectWord(w: string): void {
    if (!this.isWord(w)) syntax(`expected ${w}, found ${this.peek().text}`);
    this.next();
  }
  private expectPunct(p: string): void {
    if (!this.isPunct(p)) syntax(`expected ${p}, found ${this.peek().text}`);
    this.next();
  }

  statement(): Statement {
    const verb = this.next();
    const word = verb.kind === 'word' ? verb.text.toUpperCase() : '';
    let result: Statement;
    if (word === 'SELECT') result = this.select();
    else if (word === 'INSERT') result = this.insert();
    else if (word === 'UPDATE') result = this.update();
    else if (word === 'DELETE') result = this.delete();
    else syntax(`unsupported statement ${verb.text}`);
    if (this.peek().kind !== 'end') syntax(`unexpected ${this.peek().text}`);
    if (this.parameter !== this.parameters.length) {
      throw ddbErrors.validation(`Number of parameters in request and statement don't match.`);
    }
    return result;
  }

  private name(): string {
    const t = this.next();
    if (t.kind === 'quoted' || t.kind === 'word') return t.text;
    syntax(`expected a name, found ${t.text}`);
  }

  private path(): Path {
    const path: Path = [{ kind: 'attr', name: this.name() }];
    for (;;) {
      if (this.isPunct('.')) {
        this.next();
        path.push({ kind: 'attr', name: this.name() });
      } else if (this.isPunct('[')) {
        this.next();
        const n = this.next();
        if (n.kind !== 'number' || !/^\d+$/.test(n.text))
          syntax(`expected a list index, found ${n.text}`);
        this.expectPunct(']');
        path.push({ kind: 'index', index: Number(n.text) });
      } else return path;
    }
  }

  private tableName(): { table: string; index?: string } {
    const table = this.name();
    if (this.isPunct('.')) {
      this.next();
      return { table, index: this.name() };
    }
    return { table };
  }

  private value(): AttributeValue {
    const t = this.next();
    if (t.kind === 'punct' && t.text === '?') {
      const v = this.parameters[this.parameter];
      this.parameter += 1;
      if (v === undefined)
        throw ddbErrors.validation(`Number of parameters in request and statement don't match.`);
      return checkValue(v);
    }
    if (t.kind === 'string') return { S: t.text };
    if (t.kind === 'number') return checkValue({ N: t.text });
    if (t.kind === 'word' && /^(TRUE|FALSE)$/i.test(t.text))
      return { BOOL: t.text.toUpperCase() === 'TRUE' };
    if (t.kind === 'word' && /^NULL$/i.test(t.text)) return { NULL: true };
    if (t.kind === 'punct' && t.text === '{') {
      const m: Record<string, AttributeValue> = {};
      while (!this.isPunct('}')) {
        const key = this.next();
        if (key.kind !== 'string' && key.kind !== 'quoted')
          syntax(`expected a key, found ${key.text}`);
        this.expectPunct(':');
        m[key.text] = this.value();
        if (!this.isPunct('}')) this.expectPunct(',');
      }
      this.next();
      return { M: m };
    }
    if (t.kind === 'punct' && t.text === '[') {
      const l: AttributeValue[] = [];
      while (!this.isPunct(']')) {
        l.push(this.value());
        if (!this.isPunct(']')) this.expectPunct(',');
      }
      this.next();
      return { L: l };
    }
    if (t.kind === 'punct' && t.text === '<<') {
      const members: AttributeValue[] = [];
      while (!this.isPunct('>>')) {
        members.push(this.value());
        if (!this.isPunct('>>')) this.expectPunct(',');
      }
      this.next();
      if (members.every((m) => m.S !== undefined))
        return checkValue({ SS: members.map((m) => m.S!) });
      if (members.every((m) => m.N !== undefined))
        return checkValue({ NS: members.map((m) => m.N!) });
      if (members.every((m) => m.B !== undefined))
        return checkValue({ BS: members.map((m) => m.B!) });
      syntax('a set holds members of one scalar type');
    }
    syntax(`expected a value, found ${t.text}`);
  }

  private operand(): Operand {
    const t = this.peek();
    if (
      t.kind === 'word' &&
      !/^(TRUE|FALSE|NULL)$/i.test(t.text) &&
      !this.isPunct('(') &&
      this.peek(1).text !== '('
    ) {
      return { kind: 'path', path: this.path() };
    }
    if (t.kind === 'quoted') return { kind: 'path', path: this.path() };
    if (t.kind === 'word' && t.text.toLowerCase() === 'size' && this.peek(1).text === '(') {
      this.next();
      this.next();
      const path = this.path();
      this.expectPunct(')');
      return { kind: 'size', path };
    }
    return { kind: 'value', value: this.value(), placeholder: '' };
  }

  condition(): Condition {
    return parseBooleanCondition(
      { isWord: (w) => this.isWord(w), next: () => void this.next() },
      () => this.primary(),
    );
  }

  private primary(): Condition {
    if (this.isPunct('(')) {
      this.next();
      const c = this.condition();
      this.expectPunct(')');
      return c;
    }
    const t = this.peek();
    const fn = t.kind === 'word' ? t.text.toLowerCase() : '';
    if (
      ['begins_with', 'contains', 'attribute_type', 'exists'].includes(fn) &&
      this.peek(1).text === '('
    ) {
      this.next();
      this.next();
      const target: Operand = { kind: 'path', path: this.path() };
      if (fn === 'exists') {
        this.expectPunct(')');
        return { kind: 'function', name: 'attribute_exists', args: [target] };
      }
      this.expectPunct(',');
      const arg: Operand = { kind: 'value', value: this.value(), placeholder: '' };
      this.expectPunct(')');
      return {
        kind: 'function',
        name: fn as 'begins_with' | 'contains' | 'attribute_type',
        args: [target, arg],
      };
    }
    const left = this.operand();
    if (this.isWord('IS')) {
      this.next();
      const negated = this.isWord('NOT');
      if (negated) this.next();
      this.expectWord('MISSING');
      if (left.kind !== 'path') syntax('IS MISSING needs an attribute');
      return {
        kind: 'function',
        name: negated ? 'attribute_exists' : 'attribute_not_exists',
        args: [left],
      };
    }
    if (this.isWord('BETWEEN')) {
      this.next();
      const low = this.operand();
      this.expectWord('AND');
      return { kind: 'between', operand: left, low, high: this.operand() };
    }
    if (this.isWord('IN')) {
      this.next();
      const close = this.isPunct('[') ? ']' : ')';
      this.next();
      const list: Operand[] = [];
      while (!this.isPunct(close)) {
        list.push(this.operand());
        if (!this.isPunct(close)) this.expectPunct(',');
      }
      this.next();
      return { kind: 'in', operand: left, list };
    }
    const op = this.next();
    const comparator = op.text === '!=' ? '<>' : op.text;
    if (op.kind !== 'punct' || !['=', '<>', '<', '<=', '>', '>='].includes(comparator))
      syntax(`expected a comparison, found ${op.text}`);
    return { kind: 'compare', op: comparator as Comparator, left, right: this.operand() };
  }

  private where(required: boolean): Condition | undefined {
    if (!this.isWord('WHERE')) {
      if (required) syntax('WHERE clause is required');
      return undefined;
    }
    this.next();
    return this.condition();
  }

  private select(): Statement {
    let projection: Path[] | undefined;
    if (this.isPunct('*')) this.next();
    else {
      projection = [this.path()];
      while (this.isPunct(',')) {
        this.next();
        projection.push(this.path());
      }
    }
    this.expectWord('FROM');
    const { table, index } = this.tableName();
    const where = this.where(false);
    return {
      kind: 'select',
      table,
      ...(index !== undefined && { index }),
      ...(projection !== undefined && { projection }),
      ...(where !== undefined && { where }),
    };
  }

  private insert(): Statement {
    this.expectWord('INTO');
    const table = this.name();
    this.expectWord('VALUE');
    const item = this.value();
    if (item.M === undefined) syntax('INSERT needs a map value');
    return { kind: 'insert', table, item: item.M };
  }

  private update(): Statement {
    const table = this.name();
    const set: { path: Path; value: AttributeValue }[] = [];
    const remove: Path[] = [];
    // `SET a = 1 SET b = 2` and `SET a = 1, b = 2` both appear in the wild; so does REMOVE.
    let clause: 'SET' | 'REMOVE' | undefined;
    for (;;) {
      if (this.isWord('SET') || this.isWord('REMOVE'))
        clause = this.next().text.toUpperCase() as 'SET' | 'REMOVE';
      else if (clause !== undefined && this.isPunct(',')) this.next();
      else break;
      if (clause === 'SET') {
        const path = this.path();
        this.expectPunct('=');
        set.push({ path, value: this.value() });
      } else remove.push(this.path());
    }
    if (set.length === 0 && remove.length === 0) syntax('UPDATE needs SET or REMOVE');
    return { kind: 'update', table, set, remove, where: this.where(true)! };
  }

  private delete(): Statement {
    this.expectWord('FROM');
    const table = this.name();
    return { kind: 'delete', table, where: this.where(true)! };
  }
}

export function parseStatement(
  source: string,
  parameters: readonly AttributeValue[] = [],
): Statement {
  return new Parser(source, parameters).statement();
}
