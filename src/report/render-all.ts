import { renderComment } from './comment-markdown.js';
import { renderHtmlReport } from './html-report.js';
import { renderMutationJson } from './mutation-testing-report.js';
import type { Report } from './report-types.js';
import { renderRunSarif } from './run-sarif.js';

export interface RenderOptions {
  /** Policy file (as `target.policy` names it) -> its text as written in the repository. */
  policySources: Readonly<Record<string, string>>;
  /** The config file the run used; identifies the PR comment. */
  configPath: string;
  /** Where the full report can be read (the run's artifacts page), when known. */
  reportUrl?: string;
}

/** Every file a run writes, in the order they are written. */
export const REPORT_FILE_NAMES = [
  'report.json',
  'comment.md',
  'results.sarif',
  'mutation.json',
  'report.html',
] as const;
export type ReportFileName = (typeof REPORT_FILE_NAMES)[number];

export type RenderedReports = {
  'report.json': string;
  'comment.md': string;
  'results.sarif': string;
  'mutation.json': string;
  'report.html': string;
};

/**
 * Every file a run writes, rendered from one report (report.json itself included). Pure: the caller writes
 * them (atomically) and decides where. Pass the report with substitutions reversed
 * (reverse-substitutions.ts) so every file reads like the repository's policy.
 */
export function renderReports(report: Report, options: RenderOptions): RenderedReports {
  return {
    'report.json': `${JSON.stringify(report, null, 2)}\n`,
    'comment.md': renderComment(report, {
      configPath: options.configPath,
      policySources: options.policySources,
      ...(options.reportUrl !== undefined && { reportUrl: options.reportUrl }),
    }),
    'results.sarif': renderRunSarif(report),
    'mutation.json': renderMutationJson(report, options.policySources),
    'report.html': renderHtmlReport(report, options.policySources),
  };
}
