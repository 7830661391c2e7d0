/**
 * ParsedPolicy -> CompiledPolicy: every action, resource, principal and condition becomes a
 * matcher once, so evaluating a request never parses or tokenises anything again.
 */
import { InputError } from '../common/errors.js';
import { type CompiledCondition, compileCondition } from './conditions/compile-condition.js';
import {
  type Effect,
  type ParsedPolicy,
  type ParsedStatement,
  policyVariablesEnabled,
} from './parsed-policy.js';
import { parsePolicy } from './parse-policy.js';
import { tokenizePattern } from './policy-variables.js';
import { type CompiledPrincipal, compilePrincipal } from './principal-match.js';
import type { CompiledPolicy, ParseResult, PolicyKind, StatementRef } from './types.js';
import { type PatternMatcher, compileWildcard } from './wildcard.js';

export interface CompiledStatement {
  ref: StatementRef;
  effect: Effect;
  /**
   * Lower-cased exact actions, plus matchers for wildcard patterns. `uncertain`: actions written
   * with whitespace (`"amplifybackend: *"`), matched without it; IAM accepts them but does not
   * document how they match, so a request they alone decide is undecidable.
   */
  actions: {
    all: boolean;
    exact: Set<string>;
    patterns: PatternMatcher[];
    uncertain: PatternMatcher[];
  };
  /** True when the statement used NotAction: it applies to actions that do NOT match. */
  notAction: boolean;
  /** Undefined when the statement has neither Resource nor NotResource (e.g. trust policies). */
  resources?: { all: boolean; patterns: PatternMatcher[]; negated: boolean };
  principal?: { compiled: CompiledPrincipal; negated: boolean };
  conditions: CompiledCondition[];
}

const MAX_ACTION_CACHE = 4096;
const noVariables = () => undefined;

export class CompiledPolicyImpl implements CompiledPolicy {
  readonly statementCount: number;
  /** Refs of all statements in order, for callers that attribute or mutate. */
  readonly statementRefs: readonly StatementRef[];
  /** Problems found while compiling (unknown operators, unusable values), per statement. */
  readonly compileProblems: readonly { statement: StatementRef; reason: string }[];
  private readonly byAction = new Map<string, readonly CompiledStatement[]>();

  constructor(
    readonly id: string,
    readonly kind: PolicyKind,
    readonly statements: readonly CompiledStatement[],
  ) {
    this.statementCount = statements.length;
    this.statementRefs = statements.map((s) => s.ref);
    this.compileProblems = statements.flatMap((s) =>
      s.conditions.flatMap((c) => c.errors.map((reason) => ({ statement: s.ref, reason }))),
    );
  }

  /** Statements whose Action/NotAction covers this (lower-cased) action; memoised per action. */
  statementsFor(actionLower: string): readonly CompiledStatement[] {
    let list = this.byAction.get(actionLower);
    if (list === undefined) {
      list = this.statements.filter((s) => actionApplies(s, actionLower));
      if (this.byAction.size >= MAX_ACTION_CACHE) this.byAction.clear();
      this.byAction.set(actionLower, list);
    }
    return list;
  }
}

function actionApplies(s: CompiledStatement, actionLower: string): boolean {
  const a = s.actions;
  const matched =
    a.all ||
    a.exact.has(actionLower) ||
    a.patterns.some((p) => p.test(actionLower, noVariables) === true);
  return matched !== s.notAction || actionUncertain(s, actionLower);
}

/**
 * Whether the statement's Action/NotAction covers the action only through an entry written
 * with whitespace (see CompiledStatement.actions.uncertain).
 */
export function actionUncertain(s: CompiledStatement, actionLower: string): boolean {
  const a = s.actions;
  if (a.uncertain.length === 0) return false;
  const clean =
    a.all ||
    a.exact.has(actionLower) ||
    a.patterns.some((p) => p.test(actionLower, noVariables) === true);
  return !clean && a.uncertain.some((p) => p.test(actionLower, noVariables) === true);
}

export interface CompileOptions {
  id: string;
  kind: PolicyKind;
}

export function compilePolicy(policy: ParsedPolicy, options: CompileOptions): CompiledPolicy {
  const variables = policyVariablesEnabled(policy);
  return new CompiledPolicyImpl(
    options.id,
    options.kind,
    policy.statements.map((s) => compileStatement(s, options.id, variables)),
  );
}

function compileStatement(
  s: ParsedStatement,
  policyId: string,
  variables: boolean,
): CompiledStatement {
  const ref: StatementRef = { policyId, index: s.index, line: s.line, column: s.column };
  if (s.sid) ref.sid = s.sid.value;
  const actionList = s.action ?? s.notAction ?? [];
  const actions = {
    all: false,
    exact: new Set<string>(),
    patterns: [] as PatternMatcher[],
    uncertain: [] as PatternMatcher[],
  };
  for (const a of actionList) {
    const lower = a.value.toLowerCase();
    if (/\s/.test(lower)) {
      const squeezed = lower.replace(/\s+/g, '');
      actions.uncertain.push(compileWildcard(squeezed, tokenizePattern(squeezed, false), 'text'));
    } else if (lower === '*') actions.all = true;
    else if (/[*?]/.test(lower))
      actions.patterns.push(compileWildcard(lower, tokenizePattern(lower, false), 'text'));
    else actions.exact.add(lower);
  }
  const out: CompiledStatement = {
    ref,
    effect: s.effect.value,
    actions,
    notAction: s.action === undefined && s.notAction !== undefined,
    conditions: s.conditions.map((c) => compileCondition(c, variables)),
  };
  const resourceList = s.resource ?? s.notResource;
  if (resourceList) {
    const patterns = resourceList.map((r) =>
      compileWildcard(r.value, tokenizePattern(r.value, variables), 'resource'),
    );
    out.resources = {
      all: patterns.some((p) => p.matchesAll),
      patterns,
      negated: s.resource === undefined,
    };
  }
  const principal = s.principal ?? s.notPrincipal;
  if (principal)
    out.principal = { compiled: compilePrincipal(principal), negated: s.principal === undefined };
  return out;
}

export interface CompileTextOptions extends CompileOptions {
  /** Name used in diagnostics; defaults to the policy id. */
  file?: string;
}

/** Parses, validates for `kind` and compiles; diagnostics instead of a policy when invalid. */
export function tryCompilePolicyText(
  text: string,
  options: CompileTextOptions,
): ParseResult<CompiledPolicy> {
  const parsed = parsePolicy(text, options.file ?? options.id, { kind: options.kind });
  if (!parsed.value) return { diagnostics: parsed.diagnostics };
  return { value: compilePolicy(parsed.value, options), diagnostics: parsed.diagnostics };
}

/**
 * Parses, validates for `kind` and compiles, throwing an InputError (its message lists every
 * problem as file:line:column) when the policy is invalid. For the emulator's PutRolePolicy etc.
 */
export function compilePolicyText(text: string, options: CompileTextOptions): CompiledPolicy {
  const result = tryCompilePolicyText(text, options);
  if (!result.value) throw new InputError(result.diagnostics.filter((d) => d.severity === 'error'));
  return result.value;
}
