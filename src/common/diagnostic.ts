/**
 * A problem found in a user's input (config, policy), located precisely enough that an editor
 * can jump to it. Every bad-input path in the product ends in one of these, never in a stack trace.
 */
export interface SourcePosition {
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
}

export interface Diagnostic {
  file: string;
  /** Absent only when the problem is about the file as a whole (e.g. it cannot be read). */
  position?: SourcePosition;
  message: string;
  /** Dotted path of the offending key, e.g. `targets[0].workload`. */
  key?: string;
  severity: 'error' | 'warning';
}

/** `file:line:column: message` — the format editors and GitHub annotations understand. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.position ? `${d.file}:${d.position.line}:${d.position.column}` : d.file;
  const key = d.key ? ` (at ${d.key})` : '';
  return `${where}: ${d.severity}: ${d.message}${key}`;
}

/** Converts a 0-based character offset into a 1-based line/column position. */
export function positionAt(text: string, offset: number): SourcePosition {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
