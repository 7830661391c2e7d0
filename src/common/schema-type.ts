/**
 * The TypeScript type of the values a JSON Schema (written `as const`) accepts, so a schema
 * the code validates with is also the one source of its type. Covers the keywords the
 * config and report schemas use: const, enum, type (one or a list), properties with
 * required, additionalProperties, items, oneOf/anyOf. Anything else is `unknown`, never a
 * type wider than the schema promises to have checked.
 */
export type FromSchema<S> = S extends { const: infer C }
  ? C
  : S extends { enum: readonly (infer E)[] }
    ? E
    : S extends { type: 'object' }
      ? ObjectOf<S>
      : S extends { type: 'array'; items: infer I }
        ? FromSchema<I>[]
        : S extends { type: infer T }
          ? TypeNamed<T extends readonly (infer N)[] ? N : T>
          : S extends { oneOf: readonly (infer B)[] }
            ? FromSchema<B>
            : S extends { anyOf: readonly (infer B)[] }
              ? FromSchema<B>
              : unknown;

type TypeNamed<N> = N extends 'string'
  ? string
  : N extends 'number' | 'integer'
    ? number
    : N extends 'boolean'
      ? boolean
      : N extends 'null'
        ? null
        : N extends 'object'
          ? Record<string, unknown>
          : N extends 'array'
            ? unknown[]
            : unknown;

type ObjectOf<S> = S extends { properties: infer P }
  ? Flatten<
      { -readonly [K in keyof P & RequiredKeys<S>]: FromSchema<P[K]> } & {
        -readonly [K in Exclude<keyof P, RequiredKeys<S>>]?: FromSchema<P[K]>;
      }
    >
  : S extends { additionalProperties: infer A extends object }
    ? Record<string, FromSchema<A>>
    : Record<string, unknown>;

type RequiredKeys<S> = S extends { required: readonly (infer R)[] } ? R : never;

type Flatten<T> = { [K in keyof T]: T[K] } & {};
