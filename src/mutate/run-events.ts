import type { MutantReport, TargetReport } from '../report/report-types.js';

/**
 * Progress of a run, reported as it happens. Every hook is optional (like stryker-js
 * reporters), so a reporter listens only to what it shows.
 */
export interface RunReporter {
  onSetupStarted?(script: string): void;
  onTargetStarted?(event: { policy: string; index: number; total: number }): void;
  onBaselineFinished?(event: {
    policy: string;
    passed: boolean;
    calls: number;
    reason?: string;
  }): void;
  onMutantFinished?(event: {
    policy: string;
    index: number;
    total: number;
    mutant: MutantReport;
  }): void;
  onTargetFinished?(report: TargetReport): void;
}
