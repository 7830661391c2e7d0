import type { AttributeValue } from '../attribute-value.js';

/** One step of a document path: `a`, `.b`, `[3]`. */
export type PathElement = { kind: 'attr'; name: string } | { kind: 'index'; index: number };
export type Path = PathElement[];

export type Operand =
  | { kind: 'path'; path: Path }
  | { kind: 'value'; value: AttributeValue; placeholder: string }
  | { kind: 'size'; path: Path }
  | { kind: 'if_not_exists'; path: Path; fallback: Operand }
  | { kind: 'list_append'; left: Operand; right: Operand }
  | { kind: 'arith'; op: '+' | '-'; left: Operand; right: Operand };

export type Comparator = '=' | '<>' | '<' | '<=' | '>' | '>=';

export type Condition =
  | { kind: 'and' | 'or'; left: Condition; right: Condition }
  | { kind: 'not'; operand: Condition }
  | { kind: 'compare'; op: Comparator; left: Operand; right: Operand }
  | { kind: 'between'; operand: Operand; low: Operand; high: Operand }
  | { kind: 'in'; operand: Operand; list: Operand[] }
  | {
      kind: 'function';
      name:
        'attribute_exists' | 'attribute_not_exists' | 'attribute_type' | 'begins_with' | 'contains';
      args: Operand[];
    };

export type UpdateAction =
  | { kind: 'SET'; path: Path; value: Operand }
  | { kind: 'REMOVE'; path: Path }
  | { kind: 'ADD'; path: Path; value: Operand }
  | { kind: 'DELETE'; path: Path; value: Operand };

export function pathText(path: Path): string {
  return path
    .map((e, i) => (e.kind === 'index' ? `[${e.index}]` : i === 0 ? e.name : `.${e.name}`))
    .join('');
}
