/**
 * Which lines of a pull request file can carry a review comment. GitHub only accepts review
 * comments on lines inside a diff hunk (added or context lines on the RIGHT side), and a
 * multi-line comment's `start_line`..`line` must lie in one hunk.
 * https://docs.github.com/en/rest/pulls/comments#create-a-review-comment-for-a-pull-request
 */
export interface Hunk {
  /** First and last new-file line the hunk shows (inclusive); empty when it only deletes. */
  newStart: number;
  newEnd: number;
  /** New-file lines the hunk adds (the rest of newStart..newEnd are context). */
  added: Set<number>;
}

export function parsePatchHunks(patch: string | undefined): Hunk[] {
  if (!patch) return [];
  const hunks: Hunk[] = [];
  let current: Hunk | undefined;
  let newLine = 0;
  for (const text of patch.split('\n')) {
    const h = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(text);
    if (h) {
      newLine = Number(h[1]);
      const count = h[2] === undefined ? 1 : Number(h[2]);
      current = { newStart: newLine, newEnd: newLine + count - 1, added: new Set() };
      hunks.push(current);
      continue;
    }
    if (!current || text.startsWith('\\')) continue;
    if (text.startsWith('-')) continue;
    if (text.startsWith('+')) current.added.add(newLine);
    newLine++;
  }
  return hunks;
}

/**
 * The `start_line`/`line` pair for a comment on new-file lines `start`..`end`, or undefined
 * when they are not all inside one hunk (then the statement gets its row in the sticky
 * comment only).
 */
export function reviewRange(
  patch: string | undefined,
  start: number,
  end: number,
): { startLine?: number; line: number } | undefined {
  const hunk = parsePatchHunks(patch).find((h) => h.newStart <= start && end <= h.newEnd);
  if (!hunk || start > end) return undefined;
  return start === end ? { line: end } : { startLine: start, line: end };
}
