/**
 * A strict JSON parser (RFC 8259) that keeps the source offset of every value and object key.
 *
 * Written here rather than taken from a package because policy diagnostics need exactly what
 * AWS rejects: a byte order mark, comments, trailing commas and duplicate keys are all problems
 * to report with a position, and lenient parsers either accept them silently or drop positions.
 * It never throws: a syntax error comes back as `{ error }`.
 */

export type JsonNode = JsonObject | JsonArray | JsonString | JsonNumber | JsonBoolean | JsonNull;

interface NodeBase {
  /** Offset of the first character of the value. */
  start: number;
  /** Offset just past the last character of the value. */
  end: number;
}

export interface JsonMember {
  key: string;
  keyStart: number;
  value: JsonNode;
}

export interface JsonObject extends NodeBase {
  type: 'object';
  members: JsonMember[];
}

export interface JsonArray extends NodeBase {
  type: 'array';
  items: JsonNode[];
}

export interface JsonString extends NodeBase {
  type: 'string';
  value: string;
}

export interface JsonNumber extends NodeBase {
  type: 'number';
  value: number;
  /** The number as written, so `1.0` and `1` stay distinguishable in condition values. */
  raw: string;
}

export interface JsonBoolean extends NodeBase {
  type: 'boolean';
  value: boolean;
}

export interface JsonNull extends NodeBase {
  type: 'null';
}

export interface JsonSyntaxError {
  offset: number;
  message: string;
}

export type JsonParseOutcome = { node: JsonNode } | { error: JsonSyntaxError };

class SyntaxProblem extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const MAX_DEPTH = 256;

export function parseJson(text: string): JsonParseOutcome {
  try {
    const parser = new Parser(text);
    return { node: parser.parseDocument() };
  } catch (error) {
    if (error instanceof SyntaxProblem)
      return { error: { offset: error.offset, message: error.message } };
    throw error;
  }
}

function describe(ch: string | undefined): string {
  if (ch === undefined) return 'end of input';
  if (ch === '\uFEFF') return 'a byte order mark';
  const code = ch.charCodeAt(0);
  if (code < 0x20) return `control character U+${code.toString(16).padStart(4, '0').toUpperCase()}`;
  return `'${ch}'`;
}

class Parser {
  private pos = 0;
  private depth = 0;

  constructor(private readonly text: string) {}

  parseDocument(): JsonNode {
    if (this.text.charCodeAt(0) === 0xfeff) {
      throw new SyntaxProblem(
        0,
        'the file starts with a byte order mark (BOM); AWS rejects it, save the file as UTF-8 without BOM',
      );
    }
    this.skipWhitespace();
    const node = this.parseValue();
    this.skipWhitespace();
    if (this.pos < this.text.length) {
      throw new SyntaxProblem(
        this.pos,
        `unexpected ${describe(this.text[this.pos])} after the end of the JSON document`,
      );
    }
    return node;
  }

  private fail(message: string, offset = this.pos): never {
    throw new SyntaxProblem(offset, message);
  }

