// Renders docs/config.md from the config's JSON Schema, so the reference lists every key the
// loader accepts and nothing else (test/schema.test.ts keeps the committed file fresh).

interface SchemaNode {
  type?: string | readonly string[];
  enum?: readonly unknown[];
  const?: unknown;
  pattern?: string;
  default?: unknown;
  description?: string;
  minItems?: number;
  properties?: Record<string, SchemaNode>;
  required?: readonly string[];
  items?: SchemaNode;
  additionalProperties?: boolean | SchemaNode;
}

export function renderConfigReference(schema: SchemaNode): string {
  const sections: string[] = [
    '# Configuration reference (`.github/iam-mutate.yml`)',
    '',
    '<!-- Generated from src/mutate/config/config-schema.ts by `npm run schemas`; do not edit. -->',
    '',
    'The config is YAML, validated against `schema/config.schema.json` before anything runs; ' +
      'a bad key or value is reported as `file:line:column` with exit code 2. Relative paths ' +
      'resolve against the repository root (the working directory of `iam-mutate run`, or ' +
      '`GITHUB_WORKSPACE` in the Action).',
    '',
  ];
  sections.push(...table('Top level', schema));
  const ignore = schema.properties?.ignore?.items;
  if (ignore) sections.push(...table('`ignore[]`: one accepted lint finding each', ignore));
  const target = schema.properties?.targets?.items;
  if (target) sections.push(...table('`targets[]`: one policy under test each', target));
  const workload = target?.properties?.workload;
  if (workload) {
    sections.push(
      ...table(
        '`targets[].workload`: exactly one of `lambda` (with optional `payload`) or `command`',
        workload,
      ),
    );
  }
  return `${sections.join('\n').trimEnd()}\n`;
}

function table(title: string, node: SchemaNode): string[] {
  const required = new Set(node.required ?? []);
  const rows = Object.entries(node.properties ?? {}).map(([key, value]) =>
    [
      `\`${key}\``,
      required.has(key) ? 'yes' : 'no',
      typeOf(value).replace(/\|/g, '\\|'),
      value.default === undefined ? '' : `\`${JSON.stringify(value.default)}\``,
      (value.description ?? '').replace(/\|/g, '\\|'),
    ].join(' | '),
  );
  return [
    `## ${title}`,
    '',
    '| key | required | value | default | meaning |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r} |`),
    '',
  ];
}

function typeOf(node: SchemaNode): string {
  if (node.const !== undefined) return `\`${JSON.stringify(node.const)}\``;
  if (node.enum) return node.enum.map((v) => `\`${String(v)}\``).join(', ');
  if (node.type === 'array') {
    const items = node.items ? typeOf(node.items) : 'any';
    return `list of ${items}${node.minItems ? ` (at least ${node.minItems})` : ''}`;
  }
  if (node.type === 'object') {
    if (node.properties) return 'mapping (below)';
    const values = node.additionalProperties;
    return typeof values === 'object' ? `mapping of ${typeOf(values)}` : 'mapping';
  }
  if (node.type === 'string')
    return node.pattern ? `string matching \`${node.pattern}\`` : 'string';
  if (typeof node.type === 'string') return node.type;
  return 'any JSON value';
}
