import { LineIndex } from '../../policy/json/line-index.js';
import { parseJson, type JsonArray, type JsonNode } from '../../policy/json/parse-json.js';

/**
 * A GitHub suggestion for one statement of a policy file: the lines it replaces (1-based, new
 * file, inclusive) and their replacement. Applying it to the file gives valid JSON: removing
 * the last statement also drops the preceding comma, so the range then starts on the previous
 * statement's closing line.
 */
export interface StatementSuggestion {
  startLine: number;
  endLine: number;
  /** Replacement text for those lines (no trailing newline); empty deletes them. */
  replacement: string;
  /** The whole file after the change (verified to parse). */
  resultText: string;
}

export type SuggestionOutcome = StatementSuggestion | { skipped: string };

/** Line range (1-based, inclusive) of each statement, in `Statement` order, as written. */
export function statementLineRanges(policyText: string): { startLine: number; endLine: number }[] {
  const located = locateStatements(policyText);
  if ('skipped' in located) return [];
  const lines = new LineIndex(policyText);
  return located.items.map((n) => ({
    startLine: lines.positionAt(n.start).line,
    endLine: lines.positionAt(n.end - 1).line,
  }));
}

/**
 * Replaces statement `index` with `replacement` (formatted like the file), or removes it when
 * `replacement` is null.
 */
export function suggestStatementChange(
  policyText: string,
  index: number,
  replacement: Record<string, unknown> | null,
): SuggestionOutcome {
  const located = locateStatements(policyText);
  if ('skipped' in located) return located;
  const { items, array } = located;
  const item = items[index];
  if (!item) return { skipped: `the policy has no statement ${index}` };
  const lines = new LineIndex(policyText);
  const lineStart = (offset: number) => offset - lines.positionAt(offset).column + 1;
  let edit: { from: number; to: number; text: string };
  if (replacement) {
    // Continuation lines take the indentation of the line the statement starts on.
    const indent = /^[ \t]*/.exec(policyText.slice(lineStart(item.start), item.start))![0];
    const unit = indentUnit(policyText);
    const text = JSON.stringify(replacement, null, unit).replace(/\n/g, `\n${indent}`);
    edit = { from: item.start, to: item.end, text };
  } else if (!array) {
    // `"Statement": {…}` written as a single object: removing it leaves an empty list.
    edit = { from: item.start, to: item.end, text: '[]' };
  } else if (items.length === 1) {
    edit = { from: array.start + 1, to: array.end - 1, text: '' };
  } else if (index < items.length - 1) {
    const next = items[index + 1]!;
    const before = policyText.slice(lineStart(item.start), item.start);
    const between = policyText.slice(item.end, next.start);
    // Whole lines when the statement has its lines to itself: a clean line deletion.
    if (/^\s*$/.test(before) && /^\s*,\s*\n\s*$/.test(between)) {
      edit = { from: lineStart(item.start), to: lineStart(next.start), text: '' };
    } else {
      edit = { from: item.start, to: next.start, text: '' };
    }
  } else {
    // The last statement: the comma to drop is the one after the previous statement.
    edit = { from: items[index - 1]!.end, to: item.end, text: '' };
  }
  return toSuggestion(policyText, lines, edit);
}

function toSuggestion(
  text: string,
  lines: LineIndex,
  edit: { from: number; to: number; text: string },
): SuggestionOutcome {
  const resultText = text.slice(0, edit.from) + edit.text + text.slice(edit.to);
  try {
    JSON.parse(resultText);
  } catch {
    return { skipped: 'the change would not leave valid JSON' };
  }
  const startLine = lines.positionAt(edit.from).line;
  const wholeLines = edit.to > edit.from && text[edit.to - 1] === '\n';
  const endLine = lines.positionAt(
    wholeLines ? edit.to - 1 : Math.max(edit.to - 1, edit.from),
  ).line;
  const startOffset = edit.from - lines.positionAt(edit.from).column + 1;
  let endOffset = text.indexOf('\n', wholeLines ? edit.to - 1 : Math.max(edit.to - 1, edit.from));
  if (endOffset < 0) endOffset = text.length;
  const replacement = wholeLines
    ? text.slice(startOffset, edit.from) + edit.text
    : text.slice(startOffset, edit.from) + edit.text + text.slice(edit.to, endOffset);
  return { startLine, endLine, replacement: replacement.replace(/\r$/, ''), resultText };
}

function locateStatements(
  text: string,
): { items: JsonNode[]; array: JsonArray | undefined } | { skipped: string } {
  const parsed = parseJson(text);
  if ('error' in parsed) return { skipped: 'the policy file is not valid JSON' };
  const root = parsed.node;
  if (root.type !== 'object') return { skipped: 'the policy is not a JSON object' };
  const member = root.members.find((m) => m.key === 'Statement');
  if (!member) return { skipped: 'the policy has no Statement' };
  if (member.value.type === 'array') return { items: member.value.items, array: member.value };
  if (member.value.type === 'object') return { items: [member.value], array: undefined };
  return { skipped: 'Statement is neither a list nor an object' };
}

/** The file's own indentation step (tab, 2 or 4 spaces); 2 when it has none. */
function indentUnit(text: string): string {
  if (/^\t/m.test(text)) return '\t';
  const widths = [...text.matchAll(/^( +)\S/gm)].map((m) => m[1]!.length);
  const min = widths.length ? Math.min(...widths) : 2;
  return ' '.repeat(min || 2);
}