  private skipWhitespace(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) this.pos++;
      else if (c === 0x2f && (t[this.pos + 1] === '/' || t[this.pos + 1] === '*')) {
        this.fail('comments are not allowed in JSON policies');
      } else break;
    }
  }

  private parseValue(): JsonNode {
    const ch = this.text[this.pos];
    switch (ch) {
      case '{':
        return this.parseObject();
      case '[':
        return this.parseArray();
      case '"':
        return this.parseString();
      case 't':
        return this.parseLiteral('true', { type: 'boolean', value: true, start: this.pos, end: 0 });
      case 'f':
        return this.parseLiteral('false', {
          type: 'boolean',
          value: false,
          start: this.pos,
          end: 0,
        });
      case 'n':
        return this.parseLiteral('null', { type: 'null', start: this.pos, end: 0 });
      default:
        if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return this.parseNumber();
        return this.fail(`expected a JSON value but found ${describe(ch)}`);
    }
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) this.fail(`nesting deeper than ${MAX_DEPTH} levels`);
  }

  private parseObject(): JsonObject {
    this.enter();
    const start = this.pos++;
    const members: JsonMember[] = [];
    this.skipWhitespace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      this.depth--;
      return { type: 'object', members, start, end: this.pos };
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.pos] !== '"') {
        if (this.text[this.pos] === '}' && members.length > 0) this.fail('trailing comma before }');
        this.fail(
          `expected a property name in double quotes but found ${describe(this.text[this.pos])}`,
        );
      }
      const keyNode = this.parseString();
      this.skipWhitespace();
      if (this.text[this.pos] !== ':')
        this.fail(`expected ':' after property name but found ${describe(this.text[this.pos])}`);
      this.pos++;
      this.skipWhitespace();
      const value = this.parseValue();
      members.push({ key: keyNode.value, keyStart: keyNode.start, value });
      this.skipWhitespace();
      const next = this.text[this.pos];
      if (next === ',') {
        this.pos++;
        continue;
      }
      if (next === '}') {
        this.pos++;
        this.depth--;
        return { type: 'object', members, start, end: this.pos };
      }
      this.fail(`expected ',' or '}' but found ${describe(next)}`);
    }
  }

  private parseArray(): JsonArray {
    this.enter();
    const start = this.pos++;
    const items: JsonNode[] = [];
    this.skipWhitespace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      this.depth--;
      return { type: 'array', items, start, end: this.pos };
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.pos] === ']' && items.length > 0) this.fail('trailing comma before ]');
      items.push(this.parseValue());
      this.skipWhitespace();
      const next = this.text[this.pos];
      if (next === ',') {
        this.pos++;
        continue;
      }
      if (next === ']') {
        this.pos++;
        this.depth--;
        return { type: 'array', items, start, end: this.pos };
      }
      this.fail(`expected ',' or ']' but found ${describe(next)}`);
    }
  }

  private parseString(): JsonString {
    const t = this.text;
    const start = this.pos++;
    let out = '';
    let chunkStart = this.pos;
    for (;;) {
      if (this.pos >= t.length) this.fail('unterminated string', start);
      const c = t.charCodeAt(this.pos);
      if (c === 0x22) {
        out += t.slice(chunkStart, this.pos);
        this.pos++;
        return { type: 'string', value: out, start, end: this.pos };
      }
      if (c < 0x20) this.fail(`${describe(t[this.pos])} inside a string (escape it)`);
      if (c === 0x5c) {
        out += t.slice(chunkStart, this.pos);
        out += this.parseEscape();
        chunkStart = this.pos;
        continue;
      }
      this.pos++;
    }
  }

  private parseEscape(): string {
    const t = this.text;
    const esc = t[this.pos + 1];
    this.pos += 2;
    switch (esc) {
      case '"':
        return '"';
      case '\\':
        return '\\';
      case '/':
        return '/';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u': {
        const hex = t.slice(this.pos, this.pos + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('invalid \\u escape', this.pos - 2);
        this.pos += 4;
        return String.fromCharCode(parseInt(hex, 16));
      }
      default:
        return this.fail(`invalid escape \\${esc ?? ''}`, this.pos - 2);
    }
  }

  private parseNumber(): JsonNumber {
    const start = this.pos;
    const match = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
    match.lastIndex = start;
    const m = match.exec(this.text);
    if (!m || m[0] === '-') this.fail('invalid number');
    this.pos = start + m[0].length;
    const after = this.text[this.pos];
    if (after !== undefined && /[0-9A-Za-z.]/.test(after)) this.fail('invalid number', start);
    return { type: 'number', value: Number(m[0]), raw: m[0], start, end: this.pos };
  }

  private parseLiteral<T extends JsonNode>(word: string, node: T): T {
    if (this.text.startsWith(word, this.pos)) {
      this.pos += word.length;
      node.end = this.pos;
      return node;
    }
    return this.fail(`expected a JSON value but found ${describe(this.text[this.pos])}`);
  }
}
