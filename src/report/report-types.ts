/**
 * The types of report.json, version 1 (docs/report-format.md), derived from its JSON Schema
 * (report-schema.ts), so the two cannot disagree. Every other report (markdown comment,
 * SARIF, Stryker mutation.json) is rendered from this one object.
 */
import type { FromSchema } from '../common/schema-type.js';
import type { reportSchema } from './report-schema.js';
import type { MUTATOR_NAMES } from './report-vocabulary.js';

export type Report = FromSchema<typeof reportSchema>;
export type TargetReport = Report['targets'][number];
export type BaselineReport = TargetReport['baseline'];
/** One authorization decision the workload caused (from the emulator's log). */
export type CallRecord = BaselineReport['calls'][number];
export type StatementReport = TargetReport['statements'][number];
export type Finding = StatementReport['findings'][number];
export type StatementSuggestion = NonNullable<StatementReport['suggestion']>;
export type MutantReport = TargetReport['mutants'][number];
export type SuggestedPolicy = NonNullable<TargetReport['suggestedPolicy']>;
export type MutatorName = (typeof MUTATOR_NAMES)[number];
