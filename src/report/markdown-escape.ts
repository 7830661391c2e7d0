/**
 * Escaping for policy text (Sids, ARNs, probe commands, notes) placed in GitHub-flavoured
 * markdown. Policy text is the user's, and a Sid or resource is free text: a `|` would split a
 * table cell, a backtick or `*` would start formatting, `<` would start HTML, `@` and `#` would
 * mention people and issues, `$` would start math. Every such character becomes a numeric
 * character reference, which markdown shows literally and never parses as syntax.
 */

const REFERENCES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '|': '&#124;',
  '`': '&#96;',
  '\\': '&#92;',
  '*': '&#42;',
  _: '&#95;',
  '~': '&#126;',
  '[': '&#91;',
  ']': '&#93;',
  '#': '&#35;',
  '@': '&#64;',
  '!': '&#33;',
  $: '&#36;',
};

const SPECIAL = /[&<>"'|`\\*_~[\]#@!$]/g;
// C0 controls (but tab), DEL, and the line/paragraph separators some renderers treat as breaks.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029]/g;

/** Inline text: safe inside a table cell, a heading or a paragraph; newlines become `<br>`. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(SPECIAL, (c) => REFERENCES[c] ?? c)
    .replace(CONTROL, '\ufffd')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/** Policy text shown as code: escaped like any other text, inside an HTML `<code>` element. */
export function markdownCode(text: string): string {
  return `<code>${escapeMarkdown(text)}</code>`;
}

/** A fence longer than any backtick run in `text`, so a fenced block cannot be closed early. */
export function fenceFor(text: string): string {
  const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

/** Cuts long text to `max` characters, saying so, before it is escaped. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
