import { type ParsedPolicy, type ParsedStatement, parsePolicy } from '../policy/index.js';
import type { MutantReport } from './report-types.js';

/** 1-based line and column; `end` is exclusive (the Stryker report schema's convention). */
export interface SourceSpan {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

/**
 * Where in the policy file as written a mutant changed something: the action or resource it
 * removed or narrowed when that element can be found, else the whole statement.
 */
export class MutantLocator {
  private readonly lineStarts: number[];
  private readonly policy: ParsedPolicy | undefined;

  constructor(private readonly source: string) {
    this.lineStarts = [0];
    for (let i = 0; i < source.length; i++) if (source[i] === '\n') this.lineStarts.push(i + 1);
    this.policy = parsePolicy(source, 'policy').value;
  }

  locate(mutant: MutantReport, fallbackLine: number): SourceSpan {
    const statement = this.policy?.statements[mutant.index];
    if (statement === undefined) return this.lineSpan(fallbackLine);
    const element = this.element(mutant, statement);
    return element ?? this.span(statement.start, statement.end);
  }

  private element(mutant: MutantReport, statement: ParsedStatement): SourceSpan | undefined {
    const detail = mutantDetail(mutant.id);
    if (detail === undefined) return undefined;
    if (mutant.mutator === 'remove-action') {
      const actions = statement.action ?? [];
      const lower = detail.toLowerCase();
      const hit =
        actions.find((a) => a.value.toLowerCase() === lower) ??
        actions.find((a) => globMatches(a.value.toLowerCase(), lower));
      return hit && this.span(hit.start, hit.end);
    }
    if (mutant.mutator === 'narrow-resource') {
      // The id names the resource as attached (after substitution); the description, once
      // substitutions are reversed, names it as written.
      const written = /^narrowed (.+?) to /.exec(mutant.description ?? '')?.[1];
      const resources = statement.resource ?? [];
      const hit = resources.find((r) => r.value === detail || r.value === written);
      return hit && this.span(hit.start, hit.end);
    }
    return undefined;
  }

  private span(start: number, end: number): SourceSpan {
    return { start: this.position(start), end: this.position(end) };
  }

  private position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.lineStarts[lo] ?? 0) + 1 };
  }

  /** The whole of one line: where the report says the statement starts. */
  private lineSpan(line: number): SourceSpan {
    const index = Math.min(Math.max(line, 1), this.lineStarts.length) - 1;
    const start = this.lineStarts[index] ?? 0;
    const next = this.lineStarts[index + 1];
    const end = next === undefined ? this.source.length : next - 1;
    return { start: this.position(start), end: this.position(Math.max(end, start + 1)) };
  }
}

/** `remove-action:0:s3:GetObject` -> `s3:GetObject`; ids without a detail give undefined. */
function mutantDetail(id: string): string | undefined {
  const match = /^[a-z-]+:\d+:(.+)$/s.exec(id);
  return match?.[1];
}

/** IAM action wildcards: `*` any run, `?` one character. */
function globMatches(pattern: string, value: string): boolean {
  const regex = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${regex}$`, 's').test(value);
}
