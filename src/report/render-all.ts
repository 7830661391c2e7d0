import { renderComment } from './comment-markdown.js';
import { renderHtmlReport } from './html-report.js';
import { renderMutationJson } from './mutation-testing-report.js';
import type { Report } from './report-types.js';

export interface RenderOptions {
  /** Policy file (as `target.policy` names it) -> its text as written in the repository. */
  policySources: Readonly<Record<string, string>>;
  /** The config file the run used; identifies the PR comment. */
  configPath: string;
  /** Where the full report can be read (the run's artifacts page), when known. */
  reportUrl?: string;
}

export type RenderedReports = {
  'comment.md': string;
  'mutation.json': string;
  'report.html': string;
};

/**
 * Every human- and tool-readable file rendered from one report.json. Pure: the caller writes
 * them (atomically) and decides where. Pass the report with substitutions reversed
 * (reverse-substitutions.ts) so every file reads like the repository's policy.
 */
export function renderReports(report: Report, options: RenderOptions): RenderedReports {
  return {
    'comment.md': renderComment(report, {
      configPath: options.configPath,
      policySources: options.policySources,
      ...(options.reportUrl !== undefined && { reportUrl: options.reportUrl }),
    }),
    'mutation.json': renderMutationJson(report, options.policySources),
    'report.html': renderHtmlReport(report, options.policySources),
  };
}
